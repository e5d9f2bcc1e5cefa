import { normalizeForHash } from '../engine/hash';
import type { ArticleRecord } from '../engine/types';
import type { ArticleOrigin } from '../messaging/protocol';
import type { ArticleRow } from './schema';

/** The key the articles 'url' index uses: the URL normalised as the engine compares URLs. */
export function urlKey(url: string | undefined): string | undefined {
  const key = url ? normalizeForHash(url) : '';
  return key || undefined;
}

/** An article record as stored (with its index key). */
export function toRow(record: ArticleRecord): ArticleRow {
  const row: ArticleRow = { ...(record as ArticleRow) };
  const key = urlKey(record.url);
  // Leave the field out rather than undefined: IndexedDB skips rows without the key path.
  if (key) row.urlKey = key;
  else delete row.urlKey;
  return row;
}

/** A stored row back to the engine's record (the index key is ours, not the engine's). */
export function fromRow(row: ArticleRow): ArticleRecord {
  const { urlKey: _key, firstKey: _first, analysis: _analysis, origin: _origin, ...record } = row;
  return record;
}

/** The seed pack's article ids: three digits, an underscore, 16 hex digits (seeds/README). */
const SEED_ID = /^\d{3}_[0-9a-f]{16}$/;

/**
 * Where a stored article came from. Rows written before `origin` existed lack it: a seed-pack id
 * says seed; anything else was added by hand or imported, and "by hand" is the safer name (no
 * bulk action targets it).
 */
export function originOf(row: ArticleRow): ArticleOrigin {
  return row.origin ?? (SEED_ID.test(row.id) ? 'seed' : 'hand');
}
