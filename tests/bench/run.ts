/**
 * `npm run bench`: indexing speed, matching latency and its growth with library size, sentence
 * comparison speed, memory and pack size, on a deterministic synthetic library of 10,000 articles
 * (1,000 of them about the seed story). Prints a table, then one JSON line with the numbers.
 */
import {
  analyzeArticle, compareSentences, isClaimWorthy, MemoryLibrary, matchPage, splitSentences,
} from '../../src/engine/index';
import type { ArticleInput, PageSentence } from '../../src/engine/types';
import { generateLibrary, generatePage } from './generate';
import { Rng } from './rng';
import { collectGarbage, quantile, round, timeIt } from './stats';

const ARTICLES = 10_000;
const SMALL = 1_000;
const PAGE_WORDS = 5_000;
const WARMUP = 3;
const RUNS = 15;
const PAIRS = 6_000;
// A fixed clock, so records (and the pack) are the same on every run.
const NOW = Date.UTC(2024, 0, 1);

/** Index articles into a new library; returns it with the time spent analysing and adding. */
function indexAll(articles: ArticleInput[]): { lib: MemoryLibrary; analyzeMs: number; addMs: number } {
  const lib = new MemoryLibrary();
  let analyzeMs = 0;
  let addMs = 0;
  for (const a of articles) {
    const t0 = performance.now();
    const analyzed = analyzeArticle(a, NOW);
    const t1 = performance.now();
    lib.add(analyzed);
    addMs += performance.now() - t1;
    analyzeMs += t1 - t0;
  }
  return { lib, analyzeMs, addMs };
}

/** Sentence pairs to compare: same-story pairs (often related) and random pairs (mostly not). */
function comparePairs(articles: ArticleInput[], n: number): Array<[string, string]> {
  const rng = new Rng(99);
  const story = articles.filter((a) => a.id.endsWith('9')).slice(0, 300).flatMap((a) => sentencesOf(a.text));
  const other = articles.slice(0, 600).flatMap((a) => sentencesOf(a.text));
  return Array.from({ length: n }, (_, i) => (i % 2 ? [rng.pick(story), rng.pick(story)] : [rng.pick(other), rng.pick(rng.next() < 0.5 ? story : other)]));
}

function sentencesOf(text: string): string[] {
  return splitSentences(text).map((s) => s.text).filter(isClaimWorthy);
}

/** Median-friendly timing of matchPage on two libraries, alternating so drift hits both alike. */
async function timeMatching(page: PageSentence[], big: MemoryLibrary, small: MemoryLibrary) {
  const ctx = { url: 'https://example.org/bench-page', title: 'Bench page' };
  let linked = 0;
  for (let i = 0; i < WARMUP; i++) {
    linked = (await matchPage(page, ctx, big)).length;
    await matchPage(page, ctx, small);
  }
  const bigMs: number[] = [];
  const smallMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    bigMs.push(await timeIt(() => matchPage(page, ctx, big)));
    smallMs.push(await timeIt(() => matchPage(page, ctx, small)));
  }
  return { bigMs, smallMs, linked };
}

async function main(): Promise<void> {
  const started = performance.now();
  let t = performance.now();
  let articles: ArticleInput[] | undefined = generateLibrary(ARTICLES);
  const genMs = performance.now() - t;
  const stories = articles.filter((a) => /\bPutin\b/.test(a.text)).length;

  const big = indexAll(articles);
  const indexMs = big.analyzeMs + big.addMs;
  const small = indexAll(articles.slice(0, SMALL)).lib;
  const claims = await big.lib.claimCount();

  const pairs = comparePairs(articles, PAIRS);
  articles = undefined; // let the generated texts go before the heap is read
  collectGarbage();
  const heapMb = process.memoryUsage().heapUsed / 2 ** 20;

  t = performance.now();
  const packBytes = JSON.stringify(big.lib.toPack()).length;
  const packMs = performance.now() - t;

  const pageText = generatePage(PAGE_WORDS);
  const page = splitSentences(pageText).filter((s) => isClaimWorthy(s.text)).map((s, i) => ({ id: `s${i}`, text: s.text }));
  const m = await timeMatching(page, big.lib, small);

  t = performance.now();
  const labels = { corroborates: 0, conflicts: 0, unrelated: 0 };
  for (const [a, b] of pairs) labels[compareSentences(a, b).relation]++;
  const compareMs = performance.now() - t;

  const result = {
    index_articles_per_s: round(ARTICLES / (indexMs / 1000), 0),
    match_page_ms_p50: round(quantile(m.bigMs, 0.5)),
    match_page_ms_p90: round(quantile(m.bigMs, 0.9)),
    match_page_1k_ms_p50: round(quantile(m.smallMs, 0.5)),
    match_growth_10k_over_1k: round(quantile(m.bigMs, 0.5) / quantile(m.smallMs, 0.5), 2),
    compare_pairs_per_s: round(PAIRS / (compareMs / 1000), 0),
    heap_mb: round(heapMb),
    pack_bytes: packBytes,
  };

  const rows: Array<[string, string | number, string]> = [
    ['articles (seed story)', `${ARTICLES} (${stories})`, `claims ${claims}, generated in ${round(genMs / 1000, 2)} s`],
    ['index articles/s', result.index_articles_per_s, `analyze ${round(big.analyzeMs / 1000, 2)} s + add ${round(big.addMs / 1000, 2)} s; target >= 500`],
    ['page', `${pageText.split(/\s+/).length} words`, `${page.length} claim-worthy sentences, ${m.linked} linked (10k)`],
    ['match 10k p50 / p90 ms', `${result.match_page_ms_p50} / ${result.match_page_ms_p90}`, `${RUNS} runs after ${WARMUP} warm-up; target p50 <= 50`],
    ['match 1k p50 ms', result.match_page_1k_ms_p50, `first ${SMALL} articles`],
    ['growth 10k / 1k', result.match_growth_10k_over_1k, 'median over median; target <= 3'],
    ['compare pairs/s', result.compare_pairs_per_s, `${PAIRS} pairs: ${labels.corroborates} corroborate, ${labels.conflicts} conflict`],
    ['heap MB', result.heap_mb, '10k library live, after a full GC'],
    ['pack bytes', result.pack_bytes, `JSON of toPack(), serialised in ${round(packMs)} ms`],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  const v = Math.max(...rows.map((r) => String(r[1]).length));
  for (const [k, val, note] of rows) console.log(`${k.padEnd(w)}  ${String(val).padStart(v)}  ${note}`);
  console.log(`(bench took ${round((performance.now() - started) / 1000)} s)`);
  console.log(JSON.stringify(result));
}

await main();
