import type { AnalyzedArticle, ArticleRecord, ClaimFeatures, StoredClaim } from '../engine/types';
import type { LibraryDb } from './db';
import type { ClaimsRow } from './schema';

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
    features: claims.map((c) => toJson(c.features)),
  };
}

/** The first claim key of a row. */
export function firstKeyOf(row: ClaimsRow): number {
  return -row.order;
}

/** Claim `key` of a row (undefined when the row does not hold it). */
export function decodeClaim(row: ClaimsRow, key: number): StoredClaim | undefined {
  const i = key - firstKeyOf(row);
  if (i < 0 || i >= row.text.length) return undefined;
  return { key, articleId: row.articleId, index: row.index[i], text: row.text[i], features: fromJson<ClaimFeatures>(row.features[i]) };
}

/** Every claim of a row. */
export function decodeClaims(row: ClaimsRow): StoredClaim[] {
  return row.text.map((_, i) => decodeClaim(row, firstKeyOf(row) + i)!);
}

/** Every stored claim, by key (tests, checks). */
export async function allClaims(db: LibraryDb): Promise<StoredClaim[]> {
  return (await db.getAll('claims')).flatMap(decodeClaims).sort((a, b) => a.key - b.key);
}

/** The claims of an analysed article with keys first, first + 1, … */
export function keyedClaims(analyzed: AnalyzedArticle, first: number): StoredClaim[] {
  return analyzed.claims.map((c, i) => ({ ...c, key: first + i, articleId: analyzed.record.id }));
}
