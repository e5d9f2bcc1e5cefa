/**
 * The shape of the extension's IndexedDB database. The background service worker is its only
 * user: a content script opening IndexedDB would get the web page's database, not ours.
 */
import type { DBSchema } from 'idb';
import type { ArticleRecord, StoredClaim } from '../engine/types';

/** Database name in the extension's origin. */
export const DB_NAME = 'claimlens';

/** Current schema version: the number of the last migration in ./migrations. */
export const DB_VERSION = 1;

/**
 * An article row: the engine's record plus `urlKey`, the URL normalised the way the engine
 * compares URLs, so "is this page already in the library?" is one index lookup.
 */
export type ArticleRow = ArticleRecord & { urlKey?: string };

/** One inverted-index entry: the claims whose retrieval terms include `term`, ascending. */
export interface PostingRow {
  term: string;
  keys: number[];
}

/** Keys of the meta store. */
export type MetaKey = 'nextClaimKey' | 'claimCount' | 'seedVersion';

/** The typed schema, for idb's `openDB<LibrarySchema>`. */
export interface LibrarySchema extends DBSchema {
  articles: { key: string; value: ArticleRow; indexes: { url: string; textHash: string } };
  /** Full texts, kept so the library can be exported and re-analysed by a newer engine. */
  texts: { key: string; value: { id: string; text: string } };
  claims: { key: number; value: StoredClaim; indexes: { articleId: string } };
  postings: { key: string; value: PostingRow };
  meta: { key: MetaKey; value: { key: MetaKey; value: number | string } };
  sites: { key: string; value: { host: string; paused: boolean } };
}

/** Every object store, for transactions that must span the whole library. */
export const ALL_STORES = ['articles', 'texts', 'claims', 'postings', 'meta', 'sites'] as const;

/** The stores an article touches when it is added or removed. */
export const ARTICLE_STORES = ['articles', 'texts', 'claims', 'postings', 'meta'] as const;
