import type { AnalyzedArticle, ClaimFeatures, StoredClaim } from '../engine/types';
import type { ClaimRow } from './schema';

/**
 * Stored claims. The engine's features are opaque to the store (the engine changes them as it
 * improves): they are kept as the engine's own JSON, one string per claim. Schema v1 rows hold
 * the object itself and are read as they are.
 */
export function encodeClaim(claim: StoredClaim): ClaimRow {
  return { key: claim.key, articleId: claim.articleId, index: claim.index, text: claim.text, features: JSON.stringify(claim.features) };
}

/** A stored row back to the engine's claim. */
export function decodeClaim(row: ClaimRow): StoredClaim {
  const features = typeof row.features === 'string' ? (JSON.parse(row.features) as ClaimFeatures) : row.features;
  return { key: row.key, articleId: row.articleId, index: row.index, text: row.text, features };
}

/** The claims of an analysed article with keys first, first + 1, … */
export function keyedClaims(analyzed: AnalyzedArticle, first: number): StoredClaim[] {
  return analyzed.claims.map((c, i) => ({ ...c, key: first + i, articleId: analyzed.record.id }));
}
