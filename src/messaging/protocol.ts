/**
 * The one message protocol between the extension's contexts. Every request names its `type`;
 * the map below fixes the payload and the answer for each, so sender and receiver cannot drift.
 * Answers always come back as a `Result`: an error is a value the caller shows, never a throw
 * across the channel.
 */
import type { OtherEventArticle, PageArticle } from '../engine/match';

export type { OtherEventArticle, PageArticle };
import type { ArticleInput, ArticleRecord, LinkedClaim, PageContext, PageSentence } from '../engine/types';

/**
 * Where a stored article came from: the seed library, added by hand ("Add this article", the
 * library page's form), imported from a file, or added because the reader read it (auto-add).
 */
export type ArticleOrigin = 'seed' | 'hand' | 'import' | 'read';

/** One article as the library page lists it. */
export type ArticleSummary = Pick<
  ArticleRecord,
  'id' | 'outlet' | 'title' | 'url' | 'published' | 'claimCount' | 'added'
> & { origin: ArticleOrigin };

/** The reader's settings for growing the library from what they read (library page). */
export interface ReadingSettings {
  /** Add the articles the reader reads on every site (a site's own switch overrides it). Off by default. */
  autoAdd: boolean;
  /** The most articles the library keeps; beyond it the oldest "read" ones are dropped first. */
  maxArticles: number;
  /** Sites never to add from (host names; a name also covers its subdomains). */
  neverSites: string[];
}

/** What the background did with a page the reader read. */
export interface ReadOutcome {
  /** The article added, when one was. */
  added?: ArticleSummary;
  /** Why nothing was added (off for this site, not an article, already there, library full…). */
  skipped?: string;
  /** "read" articles dropped to stay within the library's maximum size. */
  dropped?: number;
}

/** What the popup learns about the page in a tab. */
export interface PageState {
  /** ok: claims painted; none: article read, nothing linked; not-article: no article text found;
   *  paused: the reader paused this site; error: annotation failed (the page was left as it was). */
  status: 'ok' | 'none' | 'not-article' | 'paused' | 'error' | 'loading';
  claims: LinkedClaim[];
  message?: string;
  /** Match requests this page has sent so far (for tests and people inspecting re-rendering pages). */
  matchRequests?: number;
  /** The content script's longest single task on the page's main thread so far, in ms. */
  slowestTaskMs?: number;
  /** Library articles on the page's facts but about another event (the story view lists them apart). */
  otherEvents?: OtherEventArticle[];
  /** Stored articles that are the page itself (a source "copied from this page" copies them). */
  pageArticles?: PageArticle[];
}

/** An export / import file of the whole library. */
export interface LibraryExport {
  format: 'claimlens-library';
  version: 1;
  exported: string;
  articles: ArticleInput[];
}

/** A skipped import article: its name and its position in the imported file(s) (0-based). */
export interface SkippedArticle {
  title: string;
  position: number;
  reason: string;
}

/**
 * A library job run by the background (import, large delete, re-analysis by a newer engine),
 * persisted so it survives the worker: its counts always say what is stored.
 */
export interface LibraryJob {
  id: string;
  kind: 'import' | 'delete' | 'reanalyze';
  /** receiving: the library page is still sending the file's articles; running; done; cancelled. */
  state: 'receiving' | 'running' | 'done' | 'cancelled';
  total: number;
  /** Items finished (added, skipped or deleted). */
  done: number;
  /** Articles added (import), deleted (delete) or re-analysed (reanalyze). */
  added: number;
  skipped: SkippedArticle[];
  started: number;
  /** When the current run (first or resumed) started, and `done` then: for the time left. */
  runStarted: number;
  runDoneAtStart: number;
  finished?: number;
  /** Set when a stopped worker resumed the job. */
  resumed?: number;
  /** A re-analysis: the analysis version it brings the library to. */
  target?: number;
  /** Estimated seconds left (running jobs, once some items are done). */
  secondsLeft?: number;
}

/** One import item: an article at its file position, or one the page refused on reading. */
export type ImportItem = { position: number; article: ArticleInput } | { position: number; invalid: { title: string; reason: string } };

/** One `match` answered by the background (debug.stats, for the browser bench). */
export interface MatchStat {
  tabId?: number;
  /** Date.now() when the answer was sent. */
  at: number;
  ms: number;
  sentences: number;
  linked: number;
  /** Where the time went (ms): analysis, postings, claims, articles, self, rest. */
  phases?: Record<string, number>;
}

/** Requests handled by the background service worker. */
export interface BackgroundRequests {
  /** Match a page's sentences against the library. */
  match: {
    req: { sentences: PageSentence[]; page: PageContext };
    /** otherEvents / pageArticles: for the story view (additive; older answers lack them). */
    res: { claims: LinkedClaim[]; otherEvents?: OtherEventArticle[]; pageArticles?: PageArticle[] };
  };
  'library.list': { req: Record<never, never>; res: { articles: ArticleSummary[] } };
  /** Add one article. Refused (as an error) when too short, not an article, or already there. */
  'library.add': { req: { article: ArticleInput }; res: { article: ArticleSummary } };
  /** Add many; each one that is refused is reported, the others are added. */
  'library.addMany': {
    req: { articles: ArticleInput[] };
    res: { added: ArticleSummary[]; skipped: Array<{ title: string; reason: string }> };
  };
  'library.delete': { req: { ids: string[] }; res: { deleted: number } };
  'library.export': { req: Record<never, never>; res: LibraryExport };
  /** Begin an import of `total` articles (the library page then sends them and starts it). */
  'library.import.begin': { req: { total: number }; res: { job: LibraryJob } };
  /** Items of an import being received; each article was validated on its own. */
  'library.import.items': { req: { job: string; items: ImportItem[] }; res: { received: number } };
  /** Every item sent: the background imports them in chunks, whether or not the page stays open. */
  'library.import.start': { req: { job: string }; res: { job: LibraryJob } };
  /** Delete these articles (all of them without `ids`) in chunks, in the background. */
  'library.delete.begin': { req: { ids?: string[] }; res: { job: LibraryJob } };
  /** Cancel a job: what finished stays. */
  'library.job.cancel': { req: { job: string }; res: { job?: LibraryJob } };
  /** The running job (with progress) and the last finished one (its summary). */
  'library.jobs': { req: Record<never, never>; res: { active?: LibraryJob; last?: LibraryJob } };
  /** The worker's recent match answers and cache sizes (benchmarks; extension pages only). */
  'debug.stats': { req: Record<never, never>; res: { matches: MatchStat[]; cache: Record<string, number> } };
  /**
   * A site's settings: paused, and whether the articles read there are added (`autoAdd`, the
   * effective value; `autoAddSite`, the site's own switch when the reader set one; `neverAdd`,
   * true for sites that are never added from: banks, mail, search, the reader's list).
   */
  'site.get': { req: { host: string }; res: { paused: boolean; autoAdd: boolean; autoAddSite?: boolean; neverAdd: boolean } };
  'site.set': { req: { host: string; paused: boolean }; res: { paused: boolean } };
  /** Turn adding-what-I-read on or off for one site (`on` null: follow the library-wide setting). */
  'site.autoAdd': { req: { host: string; on: boolean | null }; res: { autoAdd: boolean; autoAddSite?: boolean } };
  'reading.settings.get': { req: Record<never, never>; res: ReadingSettings };
  'reading.settings.set': { req: Partial<ReadingSettings>; res: ReadingSettings };
  /**
   * From a content script: the reader has read the page of the sender's tab (visible long enough
   * and scrolled). The background checks the settings and the page itself, then extracts the
   * article with the same reader as "Add this article" and adds it once, as "read".
   */
  'page.read': { req: Record<never, never>; res: ReadOutcome };
  /** The article stored for this address, if any (the popup's "added from this page", with Undo). */
  'library.byUrl': { req: { url: string }; res: { article?: ArticleSummary } };
  /** Undo an auto-add: delete that "read" article and never add its address again by reading. */
  'library.undoRead': { req: { id: string }; res: { deleted: boolean } };
}

/** Requests the popup sends to the content script of a tab. */
export interface ContentRequests {
  'page.state': { req: Record<never, never>; res: PageState };
  'page.scrollTo': { req: { claimId: string }; res: { found: boolean } };
  /** Re-read and re-annotate the page (after the library grew or pause changed). */
  'page.refresh': { req: Record<never, never>; res: PageState };
  /**
   * The card frame (an extension page inside the page's closed shadow root), relayed by the
   * background: 'ready' asks for the claim of the card opened with `token`; 'size' reports its
   * height; 'close' closes it (Esc or its close button). An unknown token gets `claim: null`.
   */
  'page.card': { req: CardEvent; res: { claim: LinkedClaim | null } };
}

/** What the card frame tells the content script that opened it. */
export interface CardEvent {
  /** The unguessable token the content script gave the frame it created. */
  token: string;
  event: 'ready' | 'size' | 'close';
  /** With 'size': the card's height in CSS pixels. */
  height?: number;
}

/**
 * Requests of the card frame to the background, which relays them to the content script of the
 * frame's own tab (top frame). Only extension pages may send them.
 */
export interface CardRequests {
  'card.relay': { req: CardEvent; res: { claim: LinkedClaim | null } };
}

export type BackgroundType = keyof BackgroundRequests;
export type ContentType = keyof ContentRequests;
type AllRequests = BackgroundRequests & ContentRequests & CardRequests;

/** A request on the wire. */
export type Message<T extends keyof AllRequests = keyof AllRequests> = {
  type: T;
} & AllRequests[T]['req'];

/** An answer on the wire. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: string };

/** The answer type of request T. */
export type Response<T extends keyof AllRequests> = AllRequests[T]['res'];
