/**
 * The labelled quality measurement: relations on hand-labelled pairs (precision and recall per
 * label), unlinked on-topic sentences and boilerplate. Used by quality.test.ts (which enforces
 * the thresholds) and runnable alone: `npx tsx tests/eval/quality.ts` prints the table.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { featuresInContext } from '../../src/engine/claims/context';
import { relate, type RelClaim } from '../../src/engine/relate/relation';
import { analyzeArticle, isClaimWorthy, matchPage, MemoryLibrary, type ArticleInput, type RelationLabel } from '../../src/engine';
import { readCorpusFile } from '../../src/cli/corpus';

const here = dirname(fileURLToPath(import.meta.url));
const SEEDS = join(here, '..', '..', 'seeds');

interface Ref { doc: string; text: string }
interface Pair { a: Ref; b: Ref | string; label: RelationLabel; note: string }
interface Labels { seedPairs: Pair[]; mutations: Pair[]; unlinked: string[]; boilerplate: string[] }

/** The labels file. */
export const labels: Labels = JSON.parse(readFileSync(join(here, 'labels.json'), 'utf8'));

const files = ['000_4709e33d23a5151a', '001_7509974f06f9e3fc', '002_fb9aa70f9a0b43c6', '003_41b868dbc988e1ab', '004_4f6c05089ed85c55'];
const manifest = JSON.parse(readFileSync(join(SEEDS, 'manifest.json'), 'utf8'));
/** The seed articles as the library reads them. */
export const seedArticles: ArticleInput[] = files.map((f) => readCorpusFile(join(SEEDS, `${f}.txt`), manifest));
const analyzed = seedArticles.map((a) => analyzeArticle(a));

/** A seed claim in its article's context, found by the start of its sentence. */
export function seedClaim(ref: Ref): RelClaim {
  const art = analyzed.find((a) => a.record.id.startsWith(ref.doc));
  const c = art?.claims.find((x) => x.text.replace(/\s+/g, " ").startsWith(ref.text));
  if (!art || !c) throw new Error(`label refers to no seed sentence: ${ref.doc} "${ref.text}"`);
  return { text: c.text, features: c.features, event: art.record.event };
}

/** A sentence written for the set, read alone. */
function loneClaim(text: string): RelClaim {
  return { text, features: featuresInContext([text])[0] };
}

export interface Row { pair: Pair; got: RelationLabel; why: string; score: number }

/** Relate every labelled pair. */
export function runPairs(pairs: Pair[]): Row[] {
  return pairs.map((pair) => {
    const a = seedClaim(pair.a);
    const b = typeof pair.b === 'string' ? loneClaim(pair.b) : seedClaim(pair.b);
    const r = relate(a, b);
    return { pair, got: r.relation, why: r.why, score: r.score };
  });
}

/** Precision and recall per label. */
export function scores(rows: Row[]): Record<RelationLabel, { precision: number; recall: number; n: number }> {
  const out = {} as Record<RelationLabel, { precision: number; recall: number; n: number }>;
  for (const label of ['corroborates', 'conflicts', 'unrelated'] as RelationLabel[]) {
    const truth = rows.filter((r) => r.pair.label === label);
    const said = rows.filter((r) => r.got === label);
    const tp = truth.filter((r) => r.got === label).length;
    out[label] = { precision: said.length ? tp / said.length : 1, recall: truth.length ? tp / truth.length : 1, n: truth.length };
  }
  return out;
}

/** The seed library, as the extension ships it. */
export function seedLibrary(): MemoryLibrary {
  const lib = new MemoryLibrary();
  analyzed.forEach((a, i) => lib.add(a, seedArticles[i].text));
  return lib;
}

/** Sentences (unlinked set or boilerplate) that the matcher links to a seed anyway. */
export async function linkedAnyway(sentences: string[]): Promise<string[]> {
  const lib = seedLibrary();
  const out: string[] = [];
  for (const s of sentences) {
    const claims = await matchPage([{ id: 'x', text: s }], {}, lib);
    if (claims.length) out.push(`${s}  ->  ${claims[0].sources[0].relation}: ${claims[0].sources[0].text.slice(0, 60)} (${claims[0].sources[0].why})`);
  }
  return out;
}

/** Boilerplate lines that pass as claims. */
export function boilerplateClaims(): string[] {
  return labels.boilerplate.filter((b) => isClaimWorthy(b));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = runPairs([...labels.seedPairs, ...labels.mutations]);
  for (const r of rows) {
    const mark = r.got === r.pair.label ? '  ' : 'XX';
    const b = typeof r.pair.b === 'string' ? r.pair.b : r.pair.b.text;
    console.log(`${mark} ${r.pair.label.padEnd(12)} got ${r.got.padEnd(12)} ${r.score.toFixed(2)} ${r.pair.a.text.slice(0, 40)} | ${b.slice(0, 50)} | ${r.why}`);
  }
  console.table(scores(rows));
  console.log('linked anyway:', await linkedAnyway(labels.unlinked));
  console.log('boilerplate as claims:', boilerplateClaims());
}
