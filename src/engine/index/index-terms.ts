import type { ClaimFeatures } from '../types';

/**
 * The retrieval terms of a claim: its content concepts (stems and entity keys) and, for each
 * quantity, its kind ("q:duration"), so "ninety minutes" finds "more than an hour".
 */
export function indexTerms(f: ClaimFeatures): string[] {
  const terms = new Set<string>(f.stems);
  for (const q of f.quantities) terms.add(`q:${q.dim}:${q.unit}`);
  return [...terms];
}
