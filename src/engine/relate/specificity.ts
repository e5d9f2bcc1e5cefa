/**
 * Topic is not fact. Two sentences of one story share its topic words ("tower", "fire", "Grenfell")
 * whatever facts they state; what makes them one fact is that each says what the other says,
 * detail for detail. How much a word says is how rare it is in the library (its inverse document
 * frequency over claims): a sentence whose rare words the other lacks states something the other
 * does not. Only a library can say which words are rare, so this check runs in library matching
 * (`matchPage`), not when two sentences are compared alone.
 */
import { matchIn, stemSet, weightOf } from './similarity';
import type { ClaimFeatures } from '../types';

/** How much each word of a claim says, from the library's counts. */
export interface Specificity {
  /** Inverse document frequency of a term; terms the library was not asked about are rare. */
  idf(term: string): number;
}

/** A specificity from a library's postings (a list's length is its term's claim count). */
export function specificityFrom(postings: ReadonlyMap<string, { length: number }>, claimCount: number): Specificity {
  const n = Math.max(claimCount, 1);
  const idfOf = (d: number) => Math.log(1 + (n - d + 0.5) / (d + 0.5));
  // A term only the other sentence has, that the page never asked about: as rare as a term of one claim.
  const rare = idfOf(1);
  const memo = new Map<string, number>();
  return {
    idf(term) {
      let v = memo.get(term);
      if (v === undefined) {
        const d = postings.get(term)?.length;
        memo.set(term, (v = d ? idfOf(d) : rare));
      }
      return v;
    },
  };
}

/** Share of `from`'s rarity-weighted words found in `to` (exactly or as a synonym). */
function covered(from: ClaimFeatures, to: ClaimFeatures, spec: Specificity): number {
  const set = stemSet(to);
  let total = 0;
  let hit = 0;
  for (const c of from.stems) {
    const w = spec.idf(c) * weightOf(c);
    total += w;
    const m = matchIn(c, set);
    if (m.score && !m.antonym) hit += w * m.score;
  }
  return total ? hit / total : 0;
}

/**
 * How much of each claim's rare words the other has: `claim`, the share of the claim read found in
 * the source (what the source confirms of it), and `source`, the share of the source found in the
 * claim (how much of the source is about it at all). A source that says the claim's details and
 * more confirms it; two sentences that each add details the other lacks share a topic, however
 * many topic words they share.
 */
export function sharedDetail(a: ClaimFeatures, b: ClaimFeatures, spec: Specificity): { claim: number; source: number } {
  return { claim: covered(a, b, spec), source: covered(b, a, spec) };
}
