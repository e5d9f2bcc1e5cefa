import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { AnalyzedArticle, ArticleRecord, ClaimFeatures, StoredClaim } from '../engine/types';
import type { LibraryDb } from './db';
import type { ClaimsRow, TextRow } from './schema';

/**
 * JSON that keeps what plain JSON loses in the engine's data: Infinity, -Infinity and NaN (an open
 * range "more than an hour" is (60, Infinity)) become tagged strings, and a string that happens
 * to start with the tag is escaped. Generic: no field of the engine's features is named here.
 */
const TAG = '\u0000';
const SPECIAL: Record<string, number> = { [`${TAG}Infinity`]: Infinity, [`${TAG}-Infinity`]: -Infinity, [`${TAG}NaN`]: NaN };

export function toJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (typeof v === 'number' && !Number.isFinite(v)) return `${TAG}${v}`;
    if (typeof v === 'string' && v.startsWith(TAG)) return `${TAG}${v}`;
    return v;
  });
}

export function fromJson<T>(json: string): T {
  return JSON.parse(json, (_k, v: unknown) => {
    if (typeof v !== 'string' || !v.startsWith(TAG)) return v;
    return v in SPECIAL ? SPECIAL[v] : v.slice(1);
  }) as T;
}

/**
 * Stored claims: one row per article (ClaimsRow). The engine's features are opaque to the store
 * (the engine changes them as it improves): kept as the engine's own JSON, one string per claim.
 */
export function encodeClaims(claims: StoredClaim[], article?: ArticleRecord): ClaimsRow {
  return {
    order: -claims[0].key,
    articleId: claims[0].articleId,
    ...(article && { article }),
    index: claims.map((c) => c.index),
    text: claims.map((c) => c.text),
    features: packFeatures(claims.map((c) => toJson(c.features))),
  };
}

/**
 * The features of a row's claims, deflated together (generic compression: the claims of one
 * article repeat the engine's field names and many words). One JSON text per line: JSON never
 * contains a raw line break, so a page parses only the claims it needs.
 */
export function packFeatures(json: string[]): Uint8Array {
  return deflateSync(strToU8(json.join('\n')), { level: 6 });
}

/** The JSON text of each claim's features in a row. */
export function unpackFeatures(row: ClaimsRow): string[] {
  return strFromU8(inflateSync(row.features)).split('\n');
}

/** The first claim key of a row. */
export function firstKeyOf(row: ClaimsRow): number {
  return -row.order;
}

/** Claim `key` of a row (undefined when the row does not hold it); `features` = unpackFeatures(row), when already unpacked. */
export function decodeClaim(row: ClaimsRow, key: number, features?: string[]): StoredClaim | undefined {
  const i = key - firstKeyOf(row);
  if (i < 0 || i >= row.text.length) return undefined;
  const json = (features ?? unpackFeatures(row))[i];
  return { key, articleId: row.articleId, index: row.index[i], text: row.text[i], features: fromJson<ClaimFeatures>(json) };
}

/** Every claim of a row. */
export function decodeClaims(row: ClaimsRow): StoredClaim[] {
  const features = unpackFeatures(row);
  return row.text.map((_, i) => decodeClaim(row, firstKeyOf(row) + i, features)!);
}

/** Every stored claim, by key (tests, checks). */
export async function allClaims(db: LibraryDb): Promise<StoredClaim[]> {
  return (await db.getAll('claims')).flatMap(decodeClaims).sort((a, b) => a.key - b.key);
}

/** The claims of an analysed article with keys first, first + 1, … */
export function keyedClaims(analyzed: AnalyzedArticle, first: number): StoredClaim[] {
  return analyzed.claims.map((c, i) => ({ ...c, key: first + i, articleId: analyzed.record.id }));
}

/** A text row for an article's full text (deflated: texts are read only to export or re-analyse). */
export function encodeText(id: string, text: string): TextRow {
  return { id, packed: deflateSync(strToU8(text), { level: 6 }) };
}

/** The full text of a text row (v1 rows hold it as it is). */
export function decodeText(row: TextRow): string {
  return row.packed ? strFromU8(inflateSync(row.packed)) : (row.text ?? '');
}

/** Any JSON value, deflated (import staging). */
export function packJson(value: unknown): Uint8Array {
  return deflateSync(strToU8(JSON.stringify(value)), { level: 1 });
}

export function unpackJson<T>(bytes: Uint8Array): T {
  return JSON.parse(strFromU8(inflateSync(bytes))) as T;
}
