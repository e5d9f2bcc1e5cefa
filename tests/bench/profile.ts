/**
 * `npx tsx tests/bench/profile.ts [articles]`: where the engine spends its time. CPU-profiles two
 * phases separately with the inspector (indexing, then matching the bench page) and prints, per
 * phase, the functions with the most self time and the engine functions with the most total time
 * (`PROF_ALL=1`: all functions, wink-nlp's included).
 */
import { Session } from 'node:inspector/promises';
import { analyzeArticle, isClaimWorthy, MemoryLibrary, matchPage, splitSentences } from '../../src/engine/index';
import { generateLibrary, generatePage } from './generate';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });

async function profiled(label: string, per: number, f: () => Promise<void> | void): Promise<void> {
  await session.post('Profiler.start');
  const t = performance.now();
  await f();
  const ms = performance.now() - t;
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  report(label, ms, per, profile);
}

function nameOf(n: ProfileNode): string {
  const file = n.callFrame.url.replace(/^.*\/(src|tests|node_modules)\//, '$1/');
  return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
}

/** Prints self time and (for engine code) inclusive time per function, in ms per unit of work. */
function report(label: string, ms: number, per: number, p: Profile): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const selfByName = new Map<string, number>();
  for (const [id, t] of self) selfByName.set(nameOf(byId.get(id)!), (selfByName.get(nameOf(byId.get(id)!)) ?? 0) + t);
  // Inclusive time, each function counted once per stack (so recursion is not double counted).
  const incl = new Map<string, number>();
  const walk = (id: number, onStack: Set<string>): number => {
    const n = byId.get(id)!;
    let t = self.get(id) ?? 0;
    const name = nameOf(n);
    const fresh = !onStack.has(name);
    if (fresh) onStack.add(name);
    for (const c of n.children ?? []) t += walk(c, onStack);
    if (fresh) {
      onStack.delete(name);
      incl.set(name, (incl.get(name) ?? 0) + t);
    }
    return t;
  };
  walk(p.nodes[0].id, new Set());
  // The profiler's own bookkeeping ('dispatch', when the profile is handed over) is not the engine's.
  const pct = (t: number) => `${((100 * t) / total).toFixed(1).padStart(5)}%  ${(t / per).toFixed(2).padStart(8)} ms`;
  console.log(`\n== ${label}: ${ms.toFixed(0)} ms wall, ${total.toFixed(0)} ms sampled; ms columns are per unit (1/${per})`);
  console.log('-- self time');
  for (const [k, t] of [...selfByName].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`${pct(t)}  ${k}`);
  console.log('-- total time, engine functions');
  for (const [k, t] of [...incl].filter(([k]) => k.includes(process.env.PROF_ALL ? '' : 'src/engine')).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROF_TOP ?? 22))) console.log(`${pct(t)}  ${k}`);
}

const count = Number(process.argv[2] ?? 10_000);
const articles = generateLibrary(count);
const lib = new MemoryLibrary();
await profiled(`index ${count} articles`, count, () => {
  for (const a of articles) lib.add(analyzeArticle(a, 0));
});
const page = splitSentences(generatePage(5_000)).filter((s) => isClaimWorthy(s.text)).map((s, i) => ({ id: `s${i}`, text: s.text }));
for (let i = 0; i < 2; i++) await matchPage(page, {}, lib);
await profiled('match the 5,000-word page x5', 5, async () => {
  for (let i = 0; i < 5; i++) await matchPage(page, { url: 'https://example.org/p' }, lib);
});
session.disconnect();
