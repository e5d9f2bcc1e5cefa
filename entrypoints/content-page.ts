/**
 * The content script: injected into every http(s) page (declared in wxt.config.ts, not through
 * defineContentScript: WXT's content-script context posts the extension id on the page's window
 * and obeys a page-forgeable "content script started" event; see src/page/lifetime.ts). It stays
 * thin: reads the site's pause setting, starts the page session (src/page), answers the popup and
 * the card frame. browser.* is used only inside main(), and everything ends with the lifetime.
 */
import { browser } from 'wxt/browser';
import { askBackground } from '../src/messaging/client';
import type { ContentRequests } from '../src/messaging/protocol';
import { serveRequests } from '../src/messaging/serve';
import { validateContentRequest } from '../src/messaging/validate';
import { createLifetime } from '../src/page/lifetime';
import { PageSession } from '../src/page/page-session';

export default defineUnlistedScript(() => {
  let href = location.href;
  let session: PageSession | null = null;
  const lifetime = createLifetime(
    () => browser.runtime?.id !== undefined,
    () => {
      // History navigation in a single-page app: noticed by polling the address, which a page
      // cannot forge (an event could be).
      if (location.href === href) return;
      href = location.href;
      void session?.navigate();
    },
  );
  session = new PageSession({
    doc: document,
    signal: lifetime.signal,
    setTimeout: (handler, ms) => lifetime.setTimeout(handler, ms),
    match: (request) => askBackground('match', request),
    cardUrl: (token) => (browser.runtime.getURL as (path: string) => string)(`/card.html#${token}`),
    isPaused: async () => {
      const answer = await askBackground('site.get', { host: location.hostname });
      return answer.ok && answer.data.paused;
    },
  });
  const current = session;
  const stopServing = serveRequests<ContentRequests>(
    {
      'page.state': () => current.state(),
      'page.scrollTo': (msg) => ({ found: current.scrollTo(msg.claimId) }),
      'page.refresh': () => current.refresh(),
      'page.card': (msg) => current.card(msg.token, msg.event, msg.height),
    },
    validateContentRequest,
  );
  lifetime.signal.addEventListener('abort', () => {
    stopServing();
    current.destroy();
  }, { once: true });
  void current.start();
});
