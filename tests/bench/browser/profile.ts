/**
 * `npx tsx --experimental-websocket tests/bench/browser/profile.ts --size=1000 --runs=3`: where a
 * page's first answer goes in the built extension, cold and warm. Imports a generated library
 * through the library page (as bench:browser does), then per visit prints, in ms from the tab's
 * navigation start: when the worker started (cold), its steps (main = bundle evaluated, db_open,
 * prefetched, first_match), each `match` answer with its phases (analysis = the page's features,
 * including a cold worker's model load; reads; rest = retrieval and relations), and the model's
 * load time. Numbers only; bench:browser is the measurement of record.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../../../scripts/static-server';
import { launch } from '../../e2e/harness';
import { generateLibrary, generatePage } from '../generate';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const SIZE = Number(args.get('size') ?? 1000);
const RUNS = Number(args.get('runs') ?? 3);

function pageHtml(text: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const paras = text.split('\n\n').map((p) => `<p>${esc(p)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench page</title></head>
<body><main><article><h1>Leaders meet at the summit</h1><p class="byline">By Bench Reporter, 5 September 2016</p>
${paras}</article></main></body></html>`;
}

interface Stats { matches: Array<{ tabId?: number; at: number; ms: number; sentences: number; linked: number; phases?: Record<string, number> }>; cache: Record<string, number> }

const dir = mkdtempSync(join(tmpdir(), 'claimlens-profile-'));
writeFileSync(join(dir, 'page.html'), pageHtml(generatePage(5_000)));
const file = join(dir, 'library.json');
writeFileSync(file, JSON.stringify({ format: 'claimlens-library', version: 1, exported: new Date().toISOString(), articles: generateLibrary(SIZE) }));
const server = await startStaticServer({ '/bench/': dir });
const session = await launch();
try {
  const ext = session.ext!;
  const lib = await session.context.newPage();
  await lib.goto(ext.url('options.html'));
  const t0 = Date.now();
  await lib.locator('input[type="file"]').first().setInputFiles(file);
  await lib.locator('.lib-summary').first().waitFor({ timeout: 3_600_000 });
  const importS = (Date.now() - t0) / 1000;
  const after = (await ext.ask('debug.stats' as never, {} as never)) as { data: Stats };
  console.log(`import ${SIZE} in ${importS.toFixed(1)} s (${(SIZE / importS).toFixed(0)}/s)`, JSON.stringify(Object.fromEntries(Object.entries(after.data.cache).filter(([k]) => k.startsWith('job_')))));
  await lib.close();
  for (let i = 0; i < RUNS * 2 + 1; i++) {
    const cold = i % 2 === 1;
    if (cold) await ext.stopWorker();
    else await ext.ask('site.get', { host: 'x.invalid' });
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/bench/page.html`, { waitUntil: 'load' });
    const origin = await page.evaluate(() => performance.timeOrigin);
    const tabId = await ext.tabIdOf(page);
    await ext.waitForPageIdle(tabId, 120_000);
    const stats = ((await ext.ask('debug.stats' as never, {} as never)) as { data: Stats }).data;
    const mine = stats.matches.filter((m) => m.tabId === tabId);
    const w = stats.cache;
    const rel = (k: string) => (w[k] === undefined ? '-' : Math.round(w.worker_origin + w[k] - origin));
    console.log(`${i === 0 ? 'warm-up' : cold ? 'cold' : 'warm'}: worker start ${Math.round(w.worker_origin - origin)}, main ${rel('worker_main')}, db_open ${rel('worker_db_open')}, model fetched ${rel('worker_model_fetched')}, prefetched ${rel('worker_prefetched')}, first_match ${rel('worker_first_match')}, tagger load ${w.tagger_load_ms}`);
    console.log('   reads so far:', JSON.stringify(Object.fromEntries(Object.entries(w).filter(([k]) => /^(claims|postings|terms|articles)/.test(k)))));
    console.log('   page:', JSON.stringify(await page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming; return { dcl: Math.round(n.domContentLoadedEventEnd), load: Math.round(n.loadEventEnd), ...Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)])) }; })));
    for (const m of mine) console.log(`   asked at ${Math.round(m.at - m.ms - origin)}, answer at ${Math.round(m.at - origin)}: ${m.ms} ms, ${m.sentences} sentences, ${m.linked} linked`, JSON.stringify(m.phases));
    await page.close();
  }
} finally {
  await session.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
