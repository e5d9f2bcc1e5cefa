/**
 * Occasions of a series: the rounds of a vote, the quarters of a company's year, the legs of a
 * tie. Two reports weeks apart of one election's first round and its runoff,
 * or of a company's first and second quarter, share their names, places and vocabulary; only the
 * stage they name tells them apart. A sentence that names its stage says which it is about; a
 * sentence that names none is about its article's stage, when the article keeps to one.
 */
import type { ClaimFeatures, EventSignature } from '../types';

/** Kind of series, then a pattern per stage (first match wins per mention). */
const STAGES: Array<{ kind: string; stages: Array<[string, RegExp]> }> = [
  {
    kind: 'round',
    stages: [
      ['1', /\b(?:first|1st|opening)[- ]round\b/gi],
      ['2', /\b(?:second|2nd)[- ]round\b|\brun-?offs?\b/gi],
      ['3', /\b(?:third|3rd)[- ]round\b/gi],
    ],
  },
  {
    kind: 'quarter',
    stages: [
      ['1', /\b(?:first|1st)[- ]quarter\b|\bQ1\b/g],
      ['2', /\b(?:second|2nd)[- ]quarter\b|\bQ2\b/g],
      ['3', /\b(?:third|3rd)[- ]quarter\b|\bQ3\b/g],
      ['4', /\b(?:fourth|4th)[- ]quarter\b|\bQ4\b/g],
    ],
  },
  {
    kind: 'leg',
    stages: [
      ['1', /\b(?:first|1st)[- ]leg\b/gi],
      ['2', /\b(?:second|2nd|return)[- ]leg\b/gi],
    ],
  },
];

/** Any word a stage pattern needs. */
const ANY_STAGE = /round|run-?off|quarter|\bQ[1-4]\b|\bleg\b/i;

/** Words before a stage that make it one still to come or only supposed ("will face each other in
 *  a runoff", "head for a run-off", "if no one wins, a second round is held"). */
const AHEAD = /\b(?:will|would|could|may|might|shall|if|unless|next|upcoming|ahead of|before|until|set for|scheduled|expected|expects?|aims?|aiming|target(?:s|ed)?|goals?|plans?|planned|forecasts?|guidance|outlook|head(?:s|ing|ed)? (?:for|to|into)|go(?:es|ing)? (?:to|into)|face[sd]?|facing|force[sd]?|forcing|need(?:s|ed)?)\b/i;

/** Every stage a text reports, as "kind:stage" ("round:1", "quarter:2"), once each; a stage
 *  still to come (see AHEAD, within its clause) is not one the text reports. */
export function occasionsIn(text: string): string[] {
  // Most sentences name no stage: one test spares the per-stage patterns.
  if (!ANY_STAGE.test(text)) return [];
  const out: string[] = [];
  for (const { kind, stages } of STAGES) {
    for (const [stage, re] of stages) {
      for (const m of text.matchAll(re)) {
        const clause = text.slice(Math.max(0, m.index - 60), m.index).split(/[;:.!?]|,\s+(?:but|while|and)\b/).pop() ?? '';
        if (AHEAD.test(clause)) continue;
        out.push(`${kind}:${stage}`);
        break;
      }
    }
  }
  return out;
}

/** The one stage of `kind` a list names, or undefined when it names none or several. */
function onlyStage(list: string[] | undefined, kind: string): string | undefined {
  const of = new Set((list ?? []).filter((o) => o.startsWith(`${kind}:`)));
  return of.size === 1 ? [...of][0] : undefined;
}

/**
 * An article's stage of each series: the stage its sentences name most, at least twice and at
 * least twice as often as any other of that kind ("first quarter" in a first-quarter report that
 * also compares with the fourth).
 */
export function articleOccasions(claims: ClaimFeatures[]): string[] {
  const counts = new Map<string, number>();
  for (const c of claims) for (const o of c.occasions ?? []) counts.set(o, (counts.get(o) ?? 0) + 1);
  // The headline and the lead say what the article is about; background comes later.
  const opening = claims.slice(0, LEAD).flatMap((c) => c.occasions ?? []);
  const out: string[] = [];
  for (const { kind } of STAGES) {
    const lead = onlyStage(opening, kind);
    if (lead) { out.push(lead); continue; }
    if (opening.some((o) => o.startsWith(`${kind}:`))) continue; // the opening names several
    const of = [...counts].filter(([o]) => o.startsWith(`${kind}:`)).sort((x, y) => y[1] - x[1]);
    if (of.length && of[0][1] >= 2 && (of.length === 1 || of[0][1] >= 2 * of[1][1])) out.push(of[0][0]);
  }
  return out;
}

/** How many of an article's first claims (headline, lead) name its stage. */
const LEAD = 2;

/** Display of a stage for reasons ("round:2" -> "round 2"). */
function shown(o: string): string {
  return o.replace(':', ' ');
}

/**
 * Why two claims are about different stages of one series, or undefined: each claim's own stage
 * when it names one, else its article's.
 */
export function otherOccasion(a: ClaimFeatures, ea: EventSignature | undefined, b: ClaimFeatures, eb: EventSignature | undefined): string | undefined {
  // Most claims and articles name no stage: nothing to compare (this runs for every candidate).
  if ((!a.occasions && !ea?.occasions) || (!b.occasions && !eb?.occasions)) return undefined;
  for (const { kind } of STAGES) {
    const oa = ownStage(a, kind) ?? onlyStage(ea?.occasions, kind);
    const ob = ownStage(b, kind) ?? onlyStage(eb?.occasions, kind);
    if (oa && ob && oa !== 'several' && ob !== 'several' && oa !== ob) return `about another stage (${shown(ob)}, not ${shown(oa)})`;
  }
  return undefined;
}

/** The stage of `kind` a claim itself names: one, 'several', or undefined when it names none. */
function ownStage(c: ClaimFeatures, kind: string): string | undefined {
  if (!c.occasions?.some((o) => o.startsWith(`${kind}:`))) return undefined;
  return onlyStage(c.occasions, kind) ?? 'several';
}
