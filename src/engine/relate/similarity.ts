import { antonymsOf, synonymsOf } from '../data/lexicon';

import { perObject } from '../memo';
import { paraphrasesOf } from './paraphrases';
import { compatible, sameKind } from '../claims/quantities';
import { LIGHT_WORDS } from '../text/stopwords';
import { stem } from '../text/tokens';
import type { ClaimFeatures } from '../types';

let lightStems: Set<string> | undefined;

/** Weight of a concept in the same-fact score: names count more, newsroom filler less. */
export function weightOf(concept: string): number {
  lightStems ??= new Set([...LIGHT_WORDS].map((w) => stem(w)));
  if (lightStems.has(concept)) return 0.3;
  if (concept.includes(' ')) return 1.3; // multi-word entity key
  return 1;
}

type Match = { score: number; via?: string; antonym?: boolean };
/** Matches remembered per target set: a page claim's set meets every candidate's words in turn. */
const matchMemo = perObject((_set: Set<string>) => new Map<string, Match>());

/** How concept `c` is matched in a set: 1 exact, 0.8 synonym, 0.7 antonym (a clash, but about the same thing). */
export function matchIn(c: string, set: Set<string>): Match {
  const memo = matchMemo(set);
  let m = memo.get(c);
  if (!m) memo.set(c, (m = findMatch(c, set)));
  return m;
}

function findMatch(c: string, set: Set<string>): Match {
  if (set.has(c)) return { score: 1, via: c };
  for (const s of synonymsOf(c)) if (set.has(s)) return { score: 0.8, via: s };
  for (const s of paraphrasesOf(c)) if (set.has(s)) return { score: 0.8, via: s };
  for (const s of antonymsOf(c)) if (set.has(s)) return { score: 0.7, via: s, antonym: true };
  return { score: 0 };
}

function commonPrefix(x: string, y: string): number {
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}

/** The overlap of two claims' concepts, with what matched. */
export interface Overlap {
  /** Same-fact score 0..1. */
  score: number;
  /** Concepts of `a` matched in `b` (exact or synonym). */
  shared: string[];
  /** Pairs [a concept, b concept] that are antonyms. */
  antonyms: Array<[string, string]>;
  /** Number of matched concepts that are not newsroom filler. */
  strong: number;
  /** Coverage of the longer claim by the shorter: low when a short headline meets a long sentence. */
  longCoverage: number;
  /** Shared concepts that are not names (newsroom filler counts half). */
  sharedPredicates: number;
  /** Shared non-name concepts that are the very same word (stem), not synonyms. */
  exactPredicates: number;
  /** How many the shorter claim needs to share: 1.5, or all it has when it has fewer. */
  predicatesNeeded: number;
  /** Share of the shorter claim's words other than names that the other claim shares: two
   *  sentences naming the same people are not the same fact unless they say the same of them. */
  predicateCoverage: number;
}

/** A claim's stems as a set, built once per claim object (a page claim meets many candidates). */
export const stemSet = perObject((f: ClaimFeatures) => new Set(f.stems));

/** A claim's entity keys as a set, built once per claim object. */
const entitySet = perObject((f: ClaimFeatures) => new Set(f.entities));

/** Each of a claim's words with its weight there: who said it is attribution, not the fact. */
const weightsIn = perObject((f: ClaimFeatures) => {
  const attributed = new Set([...f.speech.map((s) => s.speaker ?? ''), ...(f.attribution ?? [])]);
  const m = new Map<string, number>();
  for (const w of f.stems) m.set(w, attributed.has(w) ? Math.min(0.3, weightOf(w)) : weightOf(w));
  return m;
});

function weightIn(c: string, f: ClaimFeatures): number {
  return weightsIn(f).get(c) ?? weightOf(c);
}

interface Coverage {
  cov: number;
  /** Weight of `from`'s words in all (attribution light). */
  total: number;
  shared: string[];
  antonyms: Array<[string, string]>;
  strong: number;
  /** predicateCoverage of `from` in `to`: its non-name words only, plain weights. */
  pred: number;
}

/** One pass over `from`'s words: how much of it `to` covers, and what matched. */
function coverage(from: ClaimFeatures, to: Set<string>): Coverage {
  const names = entitySet(from);
  let total = 0;
  let hit = 0;
  let strong = 0;
  let predTotal = 0;
  let predHit = 0;
  const shared: string[] = [];
  const antonyms: Array<[string, string]> = [];
  for (const c of from.stems) {
    const w = weightIn(c, from);
    total += w;
    const plain = names.has(c) ? 0 : weightOf(c);
    predTotal += plain;
    const m = matchIn(c, to);
    if (!m.score) continue;
    predHit += plain * m.score;
    // Matched through a filler word ("meeting" ~ "press conference"): worth only the filler.
    const wv = m.via && m.via !== c ? Math.min(w, weightOf(m.via)) : w;
    hit += wv * m.score;
    if (m.antonym && m.via) antonyms.push([c, m.via]);
    else shared.push(c);
    if (w >= 1) strong++;
  }
  return { cov: total ? hit / total : 0, total, shared, antonyms, strong, pred: predTotal ? predHit / predTotal : 0 };
}

/**
 * Same-fact score of two claims: weighted concept coverage in both directions (synonyms count),
 * leaning on the shorter sentence, since a long sentence often adds a second fact to a shared one.
 * A quantity of the same kind on both sides counts as one shared concept, whatever its value:
 * the values decide corroboration or conflict, not whether the claims are about the same thing.
 */
export function overlap(a: ClaimFeatures, b: ClaimFeatures): Overlap {
  const setA = stemSet(a);
  const setB = stemSet(b);
  const ab = coverage(a, setB);
  const ba = coverage(b, setA);
  const q = sameKindQuantity(a, b) ? 1.5 : 0;
  // A figure both give (and that fits) is a shared predicate: "has 13 megapixels" / "a 13-megapixel camera".
  const figure = fittingFigure(a, b) ? 1 : 0;
  const wa = ab.total + q;
  const wb = ba.total + q;
  const covA = wa ? (ab.cov * (wa - q) + q) / wa : 0;
  const covB = wb ? (ba.cov * (wb - q) + q) / wb : 0;
  const aShorter = wa <= wb;
  const short = aShorter ? covA : covB;
  const long = aShorter ? covB : covA;
  const ea = entitySet(a);
  const eb = entitySet(b);
  // Plain loops, no closures: this runs for every candidate of every sentence on a page.
  let sharedPredicates = ab.antonyms.length;
  let exactPredicates = 0;
  for (const c of ab.shared) {
    if (ea.has(c) || eb.has(c)) continue;
    // Light words count half: "days" alone does not make two sentences say the same thing.
    const via = matchIn(c, setB).via ?? c;
    sharedPredicates += ea.has(via) || eb.has(via) ? 0 : Math.min(predWeight(c), predWeight(via));
    // Exact: the same stem, or a WordNet derivation of it ("agree" / "agreement").
    if (setB.has(c) || derivedIn(c, setB)) exactPredicates++;
  }
  // What the shorter claim must share: 1.5 words' worth, or all of its content words if fewer.
  let content = 0;
  for (const c of (aShorter ? a : b).stems) if (!ea.has(c) && !eb.has(c) && weightOf(c) >= 1) content++;
  const pred = aShorter ? ab.pred : ba.pred;
  return {
    score: 0.65 * short + 0.35 * long,
    sharedPredicates: sharedPredicates + figure,
    predicatesNeeded: Math.min(1.5, content),
    exactPredicates: exactPredicates + figure,
    shared: ab.shared,
    antonyms: ab.antonyms,
    strong: Math.min(ab.strong, ba.strong) + (q ? 1 : 0),
    longCoverage: long,
    predicateCoverage: figure ? Math.max(pred, 0.5) : pred,
  };
}

function predWeight(c: string): number {
  return weightOf(c) >= 1 ? 1 : 0.5;
}

/** A WordNet synonym of `c` in `set` that shares its first four letters: a derivation of it. */
function derivedIn(c: string, set: Set<string>): boolean {
  for (const s of synonymsOf(c)) if (set.has(s) && commonPrefix(s, c) >= 4) return true;
  return false;
}

/** Both claims give a figure of the same kind that fits the other (points in time aside). */
function fittingFigure(a: ClaimFeatures, b: ClaimFeatures): boolean {
  for (const x of a.quantities) {
    for (const y of b.quantities) {
      if (x.ref || y.ref || !sameKind(x, y) || !compatible(x, y)) continue;
      // …of the same thing: a word around one figure is around the other too.
      const around = new Set(y.measure ?? []);
      if ((x.measure ?? []).some((c) => c !== x.unit && weightOf(c) >= 1 && matchIn(c, around).score > 0)) return true;
    }
  }
  return false;
}

function sameKindQuantity(a: ClaimFeatures, b: ClaimFeatures): boolean {
  for (const x of a.quantities) for (const y of b.quantities) if (sameKind(x, y) && !x.ref && !y.ref) return true;
  return false;
}
