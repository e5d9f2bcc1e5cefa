import { synonymsOf } from './data/lexicon';

/** Most postings read per term: bounds the work per sentence however large the library grows. */
const POSTINGS_CAP = 400;
/** Terms (rarest first) that may bring in new candidates per sentence. */
const TERMS_USED = 10;
/** Candidates kept per sentence for the full relation check. */
const TOP_K = 12;

/** The query of one claim: its own terms at full weight, their synonyms at less. */
export function queryTerms(terms: string[]): Map<string, number> {
  const q = new Map<string, number>();
  for (const t of terms) q.set(t, 1);
  for (const t of terms) for (const s of synonymsOf(t).slice(0, 2)) if (!q.has(s)) q.set(s, 0.8);
  return q;
}

/**
 * BM25-style candidate retrieval over an inverted index: the rarest terms of the claim bring in
 * candidates, each posting list is read up to a cap (newest first), and only candidates that
 * share a real part of the claim's weight survive. Cost grows with the page, not the library.
 */
export function retrieve(
  query: Map<string, number>,
  postings: Map<string, number[]>,
  claimCount: number,
): number[] {
  const N = Math.max(claimCount, 1);
  const terms = [...query.keys()]
    .filter((t) => postings.get(t)?.length)
    .sort((x, y) => postings.get(x)!.length - postings.get(y)!.length)
    .slice(0, TERMS_USED);
  if (!terms.length) return [];
  const scores = new Map<number, number>();
  const hits = new Map<number, number>();
  let possible = 0;
  for (const t of terms) {
    const list = postings.get(t)!;
    const df = list.length;
    const idf = Math.log(1 + (N - df + 0.5) / (df + 0.5)) * query.get(t)!;
    possible += idf;
    const from = Math.max(0, list.length - POSTINGS_CAP);
    for (let i = list.length - 1; i >= from; i--) {
      const k = list[i];
      scores.set(k, (scores.get(k) ?? 0) + idf);
      hits.set(k, (hits.get(k) ?? 0) + 1);
    }
  }
  const minHits = Math.min(2, terms.length);
  const floor = possible * 0.2;
  return [...scores]
    .filter(([k, s]) => s >= floor && hits.get(k)! >= minHits)
    .sort((x, y) => y[1] - x[1])
    .slice(0, TOP_K)
    .map(([k]) => k);
}
