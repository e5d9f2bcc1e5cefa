import type { IDBPTransaction } from 'idb';
import type { AnalyzedArticle, ArticleRecord, StoredClaim } from '../engine/types';
import { addPostings } from './postings';
import { fromRow, toRow } from './rows';
import type { LibraryDb } from './db';
import { ARTICLE_STORES, type LibrarySchema, type MetaKey } from './schema';

/** A readwrite transaction over every store an article lives in. */
export type ArticleTx = IDBPTransaction<LibrarySchema, (typeof ARTICLE_STORES)[number][], 'readwrite'>;

/** Refusal to add an article the library already holds (same id, URL or text). */
export class DuplicateArticleError extends Error {
  constructor(readonly existing: ArticleRecord) {
    super(`already in your library: ${existing.title || existing.id}`);
    this.name = 'DuplicateArticleError';
  }
}

/** Read a numeric meta value inside the transaction. */
export async function readCounter(tx: ArticleTx, key: MetaKey, fallback: number): Promise<number> {
  const row = await tx.objectStore('meta').get(key);
  return typeof row?.value === 'number' ? row.value : fallback;
}

/** The stored article that `record` would duplicate, if any. */
export async function findDuplicate(tx: ArticleTx, record: ArticleRecord): Promise<ArticleRecord | undefined> {
  const articles = tx.objectStore('articles');
  const row = toRow(record);
  const found =
    (await articles.get(row.id)) ??
    (row.urlKey ? await articles.index('url').get(row.urlKey) : undefined) ??
    (await articles.index('textHash').get(row.textHash));
  return found && fromRow(found);
}

/**
 * Write one analysed article inside `tx`: its record, text, claims (keys taken from
 * meta.nextClaimKey) and postings. Throws DuplicateArticleError, leaving the aborting to the caller.
 * Every request is awaited, so none can reject unobserved when the transaction aborts.
 */
export async function writeArticle(tx: ArticleTx, analyzed: AnalyzedArticle, text: string | undefined): Promise<StoredClaim[]> {
  const dup = await findDuplicate(tx, analyzed.record);
  if (dup) throw new DuplicateArticleError(dup);
  const id = analyzed.record.id;
  const first = await readCounter(tx, 'nextClaimKey', 1);
  const count = await readCounter(tx, 'claimCount', 0);
  const claims: StoredClaim[] = analyzed.claims.map((c, i) => ({ ...c, key: first + i, articleId: id }));
  const meta = tx.objectStore('meta');
  const writes: Array<Promise<unknown>> = [];
  try {
    writes.push(tx.objectStore('articles').add(toRow(analyzed.record)));
    if (text !== undefined) writes.push(tx.objectStore('texts').put({ id, text }));
    for (const c of claims) writes.push(tx.objectStore('claims').add(c));
    writes.push(addPostings(tx.objectStore('postings'), claims));
    writes.push(meta.put({ key: 'nextClaimKey', value: first + claims.length }));
    writes.push(meta.put({ key: 'claimCount', value: count + claims.length }));
  } finally {
    // A synchronous throw (e.g. DataCloneError) may leave earlier requests pending: observe them.
    await Promise.allSettled(writes);
  }
  await Promise.all(writes);
  return claims;
}

/**
 * Run `body` in one readwrite transaction over the article stores: on any error the whole
 * transaction is aborted, so a failure never leaves part of an article behind.
 */
export async function inArticleTx<T>(db: LibraryDb, body: (tx: ArticleTx) => Promise<T>): Promise<T> {
  const tx = db.transaction([...ARTICLE_STORES], 'readwrite');
  // Observed at once: an abort rejects tx.done, which must not surface as an unhandled rejection.
  const done = tx.done.then(() => true, (err: unknown) => err);
  try {
    const result = await body(tx);
    const outcome = await done;
    if (outcome !== true) throw outcome;
    return result;
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request, or already committed: nothing left to undo.
    }
    await done;
    throw err;
  }
}
