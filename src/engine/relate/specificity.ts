/**
 * Topic is not fact. Two sentences of one story share its topic words ("tower", "fire", "Grenfell")
 * whatever facts they state; what makes them one fact is that each says what the other says,
 * detail for detail. How much a word says is how rare it is in the library (its inverse document
 * frequency over claims): a sentence whose rare words the other lacks states something the other
 * does not. Only a library can say which words are rare, so this check runs in library matching
 * (`matchPage`), not when two sentences are compared alone.
 */
import { figureTerms } from '../index/index-terms';
import { matchIn, stemSet, weightOf } from './similarity';
import type { ClaimFeatures } from '../types';

/** How much each word of a claim says, from the library's counts. */
export interface Specificity {
  /** Inverse document frequency of a term; terms the library was not asked about are rare. */
  idf(term: string): number;
}

const bm25Idf = (n: number, d: number) => Math.log(1 + (n - d + 0.5) / (d + 0.5));

/** Least claims on a page for its own word counts to say which words are its topic. */
const TOPIC_PAGE = 8;

/** How many of the page's claims use each word (each claim counted once). */
function pageCounts(page: readonly ClaimFeatures[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const f of page) for (const t of new Set(f.stems)) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

/**
 * A specificity from a library's postings (a list's length is its term's claim count) and, when
 * given, the page's own claims. Rarity in the library tells "said" from "Bishoftu"; but in a
 * library of many stories a story's own words ("meat", "Tesla", "derailment") are rare too, and
 * every sentence of the story has them. The page tells those apart: a word in many of its
 * sentences is its topic, and says little about which of the story's facts a sentence states.
 */
export function specificityFrom(postings: ReadonlyMap<string, { length: number }>, claimCount: number, page?: readonly ClaimFeatures[]): Specificity {
  const n = Math.max(claimCount, 1);
  // A term only the other sentence has, that the page never asked about: as rare as a term of one claim.
  const rare = bm25Idf(n, 1);
  const m = page && page.length >= TOPIC_PAGE ? page.length : 0;
  const df = m ? pageCounts(page!) : undefined;
  // The page's share of a word, from 1 (in one sentence or none) down towards 0 (in every one).
  const local = (t: string) => {
    const d = df?.get(t) ?? 0;
    return d <= 1 ? 1 : bm25Idf(m, d) / bm25Idf(m, 1);
  };
  const memo = new Map<string, number>();
  return {
    idf(term) {
      let v = memo.get(term);
      if (v === undefined) {
        const d = postings.get(term)?.length;
        memo.set(term, (v = (d ? bm25Idf(n, d) : rare) * local(term)));
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
  // A figure is a detail like a rare word: "26.7 per cent to $13.2 billion" in both is one fact
  // however the rest is worded, and a figure only one side gives is a detail the other lacks.
  const figures = new Set(figureTerms(to));
  for (const t of figureTerms(from)) {
    const w = spec.idf(t);
    total += w;
    if (figures.has(t)) hit += w;
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
