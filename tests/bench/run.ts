/**
 * `npm run bench`: indexing speed, matching latency and its growth with library size, sentence
 * comparison speed, memory and pack size, on a deterministic synthetic library of 10,000 articles
 * (1,000 of them about the seed story). Prints a table, then one JSON line with the numbers.
 */
import {
  analyzeArticle, compareSentences, isClaimWorthy, MemoryLibrary, matchPage, splitSentences,
} from '../../src/engine/index';
import type { ArticleInput, PageSentence } from '../../src/engine/types';
import MiniSearch from 'minisearch';
import { generateLibrary, generatePage } from './generate';
import { Rng } from './rng';
import { collectGarbage, quantile, round, timeIt, type Took } from './stats';

const ARTICLES = 10_000;
const SMALL = 1_000;
const PAGE_WORDS = 5_000;
const WARMUP = 3;
const RUNS = 15;
const PAIRS = 6_000;
/** Timed page queries of the MiniSearch peer (each is 334 searches over the whole library). */
const PEER_RUNS = 3;
// A fixed clock, so records (and the pack) are the same on every run.
const NOW = Date.UTC(2024, 0, 1);

/** Index articles into a new library; returns it with the time spent analysing and adding. */
function indexAll(articles: ArticleInput[]): { lib: MemoryLibrary; analyzeMs: number; addMs: number; cpuMs: number } {
  const lib = new MemoryLibrary();
  let analyzeMs = 0;
  let addMs = 0;
  const cpu = process.cpuUsage();
  for (const a of articles) {
    const t0 = performance.now();
    const analyzed = analyzeArticle(a, NOW);
    const t1 = performance.now();
    lib.add(analyzed);
    addMs += performance.now() - t1;
    analyzeMs += t1 - t0;
  }
  const d = process.cpuUsage(cpu);
  return { lib, analyzeMs, addMs, cpuMs: (d.user + d.system) / 1000 };
}

/** Common English words MiniSearch skips (it has no list of its own; ours lives in the engine). */
const STOP = new Set('a an and are as at be but by for from had has have he her his in is it its of on or said says she that the their they this to was were which who will with would after before over than then there these those also not no been into about more'.split(' '));

/**
 * The peer: the same library's claims (the sentences our index holds) in MiniSearch, a widely
 * used client-side full-text index (BM25, in memory), queried with each page sentence (its 12 best,
 * as our retrieval keeps). Returns its indexing time and per-page query times.
 */
function miniSearchPeer(articles: ArticleInput[], page: PageSentence[]) {
  const docs: Array<{ id: number; text: string }> = [];
  let t = performance.now();
  for (const a of articles) for (const c of analyzeArticle(a, NOW).claims) docs.push({ id: docs.length, text: c.text });
  const claimsMs = performance.now() - t;
  const processTerm = (term: string) => (STOP.has(term.toLowerCase()) ? null : term.toLowerCase());
  const ms = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], processTerm });
  t = performance.now();
  ms.addAll(docs);
  const indexMs = performance.now() - t;
  const query = () => {
    let results = 0;
    for (const s of page) results += ms.search(s.text).slice(0, 12).length;
    return results;
  };
  query(); // warm-up
  const runs: Took[] = [];
  let results = 0;
  for (let i = 0; i < PEER_RUNS; i++) runs.push(timeItSync(() => (results = query())));
  return { docs: docs.length, indexMs, claimsMs, queryMs: runs.map((r) => r.wall), queryCpu: runs.map((r) => r.cpu), results };
}

function timeItSync(f: () => unknown): Took {
  const c = process.cpuUsage();
  const t = performance.now();
  f();
  const wall = performance.now() - t;
  const d = process.cpuUsage(c);
  return { wall, cpu: (d.user + d.system) / 1000 };
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
  const bigRuns: Took[] = [];
  const smallRuns: Took[] = [];
  for (let i = 0; i < RUNS; i++) {
    bigRuns.push(await timeIt(() => matchPage(page, ctx, big)));
    smallRuns.push(await timeIt(() => matchPage(page, ctx, small)));
  }
  const wall = (xs: Took[]) => xs.map((x) => x.wall);
  const cpu = (xs: Took[]) => xs.map((x) => x.cpu);
  return { bigMs: wall(bigRuns), smallMs: wall(smallRuns), bigCpu: cpu(bigRuns), smallCpu: cpu(smallRuns), linked };
}

/** The generated texts still referenced for the peer (so heap_mb stays the library's own). */
function peerTextsBytes(articles: ArticleInput[]): number {
  return articles.reduce((n, a) => n + 2 * a.text.length + 200, 0);
}

async function main(): Promise<void> {
  const started = performance.now();
  let t = performance.now();
  let articles: ArticleInput[] | undefined = generateLibrary(ARTICLES);
  const genMs = performance.now() - t;
  const stories = articles.filter((a) => /\bPutin\b/.test(a.text)).length;

  const big = indexAll(articles);
  const indexMs = big.analyzeMs + big.addMs;
  const claims = await big.lib.claimCount();
  const firstK = articles.slice(0, SMALL);
  const pairs = comparePairs(articles, PAIRS);
  const forPeer = articles;
  articles = undefined; // let the generated texts go before the heap is read (the peer's copy is not counted: it is dropped below)
  collectGarbage();
  const heapMb = (process.memoryUsage().heapUsed - peerTextsBytes(forPeer)) / 2 ** 20;
  const small = indexAll(firstK).lib;

  t = performance.now();
  const packBytes = JSON.stringify(big.lib.toPack()).length;
  const packMs = performance.now() - t;

  const pageText = generatePage(PAGE_WORDS);
  const page = splitSentences(pageText).filter((s) => isClaimWorthy(s.text)).map((s, i) => ({ id: `s${i}`, text: s.text }));
  const m = await timeMatching(page, big.lib, small);

  console.error('MiniSearch peer…');
  const peer = miniSearchPeer(forPeer, page);

  const labels = { corroborates: 0, conflicts: 0, unrelated: 0 };
  const cmp = await timeIt(() => {
    for (const [a, b] of pairs) labels[compareSentences(a, b).relation]++;
  });

  const result = {
    index_articles_per_s: round(ARTICLES / (indexMs / 1000), 0),
    match_page_ms_p50: round(quantile(m.bigMs, 0.5)),
    match_page_ms_p90: round(quantile(m.bigMs, 0.9)),
    match_page_1k_ms_p50: round(quantile(m.smallMs, 0.5)),
    match_growth_10k_over_1k: round(quantile(m.bigMs, 0.5) / quantile(m.smallMs, 0.5), 2),
    compare_pairs_per_s: round(PAIRS / (cmp.wall / 1000), 0),
    heap_mb: round(heapMb),
    // Our whole match (retrieval and relations) over MiniSearch's retrieval alone, same page, same library.
    match_vs_minisearch: round(quantile(m.bigMs, 0.5) / quantile(peer.queryMs, 0.5), 5),
    minisearch_page_ms_p50: round(quantile(peer.queryMs, 0.5)),
    minisearch_index_claims_per_s: round(peer.docs / (peer.indexMs / 1000), 0),
    minisearch_index_articles_per_s: round(ARTICLES / (peer.indexMs / 1000), 0),
    match_vs_minisearch_cpu: round(quantile(m.bigCpu, 0.5) / quantile(peer.queryCpu, 0.5), 5),
    pack_bytes: packBytes,
    // The same measures in process CPU time, steadier than wall time on a busy machine.
    index_articles_per_cpu_s: round(ARTICLES / (big.cpuMs / 1000), 0),
    match_page_cpu_ms_p50: round(quantile(m.bigCpu, 0.5)),
    match_growth_cpu_10k_over_1k: round(quantile(m.bigCpu, 0.5) / quantile(m.smallCpu, 0.5), 2),
    compare_pairs_per_cpu_s: round(PAIRS / (cmp.cpu / 1000), 0),
  };

  const rows: Array<[string, string | number, string]> = [
    ['articles (seed story)', `${ARTICLES} (${stories})`, `claims ${claims}, generated in ${round(genMs / 1000, 2)} s`],
    ['index articles/s', result.index_articles_per_s, `analyze ${round(big.analyzeMs / 1000, 2)} s + add ${round(big.addMs / 1000, 2)} s; target >= 500`],
    ['  per CPU second', result.index_articles_per_cpu_s, 'process CPU time (includes GC threads)'],
    ['page', `${pageText.split(/\s+/).length} words`, `${page.length} claim-worthy sentences, ${m.linked} linked (10k)`],
    ['match 10k p50 / p90 ms', `${result.match_page_ms_p50} / ${result.match_page_ms_p90}`, `${RUNS} runs after ${WARMUP} warm-up; target p50 <= 50`],
    ['  CPU ms p50', result.match_page_cpu_ms_p50, 'process CPU time per run'],
    ['match 1k p50 ms', result.match_page_1k_ms_p50, `first ${SMALL} articles (${quantile(m.smallCpu, 0.5).toFixed(1)} CPU ms)`],
    ['growth 10k / 1k', result.match_growth_10k_over_1k, `median over median (CPU: ${result.match_growth_cpu_10k_over_1k}); target <= 3`],
    ['compare pairs/s', result.compare_pairs_per_s, `${PAIRS} pairs: ${labels.corroborates} corroborate, ${labels.conflicts} conflict (${result.compare_pairs_per_cpu_s}/CPU s)`],
    ['heap MB', result.heap_mb, '10k library live, after a full GC'],
    ['MiniSearch page ms p50', result.minisearch_page_ms_p50, `${page.length} sentence queries, 12 best each (${peer.results} results); ${peer.docs} claims indexed`],
    ['match / MiniSearch', result.match_vs_minisearch, `our whole match over its retrieval alone (CPU: ${result.match_vs_minisearch_cpu})`],
    ['MiniSearch index articles/s', result.minisearch_index_articles_per_s, `addAll of the claims' text in ${round(peer.indexMs / 1000, 2)} s (ours: ${result.index_articles_per_s}/s incl. analysis)`],
    ['pack bytes', result.pack_bytes, `JSON of toPack(), serialised in ${round(packMs)} ms`],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  const v = Math.max(...rows.map((r) => String(r[1]).length));
  for (const [k, val, note] of rows) console.log(`${k.padEnd(w)}  ${String(val).padStart(v)}  ${note}`);
  console.log(`(bench took ${round((performance.now() - started) / 1000)} s)`);
  console.log(JSON.stringify(result));
}

await main();
