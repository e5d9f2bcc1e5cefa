import { differentEvent } from './event';
import { compatible, sameKind } from './quantities';
import { matchIn, overlap, type Overlap } from './similarity';
import { isGenericSpeaker } from './speech';
import { surfaceOf } from './surface';
import type { ClaimFeatures, EventSignature, Quantity, Relation } from './types';

/** Same-fact score above which two claims are about one fact. */
export const SAME_FACT = 0.5;
/** Share of a quotation's words two speeches must share to be "the same words". */
const SAME_WORDS = 0.7;

/** A claim as the relation needs it. */
export interface RelClaim {
  text: string;
  features: ClaimFeatures;
  event?: EventSignature;
}

/** Quantities of the same kind that leave no common value: "says 90 minutes, not 20". */
function quantityClash(a: ClaimFeatures, b: ClaimFeatures): { qa: Quantity; qb: Quantity } | undefined {
  for (const qa of a.quantities) {
    const same = b.quantities.filter((qb) => sameKind(qa, qb));
    if (same.length && !same.some((qb) => compatible(qa, qb))) return { qa, qb: same[0] };
  }
  return undefined;
}

/** A concept asserted by one claim and negated by the other. */
function polarityClash(a: ClaimFeatures, b: ClaimFeatures, shared: string[]): { word: string; negatedIn: 'a' | 'b' } | undefined {
  const negA = new Set(a.negated);
  const negB = new Set(b.negated);
  const entities = new Set([...a.entities, ...b.entities]);
  for (const c of shared) {
    if (entities.has(c)) continue;
    const inB = matchIn(c, new Set(b.stems)).via ?? c;
    const na = negA.has(c);
    const nb = negB.has(inB) || negB.has(c);
    if (na !== nb) return { word: c, negatedIn: na ? 'a' : 'b' };
  }
  return undefined;
}

/** Same quoted words given to two different named people. */
function speakerClash(a: ClaimFeatures, b: ClaimFeatures): { sa: string; sb: string; words: number } | undefined {
  for (const x of a.speech) {
    for (const y of b.speech) {
      if (!(x.quoted || y.quoted)) continue;
      if (isGenericSpeaker(x.speaker) || isGenericSpeaker(y.speaker) || x.speaker === y.speaker) continue;
      const small = x.stems.length <= y.stems.length ? x.stems : y.stems;
      const other = new Set(small === x.stems ? y.stems : x.stems);
      if (small.length < 3) continue;
      const hit = small.filter((c) => matchIn(c, other).score >= 0.8).length;
      if (hit / small.length >= SAME_WORDS) return { sa: x.speakerName ?? x.speaker!, sb: y.speakerName ?? y.speaker!, words: hit };
    }
  }
  return undefined;
}

function reasonShared(o: Overlap, text: string): string {
  return o.shared.slice(0, 4).map((c) => surfaceOf(text, c)).join(', ');
}

/**
 * How claim `b` (a source) relates to claim `a` (the one being read), with a one-line reason
 * written from the reader's side: "says 90 minutes, not 20" means the source says 90.
 */
export function relate(a: RelClaim, b: RelClaim): Relation {
  const fa = a.features;
  const fb = b.features;
  const o = overlap(fa, fb);
  const score = Math.round(o.score * 1000) / 1000;
  const speaker = speakerClash(fa, fb);
  const sameFact = (o.score >= SAME_FACT && o.strong >= 2) || speaker !== undefined;
  if (!sameFact) return { relation: 'unrelated', score, why: 'no shared fact' };
  const other = differentEvent(fa, a.event, fb, b.event);
  if (other) return { relation: 'unrelated', score, why: other };

  if (speaker) return { relation: 'conflicts', score, why: `quote attributed to ${speaker.sb}, not ${speaker.sa}` };
  const q = quantityClash(fa, fb);
  if (q) return { relation: 'conflicts', score, why: `says ${q.qb.surface}, not ${q.qa.surface}` };
  const p = polarityClash(fa, fb, o.shared);
  if (p) {
    const word = surfaceOf(p.negatedIn === 'b' ? b.text : a.text, p.word);
    const why = p.negatedIn === 'b' ? `says not "${word}", where this says it did` : `says "${surfaceOf(b.text, p.word)}", where this says not`;
    return { relation: 'conflicts', score, why };
  }
  const anto = o.antonyms.find(([x, y]) => !fa.negated.includes(x) && !fb.negated.includes(y));
  if (anto) return { relation: 'conflicts', score, why: `says "${surfaceOf(b.text, anto[1])}", not "${surfaceOf(a.text, anto[0])}"` };

  const qa = fa.quantities.find((x) => fb.quantities.some((y) => sameKind(x, y)));
  if (qa) {
    const qb = fb.quantities.find((y) => sameKind(qa, y))!;
    return { relation: 'corroborates', score, why: `says ${qb.surface}, consistent with ${qa.surface}` };
  }
  const sameQuote = fa.speech.find((x) => fb.speech.some((y) => y.speaker && y.speaker === x.speaker && !isGenericSpeaker(x.speaker)));
  if (sameQuote) return { relation: 'corroborates', score, why: `same statement, also attributed to ${sameQuote.speakerName}` };
  return { relation: 'corroborates', score, why: `same fact: ${reasonShared(o, a.text)}` };
}
