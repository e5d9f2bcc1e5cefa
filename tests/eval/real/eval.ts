/**
 * `npx tsx tests/eval/real/eval.ts [dev|test|all] [--errors]`: precision and recall per relation
 * on each half of the real-news set, per failure kind, and the links no label covers.
 */
import { splits, storySlugs } from './corpus';
import { scoreHalf, type HalfScore } from './score';

const which = process.argv[2] ?? 'both';
const showErrors = process.argv.includes('--errors');
const halves: Array<[string, string[]]> =
  which === 'all' ? [['all', storySlugs()]] : (['dev', 'test'] as const).filter((h) => which === 'both' || which === h).map((h) => [h, splits()[h]]);

const pct = (x: number) => x.toFixed(2);
function print(name: string, s: HalfScore): void {
  console.log(`\n## ${name}: ${s.stories.length} stories, ${s.pairs} labelled pairs`);
  for (const [rel, v] of Object.entries(s.perRelation)) {
    console.log(`${rel.padEnd(13)} precision ${pct(v.precision)} (${v.right}/${v.said})  recall ${pct(v.recall)} (${v.right}/${v.truth})`);
  }
  console.log(`same-fact recall ${pct(s.sameFactRecall)}`);
  console.log('kind            links  precision  pairs  accuracy');
  for (const [k, v] of Object.entries(s.perKind).sort()) {
    console.log(`${k.padEnd(16)}${String(v.links).padStart(5)}  ${pct(v.precision).padStart(9)}  ${String(v.pairs).padStart(5)}  ${pct(v.accuracy).padStart(8)}`);
  }
  console.log(`unlabelled engine links: ${s.unlabelled.length}`);
  if (!showErrors) return;
  for (const r of s.rows.filter((x) => x.got !== x.pair.label)) {
    console.log(`\n[${r.pair.story}] label ${r.pair.label}, engine ${r.got} (${r.why}) {${(r.pair.kinds ?? []).join(',')}}\n  A ${r.pair.a.file}: ${r.pair.a.text}\n  B ${r.pair.b.file}: ${r.pair.b.text}`);
  }
  for (const l of s.unlabelled) console.log(`\n[unlabelled ${l.relation}] ${l.why}\n  A ${l.a.id}: ${l.aText}\n  B ${l.b.id}: ${l.bText}`);
}

for (const [name, stories] of halves) print(name, await scoreHalf(stories));
