/**
 * Sentence pairs in the style of public paraphrase and stance sets (pairs.json, written for
 * ClaimLens; not tuned on): each pair compared alone, as `claimlens compare` does (no article,
 * no event). Prints precision and recall per relation and the verdicts per kind of pair:
 * `npx tsx tests/eval/pairs/eval.ts [dev|test] [--errors]` (errors: dev half only).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareSentences, type RelationLabel } from '../../../src/engine';

const here = dirname(fileURLToPath(import.meta.url));

/** One labelled pair. */
export interface SentencePair {
  kind: string;
  label: RelationLabel;
  a: string;
  b: string;
}

/** The pairs file. */
export const pairs: SentencePair[] = (JSON.parse(readFileSync(join(here, 'pairs.json'), 'utf8')) as { pairs: SentencePair[] }).pairs;

/**
 * The half a rule may be tuned on (dev) and the half it is only measured on (test): within each
 * kind, pairs alternate dev, test, dev… in file order, so both halves hold every kind.
 */
export function splitOf(pair: SentencePair): 'dev' | 'test' {
  const same = pairs.filter((p) => p.kind === pair.kind);
  return same.indexOf(pair) % 2 === 0 ? 'dev' : 'test';
}

/** A pair with the engine's answer. */
export interface PairRow extends SentencePair {
  got: RelationLabel;
  why: string;
}

/** Compare every pair. */
export function runPairs(list: SentencePair[] = pairs): PairRow[] {
  return list.map((p) => {
    const r = compareSentences(p.a, p.b);
    return { ...p, got: r.relation, why: r.why };
  });
}

/** Precision and recall of one relation over the rows. */
export function scores(rows: PairRow[], label: RelationLabel): { said: number; right: number; labelled: number; precision: number; recall: number } {
  const said = rows.filter((r) => r.got === label).length;
  const right = rows.filter((r) => r.got === label && r.label === label).length;
  const labelled = rows.filter((r) => r.label === label).length;
  return { said, right, labelled, precision: said ? right / said : 1, recall: labelled ? right / labelled : 1 };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const half = process.argv.find((a) => a === 'dev' || a === 'test');
  const rows = runPairs(half ? pairs.filter((p) => splitOf(p) === half) : pairs);
  if (half === 'test' && process.argv.includes('--errors')) throw new Error('errors are shown for the dev half only: the test half is measured, not studied');
  console.log(`${rows.length} pairs${half ? ` (${half} half)` : ''}`);
  for (const label of ['corroborates', 'conflicts', 'unrelated'] as const) {
    const s = scores(rows, label);
    console.log(`${label.padEnd(13)} said ${String(s.said).padStart(3)}  right ${String(s.right).padStart(3)}  of ${String(s.labelled).padStart(3)}  precision ${s.precision.toFixed(2)}  recall ${s.recall.toFixed(2)}`);
  }
  const kinds = [...new Set(rows.map((r) => r.kind))];
  for (const kind of kinds) {
    const of = rows.filter((r) => r.kind === kind);
    const counts = (['corroborates', 'conflicts', 'unrelated'] as const).map((l) => `${l} ${of.filter((r) => r.got === l).length}`).join(', ');
    console.log(`  ${kind.padEnd(26)} (${of[0].label}, ${of.length}): ${counts}`);
  }
  if (process.argv.includes('--errors')) {
    for (const r of rows.filter((x) => x.got !== x.label)) console.log(`\n[${r.kind}] want ${r.label}, got ${r.got}: ${r.why}\n  a: ${r.a}\n  b: ${r.b}`);
  }
}
