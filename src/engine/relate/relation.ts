import { differentEvent } from '../claims/event';
import { compatible, sameKind } from '../claims/quantities';
import { matchIn, overlap, stemSet, weightOf, type Overlap } from './similarity';
import { perObject } from '../memo';
import { isGenericSpeaker } from '../claims/speech';
import { surfaceOf } from './surface';
import type { ClaimFeatures, EventSignature, Quantity, Relation } from '../types';

/** Same-fact score above which two claims are about one fact. */
export const SAME_FACT = 0.4;
/** Least share of the longer claim the shorter must cover: a headline is not every sentence it names. */
const LONG_SIDE = 0.12;
/** Same-fact score a negation or antonym clash needs before it counts as a conflict. */
const FLIP = 0.5;
/** Least share of the shorter claim's non-name words the other must share. */
const PREDICATES = 0.2;
/** Share of a quotation's words two speeches must share to be "the same words". */
const SAME_WORDS = 0.7;

/** Words of a habitual or cumulative claim ("have met a handful of times since 2014"). */
const HABITUAL = /\b(since|times|every|usually|often|regularly|repeatedly)\b/i;

/** One claim reports a dated occasion (a weekday), the other a habit over time: not one fact. */
function occasionVsHabit(a: RelClaim, b: RelClaim): boolean {
  const da = a.features.weekdays.length > 0;
  const db = b.features.weekdays.length > 0;
  return (da && !db && HABITUAL.test(b.text)) || (db && !da && HABITUAL.test(a.text));
}

/** A claim as the relation needs it. */
export interface RelClaim {
  text: string;
  features: ClaimFeatures;
  event?: EventSignature;
}

/** Quantities of the same kind that leave no common value: "says 90 minutes, not 20". */
function quantityClash(a: ClaimFeatures, b: ClaimFeatures): { qa: Quantity; qb: Quantity } | undefined {
  if (!a.quantities.length || !b.quantities.length) return undefined;
  for (const qa of a.quantities) {
    const same = b.quantities.filter((qb) => sameKind(qa, qb));
    if (same.length && !same.some((qb) => compatible(qa, qb))) return { qa, qb: same[0] };
  }
  return undefined;
}

/** A concept asserted by one claim and negated by the other. */
function polarityClash(a: ClaimFeatures, b: ClaimFeatures, shared: string[]): { word: string; negatedIn: 'a' | 'b' } | undefined {
  if (!a.negated.length && !b.negated.length) return undefined; // most sentences negate nothing
  const negA = new Set(a.negated);
  const negB = new Set(b.negated);
  const entities = new Set([...a.entities, ...b.entities]);
  const setB = stemSet(b);
  // The other claim's words for the shared concepts, so "agreed" in one finds "agreement" in the other.
  const sharedB = shared.map((c) => matchIn(c, setB).via ?? c);
  for (const c of shared) {
    if (entities.has(c)) continue;
    const inB = matchIn(c, setB).via ?? c;
    const na = negA.has(c);
    const nb = negB.has(inB) || negB.has(c);
    // The side that affirms must affirm plainly: "failed to force a breakthrough in Syria, but
    // agreed to keep talking" negates a shared part too, and is no contradiction of "failed to agree".
    if (na && !nb && !sharedB.some((s) => s !== inB && negB.has(s))) return { word: c, negatedIn: 'a' };
    if (nb && !na && !shared.some((s) => s !== c && negA.has(s))) return { word: c, negatedIn: 'b' };
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
      if (small.length < 2 || (small.length < 3 && !(x.quoted && y.quoted))) continue;
      const hit = small.filter((c) => matchIn(c, other).score >= 0.8).length;
      if (hit / small.length >= SAME_WORDS) return { sa: x.speakerName ?? x.speaker!, sb: y.speakerName ?? y.speaker!, words: hit };
    }
  }
  return undefined;
}

/** People one claim is about that the other never names. */
/** Everyone a claim names in any way: entities, words, speakers (built once per claim). */
const namedIn = perObject((f: ClaimFeatures) => new Set([...f.entities, ...f.stems, ...f.speech.map((s) => s.speaker ?? '')]));

function unnamedIn(from: ClaimFeatures, other: ClaimFeatures): string[] {
  if (!from.people?.length) return [];
  const named = namedIn(other);
  return from.people.filter((p) => !named.has(p));
}

/**
 * Different people: each claim names someone the other never does ("Obama met Xi" / "Obama met
 * Putin"), or the shorter claim does. A longer claim naming the people a shorter one calls
 * "top diplomats" is fine.
 */
function otherPeople(a: ClaimFeatures, b: ClaimFeatures): boolean {
  if (!a.people?.length && !b.people?.length) return false;
  const ua = unnamedIn(a, b).length > 0;
  const ub = unnamedIn(b, a).length > 0;
  // The shorter claim's subject must be the other's too ("Theresa May held talks" is not "the
  // meeting was held"); a person it names in passing ("only Kerry spoke") need not be.
  const [small, big] = a.stems.length <= b.stems.length ? [a, b] : [b, a];
  const subjectMissing = !!small.subject && !namedIn(big).has(small.subject);
  return (ua && ub) || subjectMissing;
}

/** The same named person saying the same thing in other words: one statement, reported twice. */
function sameStatement(a: ClaimFeatures, b: ClaimFeatures): string | undefined {
  for (const x of a.speech) {
    for (const y of b.speech) {
      if (isGenericSpeaker(x.speaker) || x.speaker !== y.speaker) continue;
      const [small, big] = x.stems.length <= y.stems.length ? [x.stems, y.stems] : [y.stems, x.stems];
      if (small.length < 3) continue;
      const other = new Set(big);
      const hits = small.filter((c) => matchIn(c, other).score >= 0.8);
      // Filler words ("days", "reporters") count half: the content words must carry it.
      const weight = hits.reduce((n, c) => n + (weightOf(c) >= 1 ? 1 : 0.5), 0);
      if (weight >= 2.5 && hits.length / small.length >= 0.5) return x.speakerName ?? x.speaker;
    }
  }
  return undefined;
}

function reasonShared(o: Overlap, a: ClaimFeatures, text: string): string {
  const names = new Set(a.entities);
  const ordered = [...o.shared.filter((c) => !names.has(c)), ...o.shared.filter((c) => names.has(c))];
  return ordered.slice(0, 4).map((c) => surfaceOf(text, c)).join(', ');
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
  // A claim that says one thing of its names ("This is my proposal to Putin and Obama") must
  // match a claim about as short: its one word is easily found in any long sentence.
  const longSide = o.predicatesNeeded < 1.5 ? 0.25 : LONG_SIDE;
  // …and its one word must be the same word, not a synonym ("proposal" is not "suggesting").
  const oneWordOk = o.predicatesNeeded >= 1.5 || o.exactPredicates >= 1;
  const sameFact =
    (o.score >= SAME_FACT && o.strong >= 2 && o.longCoverage >= longSide && o.predicateCoverage >= PREDICATES &&
      o.sharedPredicates >= o.predicatesNeeded && oneWordOk && !otherPeople(fa, fb)) ||
    speaker !== undefined ||
    sameStatement(fa, fb) !== undefined;
  // Negation and antonyms flip a claim only when the rest of it is clearly the same claim.
  const flipOk = o.score >= FLIP && o.predicateCoverage >= 0.4;
  if (!sameFact) return { relation: 'unrelated', score, why: 'no shared fact' };
  const other = differentEvent(fa, a.event, fb, b.event);
  if (other) return { relation: 'unrelated', score, why: other };
  if (occasionVsHabit(a, b)) return { relation: 'unrelated', score, why: 'one reports an occasion, the other a habit' };

  if (speaker) return { relation: 'conflicts', score, why: `quote attributed to ${speaker.sb}, not ${speaker.sa}` };
  const q = quantityClash(fa, fb);
  if (q) return { relation: 'conflicts', score, why: `says ${q.qb.surface}, not ${q.qa.surface}` };
  const clash = polarityClash(fa, fb, o.shared);
  // What one side negates and the other affirms is never "the same fact", even when too little
  // else is shared to call it a conflict.
  if (clash && !flipOk) return { relation: 'unrelated', score, why: 'one negates what the other affirms' };
  if (clash) {
    const word = surfaceOf(clash.negatedIn === 'b' ? b.text : a.text, clash.word);
    const why = clash.negatedIn === 'b' ? `says not "${word}", where this says it did` : `says "${surfaceOf(b.text, clash.word)}", where this says not`;
    return { relation: 'conflicts', score, why };
  }
  const anto = flipOk && o.antonyms.find(([x, y]) => !fa.negated.includes(x) && !fb.negated.includes(y));
  if (anto) return { relation: 'conflicts', score, why: `says "${surfaceOf(b.text, anto[1])}", not "${surfaceOf(a.text, anto[0])}"` };

  const qa = fa.quantities.find((x) => fb.quantities.some((y) => sameKind(x, y)));
  if (qa) {
    const qb = fb.quantities.find((y) => sameKind(qa, y))!;
    return { relation: 'corroborates', score, why: `says ${qb.surface}, consistent with ${qa.surface}` };
  }
  const sameQuote = fa.speech.find((x) => fb.speech.some((y) => y.speaker && y.speaker === x.speaker && !isGenericSpeaker(x.speaker)));
  if (sameQuote) return { relation: 'corroborates', score, why: `same statement, also attributed to ${sameQuote.speakerName}` };
  return { relation: 'corroborates', score, why: `same fact: ${reasonShared(o, fa, a.text)}` };
}
