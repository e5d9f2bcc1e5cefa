import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { LibrarySchema } from '../schema';

/**
 * Migration 2: postings in immutable chunks, term counts, background jobs; the reader's library
 * is kept as it is.
 * - `postings` becomes chunks keyed [term, -firstKey] (each v1 list becomes one chunk) and
 *   `terms` holds each term's count: adding an article writes new chunks instead of rewriting
 *   every growing list, and a page reads only a term's newest chunks.
 * - articles learn `firstKey` (an article's claims always had consecutive keys), so removing one
 *   needs no claims index; the claims `articleId` index is dropped.
 * - `jobs` and `pending` persist imports, deletes and re-analyses, so a stopped worker resumes them.
 * Claims keep their v1 rows (features as an object); v2 writes the features as a JSON string and
 * the store reads both.
 */
export function migration002(typed: IDBPDatabase<LibrarySchema>, typedTx: IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>): Promise<void> {
  const db = typed as unknown as IDBPDatabase;
  const tx = typedTx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
  // Schema changes first, while the upgrade event is live.
  tx.objectStore('postings').name = 'postings_v1';
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
        writes.push(postings.put({ term, order: -keys[0], keys }), terms.put({ term, df: keys.length }));
      }
      cursor = await cursor.continue();
    }
    // An article's first claim key, from the claims index (keys only: no claim is deserialised).
    const firstKey = new Map<string, number>();
    let keyCursor = await tx.objectStore('claims').index('articleId').openKeyCursor();
    while (keyCursor) {
      const id = keyCursor.key as string;
      const key = keyCursor.primaryKey as number;
      if (!firstKey.has(id) || key < firstKey.get(id)!) firstKey.set(id, key);
      keyCursor = await keyCursor.continue();
    }
    let articles = await tx.objectStore('articles').openCursor();
    while (articles) {
      const row = articles.value as { id: string; firstKey?: number };
      const first = firstKey.get(row.id);
      if (first !== undefined) writes.push(articles.update({ ...row, firstKey: first }));
      articles = await articles.continue();
    }
    await Promise.all(writes);
    db.deleteObjectStore('postings_v1');
    tx.objectStore('claims').deleteIndex('articleId');
  })();
}
