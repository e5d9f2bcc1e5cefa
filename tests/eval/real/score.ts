/**
 * Scores the engine on the real-news set: every labelled pair gets the relation the engine drew
 * between its two sentences (unrelated when it drew none), and every link the engine drew that no
 * label covers is counted apart, so precision is measured on what the engine does.
 */
import type { RelationLabel } from '../../../src/engine';
import { engineLinks, sameSentence, storyPairs, type EngineLink, type LabelledPair } from './corpus';

/** A labelled pair with the engine's answer. */
export interface ScoredPair { pair: LabelledPair; got: RelationLabel; why: string; score?: number; key?: string }

/** Precision, recall and counts for one relation. */
export interface PR { precision: number; recall: number; said: number; truth: number; right: number }

/** Everything the eval prints for one half. */
export interface HalfScore {
  stories: string[];
  /** Labelled pairs (cross-story links aside). */
  pairs: number;
  perRelation: Record<'corroborates' | 'conflicts', PR>;
  /** Same-fact pairs (corroborates or conflicts) the engine linked at all. */
  sameFactRecall: number;
  /** Per failure kind: links drawn, right, precision; pairs, accuracy. */
  perKind: Record<string, { links: number; right: number; precision: number; pairs: number; accuracy: number }>;
  /** Engine links that no label covers (should be 0 once labelled). */
  unlabelled: EngineLink[];
  rows: ScoredPair[];
}

/** The story and file a label's side names: its own story's, or another's as "../<story>/<file>". */
function placeOf(p: LabelledPair, file: string): { story: string; file: string } {
  const m = /^\.\.\/([^/]+)\/(.+)$/.exec(file);
  return m ? { story: m[1], file: m[2] } : { story: p.story, file };
}

/** Does label `p` cover engine link `l` (either reading direction)? */
export function covers(p: LabelledPair, l: EngineLink): boolean {
  const [pa, pb] = [placeOf(p, p.a.file), placeOf(p, p.b.file)];
  const at = (x: { story: string; file: string }, art: EngineLink['a']) => x.story === art.story && x.file === art.file;
  const same = at(pa, l.a) && at(pb, l.b) && sameSentence(l.aText, p.a.text) && sameSentence(l.bText, p.b.text);
  const swapped = at(pb, l.a) && at(pa, l.b) && sameSentence(l.aText, p.b.text) && sameSentence(l.bText, p.a.text);
  return same || swapped;
}

const ratio = (x: number, y: number) => (y ? x / y : 1);

/** Score the stories of one half against a library holding them all. */
export async function scoreHalf(stories: string[]): Promise<HalfScore> {
  const { links } = await engineLinks(stories);
  const pairs = stories.flatMap(storyPairs);
  const rows: ScoredPair[] = pairs.map((pair) => {
    const hits = links.filter((l) => covers(pair, l));
    // Either reading direction may draw the link; a conflict either way is what a reader sees.
    const hit = hits.find((l) => l.relation === 'conflicts') ?? hits[0];
    return { pair, got: hit ? hit.relation : 'unrelated', why: hit?.why ?? '', score: hit?.score };
  });
  // Any other link between two stories is wrong (another event, another fact): it counts as said
  // and not right, once per pair of sentences, under the kind "cross-story". Only links inside a
  // story can be left unlabelled.
  const seen = new Set<string>();
  for (const l of links) {
    // A link between two stories that a label covers (the same crash told in a story about the
    // grounding it caused) is scored by that label.
    if (l.a.story === l.b.story || pairs.some((p) => covers(p, l))) continue;
    const key = [`${l.a.id}|${l.aText}`, `${l.b.id}|${l.bText}`].sort().join('||');
    if (seen.has(key)) { const row = rows.find((r) => r.key === key); if (row && l.relation === 'conflicts') row.got = 'conflicts'; continue; }
    seen.add(key);
    rows.push({
      key, got: l.relation, why: l.why, score: l.score,
      pair: { story: `${l.a.story} x ${l.b.story}`, a: { file: l.a.file, text: l.aText }, b: { file: l.b.file, text: l.bText }, label: 'unrelated', kinds: ['cross-story'] },
    });
  }
  const unlabelled = links.filter((l) => l.a.story === l.b.story && !pairs.some((p) => covers(p, l)));
  const perRelation = {} as HalfScore['perRelation'];
  for (const rel of ['corroborates', 'conflicts'] as const) {
    const said = rows.filter((r) => r.got === rel).length;
    const truth = rows.filter((r) => r.pair.label === rel).length;
    const right = rows.filter((r) => r.got === rel && r.pair.label === rel).length;
    perRelation[rel] = { precision: ratio(right, said), recall: ratio(right, truth), said, truth, right };
  }
  const same = rows.filter((r) => r.pair.label !== 'unrelated');
  const perKind: HalfScore['perKind'] = {};
  for (const r of rows) {
    for (const k of r.pair.kinds ?? []) {
      const e = (perKind[k] ??= { links: 0, right: 0, precision: 1, pairs: 0, accuracy: 0 });
      e.pairs++;
      if (r.got === r.pair.label) e.accuracy++;
      if (r.got !== 'unrelated') { e.links++; if (r.got === r.pair.label) e.right++; }
    }
  }
  for (const e of Object.values(perKind)) { e.precision = ratio(e.right, e.links); e.accuracy = ratio(e.accuracy, e.pairs); }
  return {
    stories, pairs: pairs.length, perRelation, perKind, unlabelled, rows,
    sameFactRecall: ratio(same.filter((r) => r.got !== 'unrelated').length, same.length),
  };
}
