/**
 * The extension's typed protocol spoken from one of its own pages, through whichever driver:
 * `browser.runtime` in Firefox, `chrome.runtime` in Chromium (both promise-based for these calls).
 */
import type { BackgroundRequests, BackgroundType, ContentRequests, ContentType, PageState, Result } from '../../../src/messaging/protocol';
import { libraryHolds, pageIdle, poll, type Asker } from '../extension-api';
import type { Driver, DriverPage } from './types';

/** Talks to the background and content scripts from an extension page. */
export class ExtClient implements Asker {
  private constructor(
    readonly driver: Driver,
    private page: DriverPage,
  ) {}

  /** Open the helper page (options.html) and wait until the extension API is there. */
  static async open(driver: Driver): Promise<ExtClient> {
    const page = await driver.openExtensionPage('options.html');
    return new ExtClient(driver, page);
  }

  /** Reopen the helper page (after a restart). */
  async reopen(): Promise<void> {
    this.page = await this.driver.openExtensionPage('options.html');
  }

  private send(tabId: number | null, msg: object): Promise<unknown> {
    return this.page.evaluate(([tab, m]) => {
      const g = globalThis as unknown as Record<string, { runtime: { sendMessage(x: unknown): Promise<unknown> }; tabs: { sendMessage(t: number, x: unknown): Promise<unknown> } } | undefined>;
      const api = g.browser ?? g.chrome;
      if (!api) throw new Error('no extension API on this page');
      return tab === null ? api.runtime.sendMessage(m) : api.tabs.sendMessage(tab, m);
    }, [tabId, msg] as const);
  }

  /** A background request, as the popup sends it. */
  async ask<T extends BackgroundType>(type: T, payload: BackgroundRequests[T]['req']): Promise<Result<BackgroundRequests[T]['res']>> {
    return (await this.send(null, { type, ...payload })) as Result<BackgroundRequests[T]['res']>;
  }

  /** A request to a tab's content script. */
  async askTab<T extends ContentType>(tabId: number, type: T, payload: ContentRequests[T]['req']): Promise<Result<ContentRequests[T]['res']>> {
    return (await this.send(tabId, { type, ...payload })) as Result<ContentRequests[T]['res']>;
  }

  /** The browser's tab id of a page: brought to the front, then the active tab of its window. */
  async tabIdOf(page: DriverPage): Promise<number> {
    await page.bringToFront();
    const want = await page.url();
    return poll(`the tab id of ${want}`, async () => {
      const tabs = await this.page.evaluate(() => {
        const g = globalThis as unknown as Record<string, { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } | undefined>;
        return (g.browser ?? g.chrome)!.tabs.query({ active: true, currentWindow: true });
      }, null);
      const id = tabs[0]?.id;
      return typeof id === 'number' && (!tabs[0].url || tabs[0].url === want) ? id : undefined;
    }, 10_000, 200);
  }

  /** Wait until a tab's content script is done with its page. */
  waitForPageIdle(tabId: number, timeoutMs = 30_000): Promise<PageState> {
    return pageIdle(this, tabId, timeoutMs);
  }

  /** Wait until the library holds at least `n` articles. */
  waitForLibrary(n: number, timeoutMs = 45_000): Promise<void> {
    return libraryHolds(this, n, timeoutMs);
  }
}
