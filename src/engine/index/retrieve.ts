import { synonymsOf } from '../data/lexicon';

/** Most postings read per term: bounds the work per sentence however large the library grows. */
const POSTINGS_CAP = 120;
/** Terms (rarest first) that may bring in new candidates per sentence. */
const TERMS_USED = 12;
/** Synonym terms that may bring in candidates besides them. */
const SYNONYM_TERMS = 4;
/** Most postings read per claim in all: a large library costs no more than a middling one. */
const READ_BUDGET = 400;
/** Candidates returned per sentence: room for the page's own article (dropped later) and the
 *  sources the matcher weighs (the best six that are not the page itself). */
const TOP_K = 12;

/** The query of one claim: its own terms at full weight, their synonyms at less. */
export function queryTerms(terms: string[]): Map<string, number> {
  const q = new Map<string, number>();
  for (const t of terms) q.set(t, 1);
  for (const t of terms) for (const s of synonymsOf(t).slice(0, 2)) if (!q.has(s)) q.set(s, 0.8);
  return q;
}

/** Ranks candidate x above y: higher score, then the older (smaller) key. */
function better(x: number, y: number): boolean {
  return score[x] > score[y] || (score[x] === score[y] && x < y);
}

// Scratch accumulators indexed by claim key (keys are small, dense integers): a page's worth of
// scoring touches a few thousand entries, and resetting only those beats allocating Maps.
let score = new Float64Array(1 << 12);
let hits = new Uint8Array(1 << 12);

function ensure(k: number): void {
  if (k < score.length) return;
  let size = score.length;
  while (size <= k) size *= 2;
  const s2 = new Float64Array(size);
  s2.set(score);
  score = s2;
  const h2 = new Uint8Array(size);
  h2.set(hits);
  hits = h2;
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
  const present: Array<{ t: string; list: number[] }> = [];
  for (const t of query.keys()) {
    const list = postings.get(t);
    if (list?.length) present.push({ t, list });
  }
  present.sort((x, y) => x.list.length - y.list.length);
  // Terms in more than 5% of all claims find nothing specific; use them only when the claim has
  // little else (the relation check still sees every word).
  const common = Math.max(N * 0.05, 200);
  const specific = present.filter((p) => p.list.length <= common);
  // The claim's own words take the slots first: a synonym stands in for a word the other outlet
  // may have used, and rare synonyms of common words ("gang" for "crew") would crowd out the words
  // two reports of one fact share.
  const pool = specific.length >= 3 ? specific : present;
  const own = pool.filter((p) => query.get(p.t) === 1).slice(0, TERMS_USED);
  const terms = [...own, ...pool.filter((p) => query.get(p.t) !== 1).slice(0, SYNONYM_TERMS)].sort((x, y) => x.list.length - y.list.length);
  if (!terms.length) return [];
  const touched: number[] = [];
  let possible = 0;
  let budget = READ_BUDGET;
  for (const { t, list } of terms) {
    // Rarest first; once a claim has read its budget of postings, commoner terms add little.
    if (budget <= 0) break;
    const df = list.length;
    const idf = Math.log(1 + (N - df + 0.5) / (df + 0.5)) * query.get(t)!;
    possible += idf;
    const from = Math.max(0, list.length - Math.min(POSTINGS_CAP, budget));
    budget -= list.length - from;
    for (let i = list.length - 1; i >= from; i--) {
      const k = list[i];
      ensure(k);
      if (hits[k] === 0) touched.push(k);
      score[k] += idf;
      if (hits[k] < 255) hits[k]++;
    }
  }
  const minHits = Math.min(2, terms.length);
  const floor = possible * 0.1;
  // The best TOP_K by score (ties: older key first), kept in order as we go: no full sort.
  const out: number[] = [];
  for (const k of touched) {
    if (score[k] < floor || hits[k] < minHits) continue;
    if (out.length === TOP_K && !better(k, out[TOP_K - 1])) continue;
    let i = out.length === TOP_K ? TOP_K - 1 : out.length;
    while (i > 0 && better(k, out[i - 1])) {
      out[i] = out[i - 1];
      i--;
    }
    out[i] = k;
  }
  for (const k of touched) {
    score[k] = 0;
    hits[k] = 0;
  }
  return out;
}
