/**
 * The content script: injected into every page, so it stays thin. It reads the site's pause
 * setting, starts the page session (src/page) and answers the popup. browser.* is used only
 * inside main(), and everything it starts ends with the content script context (ctx).
 */
import { askBackground } from '../src/messaging/client';
import type { ContentRequests } from '../src/messaging/protocol';
import { serveRequests } from '../src/messaging/serve';
import { validateContentRequest } from '../src/messaging/validate';
import { PageSession } from '../src/page/page-session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const session = new PageSession({
      doc: document,
      signal: ctx.signal,
      setTimeout: (handler, ms) => ctx.setTimeout(handler, ms),
      match: (request) => askBackground('match', request),
      isPaused: async () => {
        const answer = await askBackground('site.get', { host: location.hostname });
        return answer.ok && answer.data.paused;
      },
    });
    const stopServing = serveRequests<ContentRequests>(
      {
        'page.state': () => session.state(),
        'page.scrollTo': (msg) => ({ found: session.scrollTo(msg.claimId) }),
        'page.refresh': () => session.refresh(),
      },
      validateContentRequest,
    );
    ctx.addEventListener(window, 'wxt:locationchange', () => void session.navigate());
    ctx.onInvalidated(() => {
      stopServing();
      session.destroy();
    });
    void session.start();
  },
});
