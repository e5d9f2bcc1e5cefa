/**
 * The shape of the extension's IndexedDB database. The background service worker is its only
 * user: a content script opening IndexedDB would get the web page's database, not ours.
 */
import type { DBSchema } from 'idb';
import type { ArticleInput, ArticleRecord } from '../engine/types';
import type { ArticleOrigin, LibraryJob, ReadingSettings, SkippedArticle } from '../messaging/protocol';

/** Database name in the extension's origin. */
export const DB_NAME = 'claimlens';

/** Current schema version: the number of the last migration in ./migrations. */
export const DB_VERSION = 3;

/**
 * An article row: the engine's record plus store-only fields: `urlKey`, the URL normalised the
 * way the engine compares URLs (so "is this page already in the library?" is one index lookup),
 * and `firstKey`, the key of its first claim (an article's claims have consecutive keys
 * firstKey .. firstKey + claimCount - 1; absent only in a v1 row not yet migrated).
 * `analysis` is the store's ANALYSIS_VERSION the claims were made with (absent = 1). `origin` says
 * where the article came from (absent in rows written before it existed: see originOf in rows.ts).
 */
export type ArticleRow = ArticleRecord & { urlKey?: string; firstKey?: number; analysis?: number; origin?: ArticleOrigin };

/**
 * The claims of one article (v3), in one row: claim keys firstKey .. firstKey + n - 1 in order.
 * `order` is minus the first key, so the row holding claim k is the first at or after -k. One row
 * per article, not per claim: an import writes ~30 times fewer records, and a page reads one row
 * per candidate article (with the article's record: no second read).
 *
 * The row also holds the article's full text, once: each claim's sentence is a span of it
 * (`at`, `len`), so neither the sentences nor a separate `texts` row repeat it (v2 kept all three).
 * `packed` is ONE raw-deflate stream of: the article's text (`textLength` characters; empty when
 * it was stored without), a line break, one line per claim with its features as the engine's JSON
 * (the store never looks inside: the engine changes them as it improves), then, as JSON strings,
 * the sentences whose `at` is -1 (not found in the text). Text and features deflate better
 * together (the features repeat the text's words).
 */
export interface ClaimsRow {
  order: number;
  articleId: string;
  /**
   * The article's record (as the engine knows it), so a page's candidate claims and their
   * articles come from one read. Absent in rows written without it (tests); read from
   * `articles` then.
   */
  article?: ArticleRecord;
  /** Position of each claim's sentence in its article. */
  index: number[];
  /** Where each claim's sentence starts in the article's text (-1: stored after the features). */
  at: number[];
  /** Each claim's sentence length. */
  len: number[];
  /** Characters of the article's text at the start of the inflated `packed`. */
  textLength: number;
  /** Text, features and loose sentences, deflated together (codec.ts). */
  packed: Uint8Array;
}

/**
 * Older postings of a common term (v2): keys that left the term's tail (TermRow), written once as
 * an immutable chunk. `order` is minus its first claim key, so ascending key order [term, order]
 * reads a term's newest chunks first. Keys inside are ascending.
 */
export interface PostingRow {
  term: string;
  order: number;
  keys: number[];
}

/**
 * A term of the index: how many claims hold it in all (its document frequency) and the newest of
 * them, ascending (all of them for all but common terms; see src/store/postings.ts).
 */
export interface TermRow {
  term: string;
  df: number;
  tail: number[];
}

/**
 * An article's full text: deflated (`packed`) or as it was (`text`, v1 rows). Since v3 only for an
 * article stored without claims: the others keep their text in their claims row.
 */
export interface TextRow {
  id: string;
  text?: string;
  packed?: Uint8Array;
}

/** Keys of the meta store. */
export type MetaKey = 'nextClaimKey' | 'claimCount' | 'seedVersion' | 'analysisVersion' | 'reading' | 'readingUndone';

/** A background job's persisted state (import, delete, re-analysis): see LibraryJob. */
export type JobRow = LibraryJob;
export type { SkippedArticle };

/** One item a job still has to do, in file order: an article to import, or an id to delete. */
export interface PendingRow {
  job: string;
  position: number;
  article?: ArticleInput;
  /** The article as deflated JSON (how imports stage it: written once, deleted once). */
  packed?: Uint8Array;
  /** An import article refused on receipt (sizes, fields): skipped with this reason. */
  invalid?: { title: string; reason: string };
  id?: string;
}

/** One site's settings (no schema change: fields are optional and rows are plain values). */
export interface SiteRow {
  host: string;
  paused: boolean;
  /** The site's own auto-add switch; absent = follow ReadingSettings.autoAdd. */
  autoAdd?: boolean;
}

/** The typed schema, for idb's `openDB<LibrarySchema>`. */
export interface LibrarySchema extends DBSchema {
  articles: { key: string; value: ArticleRow; indexes: { url: string; textHash: string } };
  /** Full texts, kept so the library can be exported and re-analysed by a newer engine. */
  texts: { key: string; value: TextRow };
  claims: { key: number; value: ClaimsRow };
  postings: { key: [string, number]; value: PostingRow };
  terms: { key: string; value: TermRow };
  /**
   * Counters and versions; 'reading' holds the reader's ReadingSettings (absent = defaults);
   * 'readingUndone' the URL keys of auto-added articles the reader undid (never added again).
   */
  meta: { key: MetaKey; value: { key: MetaKey; value: number | string | ReadingSettings | string[] } };
  /** Per-site settings: a row exists only while one differs from the default (not paused, auto-add following the library-wide setting). */
  sites: { key: string; value: SiteRow };
  jobs: { key: string; value: JobRow };
  pending: { key: [string, number]; value: PendingRow };
}

/** Every object store, for transactions that must span the whole library. */
export const ALL_STORES = ['articles', 'texts', 'claims', 'postings', 'terms', 'meta', 'sites', 'jobs', 'pending'] as const;

/** The stores an article touches when it is added or removed (plus a job's own rows). */
export const ARTICLE_STORES = ['articles', 'texts', 'claims', 'postings', 'terms', 'meta', 'jobs', 'pending'] as const;
