import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { packFeatures, toJson } from '../codec';
import { withKeys } from '../postings';
import type { LibrarySchema } from '../schema';

/**
 * Migration 2: postings in immutable chunks, term counts, background jobs; the reader's library
 * is kept as it is.
 * - `terms` holds each term's count and newest keys (one small row a page reads per term), and
 *   `postings` becomes immutable chunks of older keys keyed [term, -firstKey] (a v1 list longer
 *   than the tail leaves one chunk): adding an article rewrites small rows instead of every
 *   growing list.
 * - `claims` becomes one row per article (an article's claims always had consecutive keys), keyed
 *   by minus its first claim key, with the features as the engine's JSON; articles learn
 *   `firstKey`, so removing one needs no claims index.
 * - `jobs` and `pending` persist imports, deletes and re-analyses, so a stopped worker resumes them.
 */
export function migration002(typed: IDBPDatabase<LibrarySchema>, typedTx: IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>): Promise<void> {
  const db = typed as unknown as IDBPDatabase;
  const tx = typedTx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
  // Schema changes first, while the upgrade event is live.
  tx.objectStore('postings').name = 'postings_v1';
  tx.objectStore('claims').name = 'claims_v1';
  db.createObjectStore('claims', { keyPath: 'order' });
  db.createObjectStore('postings', { keyPath: ['term', 'order'] });
  db.createObjectStore('terms', { keyPath: 'term' });
  db.createObjectStore('jobs', { keyPath: 'id' });
  db.createObjectStore('pending', { keyPath: ['job', 'position'] });
  return (async () => {
    const postings = tx.objectStore('postings');
    const terms = tx.objectStore('terms');
    const writes: Array<Promise<unknown>> = [];
    let cursor = await tx.objectStore('postings_v1').openCursor();
    while (cursor) {
      const { term, keys } = cursor.value as { term: string; keys: number[] };
      if (keys.length) {
        // The newest keys in the term's row, the older ones (if any) in one chunk.
        const { row, spill } = withKeys(term, undefined, keys);
        writes.push(terms.put(row));
        if (spill) writes.push(postings.put({ term, order: -spill[0], keys: spill }));
      }
      cursor = await cursor.continue();
    }
    // Claims: one row per article (keys were always consecutive per article), features as JSON,
    // with the article's record.
    const records = new Map<string, Record<string, unknown>>();
    let articleCursor = await tx.objectStore('articles').openCursor();
    while (articleCursor) {
      const { urlKey: _key, ...record } = articleCursor.value as Record<string, unknown> & { id: string };
      records.set(record.id as string, record);
      articleCursor = await articleCursor.continue();
    }
    const firstKey = new Map<string, number>();
    const claims = tx.objectStore('claims');
    let group: Array<{ key: number; articleId: string; index: number; text: string; features: unknown }> = [];
    const flush = () => {
      if (!group.length) return;
      firstKey.set(group[0].articleId, group[0].key);
      const article = records.get(group[0].articleId);
      writes.push(claims.put({
        order: -group[0].key,
        articleId: group[0].articleId,
        ...(article && { article }),
        index: group.map((c) => c.index),
        text: group.map((c) => c.text),
        features: packFeatures(group.map((c) => toJson(c.features))),
      }));
      group = [];
    };
    let claimCursor = await tx.objectStore('claims_v1').openCursor();
    while (claimCursor) {
      const c = claimCursor.value as (typeof group)[number];
      const prev = group[group.length - 1];
      if (prev && (prev.articleId !== c.articleId || prev.key + 1 !== c.key)) flush();
      group.push(c);
      claimCursor = await claimCursor.continue();
    }
    flush();
    let articles = await tx.objectStore('articles').openCursor();
    while (articles) {
      const row = articles.value as { id: string; firstKey?: number };
      const first = firstKey.get(row.id);
      if (first !== undefined) writes.push(articles.update({ ...row, firstKey: first }));
      articles = await articles.continue();
    }
    await Promise.all(writes);
    db.deleteObjectStore('postings_v1');
    db.deleteObjectStore('claims_v1');
  })();
}
