/**
 * The shape of the extension's IndexedDB database. The background service worker is its only
 * user: a content script opening IndexedDB would get the web page's database, not ours.
 */
import type { DBSchema } from 'idb';
import type { ArticleInput, ArticleRecord, ClaimFeatures } from '../engine/types';
import type { LibraryJob, SkippedArticle } from '../messaging/protocol';

/** Database name in the extension's origin. */
export const DB_NAME = 'claimlens';

/** Current schema version: the number of the last migration in ./migrations. */
export const DB_VERSION = 2;

/**
 * An article row: the engine's record plus store-only fields: `urlKey`, the URL normalised the
 * way the engine compares URLs (so "is this page already in the library?" is one index lookup),
 * and `firstKey`, the key of its first claim (an article's claims have consecutive keys
 * firstKey .. firstKey + claimCount - 1; absent only in a v1 row not yet migrated).
 * `analysis` is the store's ANALYSIS_VERSION the claims were made with (absent = 1).
 */
export type ArticleRow = ArticleRecord & { urlKey?: string; firstKey?: number; analysis?: number };

/**
 * A claim as stored (v2): the engine's StoredClaim with its features as one JSON string. The
 * features are the engine's own data, changing with it: the store never looks inside them, and
 * a string is both smaller than a structured-clone object and opaque. Rows written by schema v1
 * hold the features object itself; `decodeClaim` reads both.
 */
export interface ClaimRow {
  key: number;
  articleId: string;
  index: number;
  text: string;
  features: string | ClaimFeatures;
}

/**
 * One chunk of a term's posting list (v2). A chunk is written once, by the import chunk (or the
 * single add) that brought its claims, and never grown: `order` is minus its first claim key, so
 * ascending key order [term, order] reads a term's newest chunks first. Keys inside are ascending.
 */
export interface PostingRow {
  term: string;
  order: number;
  keys: number[];
}

/** How many claims a term's posting list holds in all (its document frequency). */
export interface TermRow {
  term: string;
  df: number;
}

/** Keys of the meta store. */
export type MetaKey = 'nextClaimKey' | 'claimCount' | 'seedVersion' | 'analysisVersion';

/** A background job's persisted state (import, delete, re-analysis): see LibraryJob. */
export type JobRow = LibraryJob;
export type { SkippedArticle };

/** One item a job still has to do, in file order: an article to import, or an id to delete. */
export interface PendingRow {
  job: string;
  position: number;
  article?: ArticleInput;
  /** An import article refused on receipt (sizes, fields): skipped with this reason. */
  invalid?: { title: string; reason: string };
  id?: string;
}

/** The typed schema, for idb's `openDB<LibrarySchema>`. */
export interface LibrarySchema extends DBSchema {
  articles: { key: string; value: ArticleRow; indexes: { url: string; textHash: string } };
  /** Full texts, kept so the library can be exported and re-analysed by a newer engine. */
  texts: { key: string; value: { id: string; text: string } };
  claims: { key: number; value: ClaimRow };
  postings: { key: [string, number]; value: PostingRow };
  terms: { key: string; value: TermRow };
  meta: { key: MetaKey; value: { key: MetaKey; value: number | string } };
  sites: { key: string; value: { host: string; paused: boolean } };
  jobs: { key: string; value: JobRow };
  pending: { key: [string, number]; value: PendingRow };
}

/** Every object store, for transactions that must span the whole library. */
export const ALL_STORES = ['articles', 'texts', 'claims', 'postings', 'terms', 'meta', 'sites', 'jobs', 'pending'] as const;

/** The stores an article touches when it is added or removed (plus a job's own rows). */
export const ARTICLE_STORES = ['articles', 'texts', 'claims', 'postings', 'terms', 'meta', 'jobs', 'pending'] as const;
