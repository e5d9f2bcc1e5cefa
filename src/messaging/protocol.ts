/**
 * The one message protocol between the extension's contexts. Every request names its `type`;
 * the map below fixes the payload and the answer for each, so sender and receiver cannot drift.
 * Answers always come back as a `Result`: an error is a value the caller shows, never a throw
 * across the channel.
 */
import type { ArticleInput, ArticleRecord, LinkedClaim, PageContext, PageSentence } from '../engine/types';

/** One article as the library page lists it. */
export type ArticleSummary = Pick<
  ArticleRecord,
  'id' | 'outlet' | 'title' | 'url' | 'published' | 'claimCount' | 'added'
>;

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
}

/** An export / import file of the whole library. */
export interface LibraryExport {
  format: 'claimlens-library';
  version: 1;
  exported: string;
  articles: ArticleInput[];
}

/** Requests handled by the background service worker. */
export interface BackgroundRequests {
  /** Match a page's sentences against the library. */
  match: { req: { sentences: PageSentence[]; page: PageContext }; res: { claims: LinkedClaim[] } };
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
  'site.get': { req: { host: string }; res: { paused: boolean } };
  'site.set': { req: { host: string; paused: boolean }; res: { paused: boolean } };
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
