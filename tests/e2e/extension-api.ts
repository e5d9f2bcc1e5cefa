/**
 * Talks to the running extension the way its own popup does: from one of its pages, through
 * chrome.runtime / chrome.tabs messages of the typed protocol (src/messaging/protocol.ts).
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type {
  BackgroundRequests,
  BackgroundType,
  ContentRequests,
  ContentType,
  PageState,
  Result,
} from '../../src/messaging/protocol';

/** The part of `chrome` the helpers use inside the extension page. */
interface ChromeLike {
  runtime: { sendMessage(msg: unknown): Promise<unknown> };
  tabs: {
    sendMessage(tabId: number, msg: unknown): Promise<unknown>;
    query(q: object): Promise<Array<{ id?: number; url?: string }>>;
  };
}

/** Poll `probe` until it returns a value (not undefined) or the time is up. */
export async function poll<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000, everyMs = 250): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** A handle on the loaded extension. */
/** What both extension clients (Playwright's ExtensionApi, the drivers' ExtClient) can ask. */
export interface Asker {
  ask<T extends BackgroundType>(type: T, payload: BackgroundRequests[T]['req']): Promise<Result<BackgroundRequests[T]['res']>>;
  askTab<T extends ContentType>(tabId: number, type: T, payload: ContentRequests[T]['req']): Promise<Result<ContentRequests[T]['res']>>;
}

/** Wait until the content script of a tab has finished with the page; returns its state. */
export function pageIdle(api: Asker, tabId: number, timeoutMs: number): Promise<PageState> {
  return poll(`page state of tab ${tabId}`, async () => {
    const r = await api.askTab(tabId, 'page.state', {});
    return r && r.ok && r.data.status !== 'loading' ? r.data : undefined;
  }, timeoutMs);
}

/** Wait until the library holds at least `n` articles. */
export async function libraryHolds(api: Asker, n: number, timeoutMs: number): Promise<void> {
  await poll(`${n} articles in the library`, async () => {
    const r = await api.ask('library.list', {});
    return r && r.ok && r.data.articles.length >= n ? true : undefined;
  }, timeoutMs);
}

export class ExtensionApi implements Asker {
  private constructor(
    readonly context: BrowserContext,
    readonly id: string,
    /** An extension page (options.html) used to send messages. */
    readonly page: Page,
  ) {}

  /** Open the helper page of extension `id`. */
  static async open(context: BrowserContext, id: string): Promise<ExtensionApi> {
    const page = await context.newPage();
    await poll('the extension\'s page', async () => {
      await page.goto(`chrome-extension://${id}/options.html`);
      return page.evaluate(() => typeof (globalThis as unknown as { chrome?: ChromeLike }).chrome?.runtime?.sendMessage === 'function' || undefined);
    }, 15_000, 500);
    return new ExtensionApi(context, id, page);
  }

  /** The extension's running service worker, if one is running now. */
  worker(): Worker | undefined {
    return this.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${this.id}/`));
  }

  /**
   * Stop the extension's service worker, as Chrome does when it idles (DevTools protocol
   * ServiceWorker.stopAllWorkers), and wait until it is stopped. The next message wakes a fresh one.
   */
  async stopWorker(): Promise<void> {
    const cdp = await this.context.newCDPSession(this.page);
    try {
      const script = `chrome-extension://${this.id}/`;
      let stopped = false;
      cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
        if (e.versions.some((v) => v.scriptURL.startsWith(script) && v.runningStatus === 'stopped')) stopped = true;
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await poll('the service worker to stop', async () => (stopped ? true : undefined), 10_000, 100);
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  }

  /** Absolute URL of an extension page ("popup.html?tabId=3"). */
  url(path: string): string {
    return `chrome-extension://${this.id}/${path}`;
  }

  /** Send a background request, as the popup would. */
  async ask<T extends BackgroundType>(type: T, payload: BackgroundRequests[T]['req']): Promise<Result<BackgroundRequests[T]['res']>> {
    const answer = await this.page.evaluate(
      (msg) => (globalThis as unknown as { chrome: ChromeLike }).chrome.runtime.sendMessage(msg),
      { type, ...payload },
    );
    return answer as Result<BackgroundRequests[T]['res']>;
  }

  /** Send a request to a tab's content script, as the popup would. */
  async askTab<T extends ContentType>(tabId: number, type: T, payload: ContentRequests[T]['req']): Promise<Result<ContentRequests[T]['res']>> {
    const answer = await this.page.evaluate(
      ([tab, msg]) => (globalThis as unknown as { chrome: ChromeLike }).chrome.tabs.sendMessage(tab, msg),
      [tabId, { type, ...payload }] as const,
    );
    return answer as Result<ContentRequests[T]['res']>;
  }

  /**
   * The browser's tab id of a Playwright page. Without the "tabs" permission the extension cannot
   * read tab URLs, so the page is brought to the front and the active tab of its window is asked.
   */
  async tabIdOf(page: Page): Promise<number> {
    await page.bringToFront();
    const tabs = await this.page.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeLike }).chrome.tabs.query({ active: true, currentWindow: true }),
    );
    const id = tabs[0]?.id;
    if (typeof id !== 'number') throw new Error(`No active tab for ${page.url()}`);
    return id;
  }

  /** Wait until the content script of a tab has finished with the page; returns its state. */
  waitForPageIdle(tabId: number, timeoutMs = 30_000): Promise<PageState> {
    return pageIdle(this, tabId, timeoutMs);
  }

  /** Wait until the library holds at least `n` articles (the seed pack is installed on first run). */
  waitForLibrary(n: number, timeoutMs = 45_000): Promise<void> {
    return libraryHolds(this, n, timeoutMs);
  }
}
