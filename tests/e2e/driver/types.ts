/**
 * The small surface the shared journeys (tests/e2e/journeys) drive, implemented by Playwright on
 * Chromium (chromium.ts) and by Puppeteer over WebDriver BiDi on Firefox (firefox.ts). Everything
 * a journey does goes through these methods, so one test body runs in both browsers.
 */

/** A serialisable function run in a page: its argument and result cross the driver's wire. */
export type PageFn<A, R> = (arg: A) => R | Promise<R>;

/** A tab (a web page or one of the extension's own pages). */
export interface DriverPage {
  /** The address the page is showing. */
  url(): Promise<string>;
  /** Run `fn(arg)` in the page's main world. */
  evaluate<A, R>(fn: PageFn<A, R>, arg: A): Promise<R>;
  /** A trusted mouse click at viewport coordinates. */
  clickAt(x: number, y: number): Promise<void>;
  /** A trusted key press ("Tab", "Enter", " ", "Escape"). */
  press(key: string): Promise<void>;
  /** Make this the active tab of its window. */
  bringToFront(): Promise<void>;
  /** Put a file into the first `input[type=file]` matching `selector` (the browser's own upload path). */
  uploadFile(selector: string, path: string): Promise<void>;
  /** Run `action` and return the path of the file it made the browser download. */
  download(action: () => Promise<void>): Promise<string>;
  /** Text of the extension's card frame inside this page, or null when none is open. */
  cardText(): Promise<string | null>;
  /** Run `fn` inside the open card frame (null when none). */
  inCard<R>(fn: PageFn<null, R>): Promise<R | null>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** A running browser with the built extension installed. */
export interface Driver {
  readonly browserName: 'chromium' | 'firefox';
  /** "chrome-extension://<id>/" or "moz-extension://<uuid>/". */
  readonly extensionOrigin: string;
  /** Open a web page in a new tab and wait for it to load. */
  open(url: string): Promise<DriverPage>;
  /** Open a web page in a second browser of the same kind without the extension (a reference). */
  openPlain(url: string): Promise<DriverPage>;
  /** Open one of the extension's pages ("popup.html?tabId=3") in a new tab, loaded. */
  openExtensionPage(path: string): Promise<DriverPage>;
  /** Close the browser and start it again on the same profile (the extension as a user has it). */
  restart(): Promise<void>;
  /** Close the browser; the profile is deleted. */
  close(): Promise<void>;
}
