import type { IDBPTransaction } from 'idb';
import type { AnalyzedArticle, ArticleRecord, StoredClaim } from '../engine/types';
import type { ArticleOrigin } from '../messaging/protocol';
import { claimsRow, decodeClaims, encodeClaims, encodeText, keyedClaims, type PackedClaims } from './codec';
import { appendPostings, keysByTerm, removePostings, type TermRowCache } from './postings';
import { fromRow, toRow } from './rows';
import type { LibraryDb } from './db';
import { ARTICLE_STORES, type ArticleRow, type LibrarySchema, type MetaKey } from './schema';
import { ANALYSIS_VERSION } from './analysis-version';

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
  const [byId, byUrl, byHash] = await Promise.all([
    articles.get(row.id),
    row.urlKey ? articles.index('url').get(row.urlKey) : undefined,
    articles.index('textHash').get(row.textHash),
  ]);
  const found = byId ?? byUrl ?? byHash;
  return found && fromRow(found);
}

/** One article of a batch write: its analysis and text. */
export interface ArticleToWrite {
  analyzed: AnalyzedArticle;
  text: string | undefined;
  /** Where it came from (stored on its row; absent = by hand). */
  origin?: ArticleOrigin;
  /** Its claims row's body, already deflated off the transaction (packArticle); made here when absent. */
  packed?: PackedClaims;
}

/** The outcome of each article of a batch: its claims, or why it was refused. */
export type WriteOutcome = { ok: true; claims: StoredClaim[] } | { ok: false; error: DuplicateArticleError };

/**
 * Write a batch of analysed articles inside `tx`: records, texts, claims (keys from
 * meta.nextClaimKey, consecutive per article) and ONE new postings chunk per term for the whole
 * batch. An article that duplicates the library or an earlier one of the batch is refused (its
 * outcome says so) and the others are written. Every request is awaited, so none can reject
 * unobserved when the transaction aborts.
 */
export async function writeArticles(tx: ArticleTx, batch: ArticleToWrite[], known?: TermRowCache): Promise<WriteOutcome[]> {
  const dups = await Promise.all(batch.map((b) => findDuplicate(tx, b.analyzed.record)));
  let next = await readCounter(tx, 'nextClaimKey', 1);
  const count = await readCounter(tx, 'claimCount', 0);
  const seen = { ids: new Map<string, ArticleRecord>(), urls: new Map<string, ArticleRecord>(), hashes: new Map<string, ArticleRecord>() };
  const outcomes: WriteOutcome[] = [];
  const all: StoredClaim[] = [];
  const writes: Array<Promise<unknown>> = [];
  try {
    batch.forEach(({ analyzed, text, origin }, i) => {
      const row = toRow(analyzed.record);
      const dup = dups[i] ?? seen.ids.get(row.id) ?? (row.urlKey ? seen.urls.get(row.urlKey) : undefined) ?? seen.hashes.get(row.textHash);
      if (dup) {
        outcomes.push({ ok: false, error: new DuplicateArticleError(dup) });
        return;
      }
      seen.ids.set(row.id, analyzed.record);
      if (row.urlKey) seen.urls.set(row.urlKey, analyzed.record);
      seen.hashes.set(row.textHash, analyzed.record);
      const claims = keyedClaims(analyzed, next);
      const stored: ArticleRow = { ...row, firstKey: next, analysis: ANALYSIS_VERSION, origin: origin ?? 'hand' };
      next += claims.length;
      writes.push(tx.objectStore('articles').add(stored));
      // The text lives in the claims row (once); only an article without claims needs a texts row.
      const packed = batch[i].packed;
      if (claims.length) {
        const claimsRowOf = packed ? claimsRow(claims[0].key, row.id, analyzed.record, packed.body, packed.bytes) : encodeClaims(claims, analyzed.record, text);
        writes.push(tx.objectStore('claims').add(claimsRowOf));
      } else if (text !== undefined) {
        writes.push(tx.objectStore('texts').put(encodeText(row.id, text)));
      }
      all.push(...claims);
      outcomes.push({ ok: true, claims });
    });
    if (all.length) {
      writes.push(appendPostings(tx, keysByTerm(all), known));
      writes.push(tx.objectStore('meta').put({ key: 'nextClaimKey', value: next }));
      writes.push(tx.objectStore('meta').put({ key: 'claimCount', value: count + all.length }));
    }
  } finally {
    // A synchronous throw (e.g. DataCloneError) may leave earlier requests pending: observe them.
    await Promise.allSettled(writes);
  }
  await Promise.all(writes);
  return outcomes;
}

/**
 * Write one analysed article inside `tx`. Throws DuplicateArticleError, leaving the aborting to
 * the caller.
 */
export async function writeArticle(tx: ArticleTx, analyzed: AnalyzedArticle, text: string | undefined, origin?: ArticleOrigin): Promise<StoredClaim[]> {
  const [outcome] = await writeArticles(tx, [{ analyzed, text, origin }]);
  if (!outcome.ok) throw outcome.error;
  return outcome.claims;
}

/**
 * Remove articles with their texts, claims and postings inside `tx`; returns the ids that
 * existed. The postings of the whole batch are updated together, each chunk rewritten once.
 */
export async function removeArticles(tx: ArticleTx, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  const rows = await Promise.all(unique.map((id) => tx.objectStore('articles').get(id)));
  const found = rows.filter((r): r is ArticleRow => r !== undefined);
  const claimStore = tx.objectStore('claims');
  const claimRows = await Promise.all(found.map((r) => (r.firstKey !== undefined && r.claimCount ? claimStore.get(-r.firstKey) : undefined)));
  const claims: StoredClaim[] = [];
  claimRows.forEach((c, i) => {
    if (c && c.articleId === found[i].id) claims.push(...decodeClaims(c));
  });
  claims.sort((a, b) => a.key - b.key);
  await removePostings(tx, keysByTerm(claims));
  await Promise.all([
    ...claimRows.flatMap((c, i) => (c && c.articleId === found[i].id ? [claimStore.delete(c.order)] : [])),
    ...found.flatMap((r) => [tx.objectStore('articles').delete(r.id), tx.objectStore('texts').delete(r.id)]),
  ]);
  if (claims.length) {
    const count = await readCounter(tx, 'claimCount', 0);
    await tx.objectStore('meta').put({ key: 'claimCount', value: Math.max(0, count - claims.length) });
  }
  return found.map((r) => r.id);
}

/**
 * Run `body` in one readwrite transaction over the article stores: on any error the whole
 * transaction is aborted, so a failure never leaves part of an article behind.
 */
export async function inArticleTx<T>(db: LibraryDb, body: (tx: ArticleTx) => Promise<T>, options?: { relaxed?: boolean }): Promise<T> {
  // Relaxed durability (no flush to disk per commit) for job chunks: a chunk lost to a power cut
  // is lost with its job progress (same transaction), so the job simply does it again.
  const tx = db.transaction([...ARTICLE_STORES], 'readwrite', options?.relaxed ? { durability: 'relaxed' } : undefined);
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
