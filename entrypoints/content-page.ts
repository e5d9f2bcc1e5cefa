/**
 * The content script: injected into every http(s) page (declared in wxt.config.ts, not through
 * defineContentScript: WXT's content-script context posts the extension id on the page's window
 * and obeys a page-forgeable "content script started" event; see src/page/lifetime.ts). It stays
 * thin: reads the site's settings, starts the page session (src/page), answers the popup and
 * the card frame, and (when the reader turned it on) reports once that the page was read. browser.* is used only inside main(), and everything ends with the lifetime.
 */
import { browser } from 'wxt/browser';
import { askBackground } from '../src/messaging/client';
import type { ContentRequests, PageState } from '../src/messaging/protocol';
import { serveRequests } from '../src/messaging/serve';
import { validateContentRequest } from '../src/messaging/validate';
import { createLifetime } from '../src/page/lifetime';
import { PageSession } from '../src/page/page-session';
import { pageReady } from '../src/page/page-ready';
import { documentView, ReadingTracker } from '../src/page/reading-tracker';

export default defineUnlistedScript(() => {
  let href = location.href;
  let session: PageSession | null = null;
  // "Add the articles I read": on for this site (from site.get), and the page being watched.
  let autoAdd = false;
  let reading: { href: string; stop: AbortController } | null = null;
  const armReading = (state: PageState): void => {
    const wanted = autoAdd && state.status !== 'paused' && state.status !== 'not-article';
    if (reading && (!wanted || reading.href !== location.href)) {
      reading.stop.abort();
      reading = null;
    }
    if (!wanted || reading) return;
    const stop = new AbortController();
    lifetime.signal.addEventListener('abort', () => stop.abort(), { once: true });
    reading = { href: location.href, stop };
    new ReadingTracker(documentView(document), () => void askBackground('page.read', {}), {
      setTimeout: (handler, ms) => lifetime.setTimeout(() => !stop.signal.aborted && handler(), ms),
      now: () => performance.now(),
      signal: stop.signal,
    });
  };
  const lifetime = createLifetime(
    () => browser.runtime?.id !== undefined,
    () => {
      // History navigation in a single-page app: noticed by polling the address, which a page
      // cannot forge (an event could be).
      if (location.href === href) return;
      href = location.href;
      void session?.navigate().then(armReading);
    },
  );
  session = new PageSession({
    doc: document,
    signal: lifetime.signal,
    setTimeout: (handler, ms) => lifetime.setTimeout(handler, ms),
    yieldNow: (handler) => lifetime.yieldNow(handler),
    match: (request) => askBackground('match', request),
    cardUrl: (token) => (browser.runtime.getURL as (path: string) => string)(`/card.html#${token}`),
    ready: () => pageReady(document, lifetime.signal),
    isPaused: async () => {
      const answer = await askBackground('site.get', { host: location.hostname });
      autoAdd = answer.ok && answer.data.autoAdd;
      return answer.ok && answer.data.paused;
    },
  });
  const current = session;
  const stopServing = serveRequests<ContentRequests>(
    {
      'page.state': () => current.state(),
      'page.scrollTo': (msg) => ({ found: current.scrollTo(msg.claimId) }),
      'page.refresh': async () => {
        const state = await current.refresh();
        armReading(state);
        return state;
      },
      'page.card': (msg) => current.card(msg.token, msg.event, msg.height),
    },
    validateContentRequest,
  );
  lifetime.signal.addEventListener('abort', () => {
    stopServing();
    current.destroy();
  }, { once: true });
  void current.start().then(armReading);
});
