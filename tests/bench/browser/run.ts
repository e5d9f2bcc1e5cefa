/**
 * `npm run bench:browser`: the built extension (.output/chrome-mv3, or CLAIMLENS_EXT) in Debian's
 * Chromium, as the e2e tests run it, with generated libraries of 1,000 and 10,000 articles
 * (tests/bench/generate.ts) imported through the library page's own file input, as a reader
 * imports an export. Prints a table per size, then one JSON line (the largest size's numbers at
 * the top level, every size under `by_size`).
 *
 * How each number is taken:
 * - import_articles_per_s: articles / seconds from choosing the file to the import summary.
 * - storage_bytes_per_article: navigator.storage.estimate() on an extension page, after minus
 *   before the import, per article, "at rest": after the runs below, the browser is closed and
 *   started again on the same profile (IndexedDB's LevelDB then writes its log into compacted
 *   tables; right after an import the estimate also counts rewritten and deleted rows not yet
 *   compacted, reported as storage_bytes_per_article_fresh). storage_beyond_text_bytes_per_article
 *   subtracts the average UTF-8 size of an article's text.
 * - first_mark_ms_p50_warm / _cold: a 5,000-word page (generatePage) in a new tab; "first mark"
 *   is, per run, the time from the tab's navigation start (performance.timeOrigin) to the first
 *   `match` answer with a linked claim sent by the background to that tab (recorded by the
 *   background with Date.now() and read through `debug.stats` from an extension page). This
 *   survives the page side's move from <claimlens-mark> elements to CSS Custom Highlights, whose
 *   painting a page cannot observe. Where the page still inserts <claimlens-mark> elements, the
 *   in-page time of the first one (a MutationObserver installed at document start) is reported as
 *   first_mark_dom_ms_*; builds without `debug.stats` (older ones) fall back to it. Cold = the
 *   service worker stopped (DevTools ServiceWorker.stopAllWorkers) before navigating.
 * - linked_claims: the page's claims once every match request is answered (the state is polled
 *   until it stops changing: the first answer can be the peek's, a few in view).
 * - page_longest_task_ms: the longest 'longtask' entry of the news page (median over runs).
 * - worker_heap_mb: Runtime.getHeapUsage of the service worker after a GC, once the page runs are
 *   answered (DevTools protocol on a local debugging port).
 * - library_page_ms: opening the library page until it says it holds every article; library
 *   search / clear: typing a query (and clearing it) until the count line changes.
 *
 * Options: --sizes=1000,10000  --runs=5  (env CLAIMLENS_EXT tests another build).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startStaticServer } from '../../../scripts/static-server';
import { poll } from '../../e2e/extension-api';
import { launch, type Session } from '../../e2e/harness';
import { generateLibrary, generatePage } from '../generate';
import { quantile, round } from '../stats';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const SIZES = (args.get('sizes') ?? '1000,10000').split(',').map(Number);
const RUNS = Number(args.get('runs') ?? 5);
const PAGE_WORDS = 5_000;

/** Installed in every page at document start: first <claimlens-mark>, long tasks. */
const PAGE_PROBE = `(() => {
  const probe = { first: null, longest: 0 };
  Object.defineProperty(window, '__benchProbe', { value: probe });
  new MutationObserver((muts) => {
    if (probe.first !== null) return;
    for (const m of muts) for (const n of m.addedNodes) if (n.nodeName === 'CLAIMLENS-MARK') { probe.first = performance.now(); return; }
  }).observe(document, { subtree: true, childList: true });
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) probe.longest = Math.max(probe.longest, e.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

interface Probe { first: number | null; longest: number; timeOrigin: number }
interface MatchStat { tabId?: number; at: number; linked: number; ms: number }

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** One DevTools command on the extension's service worker, over the debugging port's WebSocket. */
async function workerCdp<T>(port: number, extId: string, commands: Array<{ method: string; params?: object }>): Promise<T> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as Array<{ type: string; url: string; webSocketDebuggerUrl: string }>;
  const sw = targets.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extId}/`));
  if (!sw) throw new Error('no running service worker');
  const WS = (globalThis as unknown as { WebSocket?: typeof WebSocket }).WebSocket;
  if (!WS) throw new Error('no WebSocket in this Node (run with --experimental-websocket)');
  const ws = new WS(sw.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    ws.onopen = resolve;
    ws.onerror = reject;
  });
  try {
    let last: unknown;
    for (const [i, c] of commands.entries()) {
      last = await new Promise((resolve, reject) => {
        ws.onmessage = (e) => {
          const msg = JSON.parse(String(e.data)) as { id?: number; result?: unknown; error?: unknown };
          if (msg.id !== i + 1) return;
          if (msg.error) reject(new Error(JSON.stringify(msg.error)));
          else resolve(msg.result);
        };
        ws.send(JSON.stringify({ id: i + 1, method: c.method, params: c.params ?? {} }));
      });
    }
    return last as T;
  } finally {
    ws.close();
  }
}

function pageHtml(text: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const paras = text.split('\n\n').map((p) => `<p>${esc(p)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench page</title></head>
<body><header><nav><a href="/">Home</a></nav></header><main><article><h1>Leaders meet at the summit</h1>
<p class="byline">By Bench Reporter, 5 September 2016</p>
${paras}
</article></main></body></html>`;
}

async function storageUsage(page: Page): Promise<number> {
  return page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
}

async function matchStats(session: Session): Promise<MatchStat[] | undefined> {
  const ext = session.ext!;
  const r = await ext.ask('debug.stats' as never, {} as never).catch(() => undefined);
  const data = r && (r as { ok: boolean; data?: { matches?: MatchStat[] } }).ok ? (r as { data: { matches: MatchStat[] } }).data : undefined;
  return data?.matches;
}

/** One visit of the bench page: times in ms from navigation start. */
async function visit(session: Session, url: string, cold: boolean): Promise<{ bg?: number; dom?: number; longest: number; linked: number }> {
  const ext = session.ext!;
  if (cold) await ext.stopWorker();
  else await ext.ask('site.get', { host: 'bench.invalid' }); // make sure it is awake
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await ext.tabIdOf(page);
  const state = await ext.waitForPageIdle(tabId, 120_000);
  // The DOM probe (older page side) or the background's record of its first answer with a link.
  let bg: number | undefined;
  const probe = await poll('the first highlight', async () => {
    const p = await page.evaluate(() => {
      const w = window as unknown as { __benchProbe?: { first: number | null; longest: number } };
      return { ...(w.__benchProbe ?? { first: null, longest: 0 }), timeOrigin: performance.timeOrigin };
    });
    const stats = await matchStats(session);
    if (stats) {
      const first = stats.find((s) => s.tabId === tabId && s.linked > 0 && s.at >= p.timeOrigin);
      if (first) bg = first.at - p.timeOrigin;
    }
    return p.first !== null || bg !== undefined || state.claims.length === 0 ? p : undefined;
  }, 60_000, 200) as Probe;
  // The page's claims once every request is answered (the first idle state can be a peek's).
  let settled = state;
  let last = '';
  let steady = 0;
  for (let i = 0; i < 120 && steady < 4; i++) {
    await page.waitForTimeout(250);
    const s = await ext.askTab(tabId, 'page.state', {});
    if (!s.ok) continue;
    settled = s.data;
    const key = `${s.data.status} ${s.data.matchRequests} ${s.data.claims.length}`;
    steady = key === last ? steady + 1 : 0;
    last = key;
  }
  const longest = await page.evaluate(() => (window as unknown as { __benchProbe?: { longest: number } }).__benchProbe?.longest ?? 0);
  await page.close();
  return { bg, dom: probe.first ?? undefined, longest, linked: settled.claims.length };
}

/** Library page: open until it lists every article; a search and clearing it. */
async function libraryPage(session: Session, total: number): Promise<{ open: number; search: number; clear: number; longest: number; shown: string }> {
  const page = await session.context.newPage();
  await page.goto(session.ext!.url('options.html'), { waitUntil: 'commit' });
  const open = await (await page.waitForFunction((n) => {
    const el = document.querySelector('.lib-count');
    const digits = el?.textContent?.replace(/[^\d]/g, '') ?? '';
    return digits && Number(digits) >= n ? performance.now() : false;
  }, total, { polling: 'raf', timeout: 120_000 })).jsonValue() as number;
  const timeTyping = (value: string) => page.evaluate(async (v) => {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
    const before = document.querySelector('.lib-count')?.textContent;
    const t0 = performance.now();
    input.value = v;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    for (;;) {
      await new Promise((r) => requestAnimationFrame(r));
      const now = document.querySelector('.lib-count')?.textContent;
      if (now !== before) return { ms: performance.now() - t0, shown: now ?? '' };
      if (performance.now() - t0 > 60_000) return { ms: NaN, shown: 'timeout' };
    }
  }, value);
  const search = await timeTyping('obama putin');
  const clear = await timeTyping('');
  await page.waitForTimeout(300);
  const longest = await page.evaluate(() => (window as unknown as { __benchProbe?: { longest: number } }).__benchProbe?.longest ?? 0);
  await page.close();
  return { open, search: search.ms, clear: clear.ms, longest, shown: search.shown };
}

const med = (xs: Array<number | undefined>) => {
  const v = xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  return v.length ? round(quantile(v, 0.5)) : null;
};

async function benchSize(n: number, dir: string, pageUrl: string): Promise<Record<string, unknown>> {
  const articles = generateLibrary(n);
  const textBytes = articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0) / n;
  const file = join(dir, `library-${n}.json`);
  writeFileSync(file, JSON.stringify({ format: 'claimlens-library', version: 1, exported: new Date().toISOString(), articles }));
  const port = await freePort();
  let session = await launch({ extraArgs: [`--remote-debugging-port=${port}`] });
  const profile = session.userDataDir;
  try {
    await session.context.addInitScript({ content: PAGE_PROBE });
    const ext = session.ext!;
    const lib = await session.context.newPage();
    await lib.goto(ext.url('options.html'));
    const usageBefore = await storageUsage(lib);
    const t0 = Date.now();
    await lib.locator('input[type="file"]').first().setInputFiles(file);
    await lib.locator('.lib-summary').first().waitFor({ timeout: 3_600_000 });
    const importS = (Date.now() - t0) / 1000;
    const summary = await lib.locator('.lib-summary').first().innerText();
    const count = await ext.ask('library.list', {});
    const stored = count.ok ? count.data.articles.length : -1;
    await lib.close();
    console.error(`  ${n}: imported in ${round(importS)} s (${stored} stored): ${summary.split('\n')[0]}`);

    const warm: Awaited<ReturnType<typeof visit>>[] = [];
    const cold: Awaited<ReturnType<typeof visit>>[] = [];
    await visit(session, pageUrl, false); // warm-up (not counted)
    for (let i = 0; i < RUNS; i++) {
      cold.push(await visit(session, pageUrl, true));
      warm.push(await visit(session, pageUrl, false));
    }
    let heapMb: number | null = null;
    try {
      await ext.ask('site.get', { host: 'bench.invalid' });
      const heap = await workerCdp<{ usedSize: number }>(port, ext.id, [{ method: 'HeapProfiler.collectGarbage' }, { method: 'Runtime.getHeapUsage' }]);
      heapMb = round(heap.usedSize / 2 ** 20);
    } catch (err) {
      console.error(`  worker heap not read: ${String(err)}`);
    }
    const libRuns: Awaited<ReturnType<typeof libraryPage>>[] = [];
    for (let i = 0; i < 3; i++) libRuns.push(await libraryPage(session, stored));
    const usage = async () => {
      const probePage = await session.context.newPage();
      await probePage.goto(session.ext!.url('options.html'));
      const bytes = await storageUsage(probePage);
      await probePage.close();
      return bytes;
    };
    const usageFresh = await usage();
    await session.close({ keepProfile: true });
    session = await launch({ userDataDir: profile });
    await new Promise((r) => setTimeout(r, 5_000));
    const usageAfter = await usage();
    const perArticle = (usageAfter - usageBefore) / n;
    const pick = (runs: typeof warm) => med(runs.map((r) => r.bg ?? r.dom));
    return {
      articles: n,
      stored,
      import_articles_per_s: round(n / importS),
      import_s: round(importS),
      storage_bytes_per_article: Math.round(perArticle),
      storage_bytes_per_article_fresh: Math.round((usageFresh - usageBefore) / n),
      text_bytes_per_article: Math.round(textBytes),
      storage_beyond_text_bytes_per_article: Math.round(perArticle - textBytes),
      first_mark_ms_p50_warm: pick(warm),
      first_mark_ms_p50_cold: pick(cold),
      first_mark_dom_ms_p50_warm: med(warm.map((r) => r.dom)),
      first_mark_dom_ms_p50_cold: med(cold.map((r) => r.dom)),
      first_mark_source: warm.some((r) => r.bg !== undefined) ? 'background answer (debug.stats)' : 'first <claimlens-mark> in the page',
      linked_claims: warm[0]?.linked ?? 0,
      page_longest_task_ms: med([...warm, ...cold].map((r) => r.longest)),
      page_longest_task_ms_max: round(Math.max(...[...warm, ...cold].map((r) => r.longest))),
      worker_heap_mb: heapMb,
      library_page_ms: med(libRuns.map((r) => r.open)),
      library_search_ms: med(libRuns.map((r) => r.search)),
      library_clear_ms: med(libRuns.map((r) => r.clear)),
      library_longest_task_ms: med(libRuns.map((r) => r.longest)),
      library_search_shown: libRuns[0]?.shown,
    };
  } finally {
    await session.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-bench-'));
  writeFileSync(join(dir, 'page.html'), pageHtml(generatePage(PAGE_WORDS)));
  const server = await startStaticServer({ '/bench/': dir });
  const bySize: Record<string, Record<string, unknown>> = {};
  try {
    for (const n of SIZES) {
      console.error(`library of ${n} articles…`);
      bySize[n] = await benchSize(n, dir, `${server.origin}/bench/page.html`);
      for (const [k, v] of Object.entries(bySize[n])) console.error(`  ${k.padEnd(40)} ${String(v)}`);
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const largest = bySize[Math.max(...SIZES)];
  console.log(JSON.stringify({ ...largest, runs: RUNS, by_size: bySize }));
}

await main();
