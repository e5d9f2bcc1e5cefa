import { matchPageWithEvents, taggerStats } from '../engine';
import type { BackgroundRequests } from '../messaging/protocol';
import type { HandlerMap, MessageSenderInfo } from '../messaging/serve';
import { prepareArticle, toSummary } from './article-intake';
import type { LibraryDb } from './db';
import { cacheSizes, IdbLibrary, libraryGeneration, readStats } from './idb-library';
import { JobRunner, jobStats } from './jobs';
import type { ArticleSummary, MatchStat } from '../messaging/protocol';
import { LibraryRepo } from './library-repo';
import { SitesRepo } from './sites-repo';
import { AutoAdder, autoAddFor, type AutoAddDeps } from './auto-add';
import { ReadingSettingsRepo } from './reading-settings';
import { urlKey } from './rows';
import { TimedLibrary } from './timed-library';
import { markWorker, workerTimeline } from './worker-timeline';

/** The background's answer to every BackgroundRequests type. */
export type BackgroundHandlers = HandlerMap<BackgroundRequests>;

/** Requests a content script (running inside any web page) may make; the rest need an extension page. */
export const PAGE_REQUESTS: ReadonlySet<keyof BackgroundRequests> = new Set(['match', 'site.get', 'page.read'] as const);

/** Options of the handlers: a clock (tests) and how to tell an extension page from a content script. */
export interface HandlerOptions {
  now?: () => number;
  /** True when the sender is one of our own pages (popup, library page), not a content script. */
  isExtensionPage?: (sender: MessageSenderInfo) => boolean;
  /** The worker's job runner (imports, deletes, re-analysis); one is made when absent. */
  jobs?: JobRunner;
  /** Runs the article extractor in a tab (auto-add); without it, page.read adds nothing. */
  extract?: AutoAddDeps['extract'];
  /**
   * The database alone, without waiting for what matching needs (the part-of-speech model, the
   * seed check): a page's pause check only reads settings, and a page that waits for its answer
   * before asking for matches would otherwise wait for a cold worker's model too.
   */
  openDb?: () => Promise<LibraryDb>;
}

function roundAll(o: Record<string, number>, prefix = ''): Record<string, number> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [prefix + k, Math.round(v)]));
}

/** Recent match answers, newest last (debug.stats; the browser bench reads first-answer times). */
const MATCH_STATS_KEPT = 200;

/**
 * Only our own pages may list, export, change the library or pause sites: the content script
 * lives inside arbitrary web pages, and the library is the reader's reading history.
 */
function guarded(handlers: BackgroundHandlers, isExtensionPage: (s: MessageSenderInfo) => boolean): BackgroundHandlers {
  const out = { ...handlers } as Record<string, (msg: never, sender: MessageSenderInfo) => unknown>;
  for (const type of Object.keys(handlers) as Array<keyof BackgroundRequests>) {
    if (PAGE_REQUESTS.has(type)) continue;
    const handler = out[type];
    out[type] = async (msg, sender) => {
      if (!isExtensionPage(sender)) throw new Error(`${type}: only the extension's own pages may ask this`);
      return handler(msg, sender);
    };
  }
  return out as unknown as BackgroundHandlers;
}

/**
 * Build the background's handlers over a database that may still be opening (or seeding):
 * each handler awaits `getDb`, so a request that wakes the worker waits for it.
 */
export function createBackgroundHandlers(getDb: () => Promise<LibraryDb>, options: HandlerOptions = {}): BackgroundHandlers {
  const now = options.now ?? Date.now;
  const repo = async () => new LibraryRepo(await getDb());
  const sites = async () => new SitesRepo(await getDb());
  const jobs = options.jobs ?? new JobRunner(getDb, { now });
  const matches: MatchStat[] = [];
  const reader = new AutoAdder({ getDb, now, extract: options.extract ?? (async () => ({ ok: false, error: 'no article reader here' })) });
  // The library page's list, kept until the library changes (opening the page at 10,000 articles
  // then costs no IndexedDB read).
  let listed: { generation: number; articles: Promise<ArticleSummary[]> } | undefined;
  return guarded({
    match: async ({ sentences, page }, sender) => {
      markWorker('first_match');
      const t0 = performance.now();
      const lib = new TimedLibrary(new IdbLibrary(await getDb()));
      const { claims, otherEvents, pageArticles } = await matchPageWithEvents(sentences, page, lib);
      const phases = roundAll({ ...lib.phases() });
      matches.push({ tabId: sender.tab?.id, at: Date.now(), ms: Math.round(performance.now() - t0), sentences: sentences.length, linked: claims.length, phases });
      if (matches.length > MATCH_STATS_KEPT) matches.shift();
      // Additive fields only when there is something to say: older readers see the same answer.
      return { claims, ...(otherEvents.length ? { otherEvents } : {}), ...(pageArticles.length ? { pageArticles } : {}) };
    },
    'library.list': async () => {
      const generation = libraryGeneration();
      if (listed?.generation !== generation) {
        const articles = repo().then(async (r) => (await r.list()).map((a) => toSummary(a)));
        listed = { generation, articles };
        articles.catch(() => (listed = undefined));
      }
      return { articles: await listed.articles };
    },
    'library.add': async ({ article }) => {
      const { record } = await (await repo()).add(prepareArticle(article, now()), article.text);
      return { article: toSummary(record) };
    },
    'library.addMany': async ({ articles }) => {
      const lib = await repo();
      const added: BackgroundRequests['library.addMany']['res']['added'] = [];
      const skipped: BackgroundRequests['library.addMany']['res']['skipped'] = [];
      // One transaction per article: a refused or failing one never undoes the others.
      for (const article of articles) {
        try {
          added.push(toSummary((await lib.add(prepareArticle(article, now()), article.text)).record));
        } catch (err) {
          const title = article.title.trim() || article.id || article.text.trim().slice(0, 80);
          skipped.push({ title, reason: err instanceof Error ? err.message : String(err) });
        }
      }
      return { added, skipped };
    },
    'library.delete': async ({ ids }) => ({ deleted: await (await repo()).remove(ids) }),
    'library.export': async () => (await repo()).exportAll(now()),
    'library.import.begin': async ({ total }) => ({ job: await jobs.beginImport(total) }),
    'library.import.items': async ({ job, items }) => jobs.receive(job, items),
    'library.import.start': async ({ job }) => ({ job: await jobs.start(job) }),
    'library.delete.begin': async ({ ids }) => ({ job: await jobs.beginDelete(ids) }),
    'library.job.cancel': async ({ job }) => {
      const cancelled = await jobs.cancel(job);
      return cancelled ? { job: cancelled } : {};
    },
    'library.jobs': async () => {
      const status = await jobs.status();
      if (status.active?.state === 'running') void jobs.kick(); // a woken worker picks its job up again
      return status;
    },
    'debug.stats': async () => ({
      matches: [...matches],
      cache: { ...cacheSizes(await getDb()), ...roundAll(readStats), ...roundAll(jobStats, 'job_'), ...roundAll(workerTimeline(), 'worker_'), tagger_load_ms: Math.round(taggerStats.loadMs) },
    }),
    'site.get': async ({ host }) => {
      // Asked on every page load: one read of the site's row and of the settings answers both.
      const auto = await autoAddFor(await (options.openDb ?? getDb)(), `https://${host}/`);
      return { paused: auto.paused, autoAdd: auto.on, ...(auto.site !== undefined && { autoAddSite: auto.site }), neverAdd: !!auto.never };
    },
    'site.set': async ({ host, paused }) => ({ paused: await (await sites()).setPaused(host, paused) }),
    'site.autoAdd': async ({ host, on }) => {
      const db = await getDb();
      await new SitesRepo(db).setAutoAdd(host, on);
      reader.forget();
      const auto = await autoAddFor(db, `https://${host}/`);
      return { autoAdd: auto.on, ...(auto.site !== undefined && { autoAddSite: auto.site }) };
    },
    'reading.settings.get': async () => new ReadingSettingsRepo(await getDb()).get(),
    'reading.settings.set': async (change) => {
      const next = await new ReadingSettingsRepo(await getDb()).set(change);
      reader.forget();
      return next;
    },
    'page.read': async (_msg, sender) => {
      const tab = sender.tab;
      // Only the top frame of a tab speaks for its page; a frame inside it (an ad) does not.
      if (tab?.id === undefined || !tab.url || (sender.frameId !== undefined && sender.frameId !== 0)) return { skipped: 'not a tab' };
      return reader.read({ id: tab.id, url: tab.url });
    },
    'library.byUrl': async ({ url }) => {
      const found = await (await repo()).byUrl(url);
      return found ? { article: toSummary(found) } : {};
    },
    'library.undoRead': async ({ id }) => {
      const lib = await repo();
      const found = await lib.get(id);
      if (!found || found.origin !== 'read') throw new Error('only an article added by reading can be undone');
      const key = urlKey(found.url);
      if (key) await new ReadingSettingsRepo(await getDb()).rememberUndone(key);
      return { deleted: (await lib.remove([id])) > 0 };
    },
  }, options.isExtensionPage ?? (() => true));
}
