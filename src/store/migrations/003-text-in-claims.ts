import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { claimsBodyOfJson, claimsRow, decodeText } from '../codec';
import { deflateTextSync, inflateTextSync } from '../deflate';
import type { LibrarySchema, TextRow } from '../schema';

/** A v2 claims row: the sentences as they are, the features deflated alone. */
interface ClaimsRowV2 {
  order: number;
  articleId: string;
  article?: LibrarySchema['claims']['value']['article'];
  index: number[];
  text: string[];
  features: Uint8Array;
}

/**
 * Migration 3: an article's text is stored once, inside its claims row. v2 kept it three times
 * over: deflated in `texts`, and its claim sentences again, raw, in the claims row beside their
 * deflated features. Each claims row now holds the article's text, its claims as spans of it, and
 * the features, deflated together (ClaimsRow); the `texts` row of such an article is deleted.
 * An article without claims keeps its `texts` row; a sentence not found in its text (or an
 * article stored without text) keeps its sentence in the row. Nothing else changes: keys,
 * postings, terms, articles, jobs.
 */
export function migration003(_db: IDBPDatabase<LibrarySchema>, typedTx: IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>): Promise<void> {
  const tx = typedTx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
  return (async () => {
    const texts = tx.objectStore('texts');
    const writes: Array<Promise<unknown>> = [];
    let cursor = await tx.objectStore('claims').openCursor();
    while (cursor) {
      const old = cursor.value as ClaimsRowV2 | (LibrarySchema['claims']['value'] & { text?: undefined });
      if (Array.isArray(old.text)) {
        const v2 = old as ClaimsRowV2;
        const textRow = (await texts.get(v2.articleId)) as TextRow | undefined;
        const text = textRow && decodeText(textRow);
        const json = inflateTextSync(v2.features).split('\n');
        const body = claimsBodyOfJson(v2.index.map((index, i) => ({ index, text: v2.text[i], json: json[i] })), text);
        writes.push(cursor.update(claimsRow(-v2.order, v2.articleId, v2.article, body, deflateTextSync(body.body))));
        if (textRow) writes.push(texts.delete(v2.articleId));
      }
      cursor = await cursor.continue();
    }
    await Promise.all(writes);
  })();
}
