/**
 * `npx tsx tests/bench/retrieve-compare.ts`: the engine's candidate retrieval against the same
 * algorithm on dense typed arrays (claim keys are small integers), on the bench page's queries
 * over the 10,000-article library. Checks that both return the same candidates and times them,
 * as evidence for the lead's optimisation of src/engine/retrieve.ts.
 */
import { analyzeArticle, isClaimWorthy, MemoryLibrary, splitSentences, indexTerms } from '../../src/engine/index';
import { featuresInContext } from '../../src/engine/claims/context';
import { queryTerms, retrieve } from '../../src/engine/index/retrieve';
import { generateLibrary, generatePage } from './generate';

// The engine's constants at the time of writing (src/engine/retrieve.ts).
const POSTINGS_CAP = 400;
const TERMS_USED = 10;
const TOP_K = 12;
let score = new Float64Array(1 << 16);
let hits = new Uint8Array(1 << 16);
/** Make room for claim key `k`. */
function grow(k: number): void {
  const s2 = new Float64Array(k * 2);
  s2.set(score);
  score = s2;
  const h2 = new Uint8Array(k * 2);
  h2.set(hits);
  hits = h2;
}

/** Same semantics as src/engine/retrieve.ts, with dense typed arrays and a touched list. */
function retrieveFast(query: Map<string, number>, postings: Map<string, number[]>, claimCount: number): number[] {
  const N = Math.max(claimCount, 1);
  const terms = [...query.keys()].filter((t) => postings.get(t)?.length).sort((x, y) => postings.get(x)!.length - postings.get(y)!.length).slice(0, TERMS_USED);
  if (!terms.length) return [];
  const touched: number[] = [];
  let possible = 0;
  for (const t of terms) {
    const list = postings.get(t)!;
    const df = list.length;
    const idf = Math.log(1 + (N - df + 0.5) / (df + 0.5)) * query.get(t)!;
    possible += idf;
    const from = Math.max(0, list.length - POSTINGS_CAP);
    for (let i = list.length - 1; i >= from; i--) {
      const k = list[i];
      if (k >= score.length) grow(k);
      if (hits[k] === 0) touched.push(k);
      score[k] += idf; hits[k]++;
    }
  }
  const minHits = Math.min(2, terms.length);
  const floor = possible * 0.2;
  const keep: number[] = [];
  for (const k of touched) if (score[k] >= floor && hits[k] >= minHits) keep.push(k);
  keep.sort((x, y) => score[y] - score[x]);
  const out = keep.slice(0, TOP_K);
  for (const k of touched) {
    score[k] = 0;
    hits[k] = 0;
  }
  return out;
}

const lib = new MemoryLibrary();
for (const a of generateLibrary(10000)) lib.add(analyzeArticle(a, 0));
const page = splitSentences(generatePage(5000)).map((s) => s.text).filter(isClaimWorthy);
const feats = featuresInContext(page);
const queries = feats.map((f) => queryTerms(indexTerms(f)));
const all = new Set<string>();
for (const q of queries) for (const t of q.keys()) all.add(t);
const postings = await lib.postings([...all]);
const n = await lib.claimCount();
const sizes = [...postings.values()].map((l) => l.length).sort((a, b) => b - a);
console.log('terms', all.size, 'largest postings', sizes.slice(0, 8).join(','), 'median', sizes[sizes.length >> 1]);
for (const [name, f] of [['engine retrieve', retrieve], ['typed-array retrieve', retrieveFast]] as const) {
  for (let w = 0; w < 3; w++) queries.forEach((q) => f(q, postings, n));
  const t = performance.now();
  for (let r = 0; r < 10; r++) queries.forEach((q) => f(q, postings, n));
  console.log(name, ((performance.now() - t) / 10).toFixed(1), 'ms per page');
}
let same = 0;
const sorted = (xs: number[]) => JSON.stringify([...xs].sort((a, b) => a - b));
for (const q of queries) if (sorted(retrieve(q, postings, n)) === sorted(retrieveFast(q, postings, n))) same++;
console.log('same candidate sets', same, '/', queries.length);
