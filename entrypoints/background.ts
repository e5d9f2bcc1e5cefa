/**
 * The background service worker: sole owner of the library's IndexedDB. Thin wiring only; the
 * handlers live in src/store/handlers.ts. Listeners are registered synchronously in main(),
 * because an MV3 worker woken by a message must already be listening.
 */
// First: starts reading the part-of-speech model's file while the rest of this bundle is evaluated.
import { takeCoreModel } from '../src/background/model-fetch';
import { browser } from 'wxt/browser';
import { validateBackgroundRequest, validateCardRequest } from '../src/messaging/validate';
import { serveRequests, type MessageSenderInfo } from '../src/messaging/serve';
import type { CardRequests, ContentRequests, Result } from '../src/messaging/protocol';
import { openLibraryDb, type LibraryDb } from '../src/store/db';
import { createBackgroundHandlers } from '../src/store/handlers';
import { ensureSeedInstalled } from '../src/store/seed-install';
import { JobRunner } from '../src/store/jobs';
import { prefetchLibrary } from '../src/store/idb-library';
import { extractInTab } from '../src/reading/extract-in-tab';
import { markWorker } from '../src/store/worker-timeline';
import { warmingUp, warmUpSoon } from '../src/store/warm-up';
import { provideCoreModel } from '../src/background/wink-model';

export default defineBackground(() => {
  markWorker('main');
  let db: Promise<LibraryDb> | undefined;
  let seeded: Promise<void> | undefined;
  let model: Promise<void> | undefined;

  // The part-of-speech model's core is a file of the extension (not in this bundle: evaluating
  // it cost a cold worker tens of ms), fetched from the start of the bundle's evaluation
  // (model-fetch.ts); every handler waits for it through ready() (src/background/wink-model.ts).
  const loadModel = (): Promise<void> => {
    model ??= takeCoreModel()
      .then((text) => {
        provideCoreModel(text);
        markWorker('model_fetched');
      })
      .catch((err: unknown) => {
        model = undefined; // the next request tries again
        throw err;
      });
    return model;
  };
  void loadModel().catch((err: unknown) => console.error('ClaimLens: could not load the part-of-speech model', err));

  // The seed pack is a file inside the extension (built by `claimlens pack`), not the network.
  const loadPack = async (): Promise<unknown> => {
    const url = (browser.runtime.getURL as (path: string) => string)('/seed-pack.json');
    const res = await fetch(url);
    if (!res.ok) throw new Error(`seed pack: ${res.status} ${res.statusText}`);
    return res.json();
  };

  const openDb = (): Promise<LibraryDb> => {
    // A closed connection (upgrade elsewhere, browser dropped it) is forgotten: the next request reopens.
    db ??= openLibraryDb(undefined, undefined, () => (db = undefined)).then((d) => {
      markWorker('db_open');
      return d;
    }).catch((err: unknown) => {
      db = undefined; // let the next request try again
      throw err;
    });
    return db;
  };

  // Installs the seed on first run and whenever the database has none yet (e.g. after the
  // reader cleared site data); a no-op once meta.seedVersion is set, so updates keep the library.
  const ensureSeed = (): Promise<void> => {
    seeded ??= Promise.all([openDb(), loadModel()])
      .then(([d]) => ensureSeedInstalled(d, loadPack))
      .then((result) => {
        if (result) console.info(`ClaimLens: seed installed (${result.articles} articles, ${result.skipped} already there)`);
      })
      .catch((err: unknown) => {
        seeded = undefined; // a missing seed must not break the reader's own library: retry later
        console.error('ClaimLens: could not install the seed library', err);
      });
    return seeded;
  };

  const ready = async (): Promise<LibraryDb> => {
    await Promise.all([ensureSeed(), loadModel()]);
    return openDb();
  };

  // Extension pages send from our own origin; a content script's sender.url is the web page's.
  const ownOrigin = (browser.runtime.getURL as (path: string) => string)('/');
  const isExtensionPage = (sender: MessageSenderInfo): boolean => !!sender.url?.startsWith(ownOrigin);
  // Imports, large deletes and re-analysis run here in chunks; an extension API call per chunk
  // keeps the worker alive while it works (Chrome stops an idle MV3 worker after 30 s).
  const jobs = new JobRunner(ready, { keepAlive: () => browser.runtime.getPlatformInfo() });
  serveRequests(warmingUp(createBackgroundHandlers(ready, { isExtensionPage, jobs, extract: extractInTab, openDb })), validateBackgroundRequest);

  // The source card is an extension page framed inside the web page (out of the page's reach).
  // It gets its claim from the content script of its own tab through this relay, never through
  // its URL or window messages, which the page could read or forge.
  serveRequests<CardRequests>(
    {
      'card.relay': async (msg, sender) => {
        const tabId = sender.tab?.id;
        if (!isExtensionPage(sender) || tabId === undefined) throw new Error('card.relay: only the card frame may ask');
        const answer = (await browser.tabs.sendMessage(tabId, { ...msg, type: 'page.card' }, { frameId: 0 })) as
          | Result<ContentRequests['page.card']['res']>
          | undefined;
        if (!answer?.ok) throw new Error(answer?.error ?? 'the page did not answer');
        return answer.data;
      },
    },
    validateCardRequest,
  );

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // 'update' (and browser updates) keep the reader's library as it is.
    if (reason === 'install') void ensureSeed();
  });

  void ensureSeed();
  // A job a stopped worker left running goes on; then stored claims made by another analysis
  // version are re-analysed (both in the background, in chunks).
  void (async () => {
    try {
      await prefetchLibrary(await ready());
      markWorker('prefetched');
      warmUpSoon();
      await jobs.resume();
      await jobs.ensureAnalysis();
    } catch (err) {
      console.error('ClaimLens: could not resume library jobs', err);
    }
  })();
});
