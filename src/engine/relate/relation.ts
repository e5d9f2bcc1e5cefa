import { differentEvent } from '../claims/event';
import { synonymsOf } from '../data/lexicon';
import { stem } from '../text/tokens';
import { compatible, sameKind } from '../claims/quantities';
import { matchIn, overlap, stemSet, weightOf, type Overlap } from './similarity';
import { perObject } from '../memo';
import { isGenericSpeaker } from '../claims/speech';
import { phraseOf, surfaceOf } from './surface';
import type { ClaimFeatures, EventSignature, Quantity, Relation } from '../types';

/** Same-fact score above which two claims are about one fact. */
export const SAME_FACT = 0.4;
/** Least share of the longer claim the shorter must cover: a headline is not every sentence it names. */
const LONG_SIDE = 0.12;
/** Same-fact score at which two claims say nearly the same words: no predicate check needed. */
const CLOSE = 0.65;
/** Same-fact score at which one shared content word is enough: the claims are the same words
 *  ("would not comment" / "declined to comment"). */
const NEAR_SAME = 0.9;
/** Same-fact score a negation or antonym clash needs before it counts as a conflict. */
const FLIP = 0.6;
/** Least share of the shorter claim's non-name words the other must share. */
const PREDICATES = 0.2;

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

/**
 * Two figures measure the same thing: the words around them (or synonyms) meet. A count's noun
 * is part of it ("six dead" / "seven dead"), but a common noun is not enough when both sides say
 * what happened to it ("six people killed" / "200 people hurt").
 */
function sameMeasure(qa: Quantity, qb: Quantity): boolean {
  if (qa.dim === 'count' && (!ownMeasure(qa).length || !ownMeasure(qb).length)) return true;
  return sharedMeasure(qa, qb) > 0;
}

/** A figure's measure words, its own unit and filler aside. */
function ownMeasure(q: Quantity): string[] {
  return (q.measure ?? []).filter((c) => !(q.dim === 'count' && c === q.unit) && weightOf(c) >= 1);
}

/** How many measure words (or synonyms) two figures share. */
function sharedMeasure(qa: Quantity, qb: Quantity): number {
  const set = new Set(ownMeasure(qb));
  return ownMeasure(qa).filter((c) => matchIn(c, set).score >= 0.7).length;
}

/** Whose figure: a figure's clause that names someone must name someone the other sentence names
 *  too ("Greater China fell 26.7%" / "revenue fell 5%" are two figures). */
function sameOwner(qa: Quantity, b: ClaimFeatures, qb: Quantity, a: ClaimFeatures): boolean {
  const whose = (q: Quantity, other: ClaimFeatures) => !q.about?.length || q.about.some((e) => namedIn(other).has(e));
  return whose(qa, b) && whose(qb, a);
}

/** Same-kind figures on both sides, none of which fit each other: the claims give other numbers. */
function noCommonFigure(a: ClaimFeatures, b: ClaimFeatures): boolean {
  let sameKinds = false;
  for (const qa of a.quantities) for (const qb of b.quantities) {
    if (!sameKind(qa, qb) || qa.ref || qb.ref) continue;
    if (compatible(qa, qb)) return false;
    sameKinds = true;
  }
  return sameKinds;
}

/**
 * Figures that cannot both be true: same kind, same measured thing, both levels or both changes,
 * neither a point in time ("after half an hour"), and no figure of that kind on one side that
 * fits one on the other (then the sentences agree on it, and the rest measure other things).
 */
function quantityClash(a: ClaimFeatures, b: ClaimFeatures): { qa: Quantity; qb: Quantity } | undefined {
  if (!a.quantities.length || !b.quantities.length) return undefined;
  let found: { qa: Quantity; qb: Quantity } | undefined;
  for (const qa of a.quantities) {
    for (const qb of b.quantities) {
      if (!sameKind(qa, qb)) continue;
      if (compatible(qa, qb)) return undefined;
      if (found || qa.ref || qb.ref || qa.hedged || qb.hedged || !!qa.change !== !!qb.change || !sameMeasure(qa, qb)) continue;
      if (!sameOwner(qa, b, qb, a)) continue;
      // Several figures of a kind in one sentence: which is which needs two words of what they measure.
      const several = a.quantities.filter((q) => sameKind(q, qa)).length > 1 || b.quantities.filter((q) => sameKind(q, qb)).length > 1;
      if (several && sharedMeasure(qa, qb) < 2) continue;
      found = { qa, qb };
    }
  }
  return found;
}

/** A claim's role sets, built once per claim. */
const rolesOf = perObject((f: ClaimFeatures) => ({
  negated: new Set(f.negated),
  heads: new Set(f.negatedHeads ?? f.negated),
  predicates: new Set(f.predicates ?? f.stems),
  irrealis: new Set(f.irrealis ?? []),
  unasserted: new Set(f.unasserted ?? []),
}));

/** How a concept stands in a claim: asserted, or only forecast/hoped, or reported without being vouched for. */
function moodOf(c: string, f: ClaimFeatures): 'asserted' | 'irrealis' | 'unasserted' {
  const r = rolesOf(f);
  if (r.unasserted.has(c)) return 'unasserted';
  if (r.irrealis.has(c)) return 'irrealis';
  return 'asserted';
}

/**
 * Shared predicates whose mood differs: one side reports, the other forecasts, hopes, asks, or
 * repeats someone's denial or a rumour. Such claims are not the same fact, and neither is
 * evidence against the other. Undefined when the shared predicates mostly agree in mood.
 */
function moodMismatch(a: ClaimFeatures, b: ClaimFeatures, shared: string[]): string | undefined {
  const setB = stemSet(b);
  const ra = rolesOf(a);
  const rb = rolesOf(b);
  let same = 0;
  let differ: { c: string; ma: string; mb: string } | undefined;
  let nDiffer = 0;
  for (const c of shared) {
    const inB = matchIn(c, setB).via ?? c;
    if (!ra.predicates.has(c) && !rb.predicates.has(inB)) continue;
    const ma = moodOf(c, a);
    const mb = moodOf(inB, b);
    if (ma === mb) same++;
    else { nDiffer++; differ ??= { c, ma, mb }; }
  }
  if (!differ || nDiffer < same) return undefined;
  const label = (m: string) => (m === 'irrealis' ? 'only expects or asks' : m === 'unasserted' ? 'reports a denial or claim it does not vouch for' : 'reports');
  return `one ${label(differ.ma === 'asserted' ? differ.mb : differ.ma)}, the other ${label('asserted')}`;
}

/** Is the concept inside a quotation of the claim? */
function quotedIn(f: ClaimFeatures, c: string): boolean {
  return f.speech.some((s) => s.quoted && s.stems.includes(c));
}

/**
 * A predicate asserted by one claim and negated by the other, both sides reporting (not
 * forecasting, not repeating a denial): "reached a deal" / "failed to reach a deal". Two negative
 * reports of one fact agree ("failed to agree" / "ended without agreement").
 */
function polarityClash(a: ClaimFeatures, b: ClaimFeatures, shared: string[]): { word: string; via: string; negatedIn: 'a' | 'b' } | undefined {
  if (!a.negated.length && !b.negated.length) return undefined; // most sentences negate nothing
  const ra = rolesOf(a);
  const rb = rolesOf(b);
  const entities = new Set([...a.entities, ...b.entities]);
  const setB = stemSet(b);
  // Both report a negative ("failed to force a breakthrough" / "ended without an agreement"): two
  // negative accounts of one outcome agree, even when they negate different words of it.
  if (ra.negated.size && rb.negated.size) return undefined;
  for (const c of shared) {
    // A contradiction needs the very word or a synonym on the other side, not a vector neighbour.
    if (entities.has(c) || matchIn(c, setB).score < 0.8) continue;
    const inB = matchIn(c, setB).via ?? c;
    // The clash must sit on the predicate of both claims, and both must assert it.
    if (!ra.predicates.has(c) || !rb.predicates.has(inB)) continue;
    if (moodOf(c, a) === 'irrealis' || moodOf(inB, b) === 'irrealis') continue;
    if (ra.unasserted.has(c) || rb.unasserted.has(inB)) continue;
    // Both inside quotations: two outlets quoting one speech, not two accounts that disagree.
    if (quotedIn(a, c) && quotedIn(b, inB)) continue;
    // The negation must govern the clashing word itself ("failed to reach a deal" / "reached a
    // deal"), not a word further along its phrase ("without ever producing a recovery").
    const na = ra.heads.has(c);
    const nb = rb.heads.has(inB);
    if (na && !nb) return { word: c, via: inB, negatedIn: 'a' };
    if (nb && !na) return { word: c, via: inB, negatedIn: 'b' };
  }
  return undefined;
}

/** Two display names that could be one person: a word of one name (not a title) is in the other. */
function samePerson(x: string, y: string): boolean {
  const words = (n: string) => n.toLowerCase().split(/[\s.]+/).filter((w) => w.length > 2 && !/^(the|of|and|lady|lord|baroness|baron|sir|president|chair|chief|minister|prime|judge|justice|speaker|secretary|mr|mrs|ms|dr)$/.test(w));
  const wx = new Set(words(x));
  return words(y).some((w) => wx.has(w));
}

/**
 * The same quoted words given to two different people: "gaps of trust" said by Obama in one
 * outlet and by Putin in another. Institutions speaking for their people ("the Fed" / "Yellen"),
 * one person under two names ("Baroness Hale" / "Lady Hale"), counts ("eleven justices") and
 * short quotes, which many people say, are too unsure to accuse an outlet of misattribution.
 */
function speakerClash(a: ClaimFeatures, b: ClaimFeatures): { sa: string; sb: string; words: number } | undefined {
  const people = new Set([...(a.people ?? []), ...(b.people ?? [])]);
  for (const x of a.speech) {
    for (const y of b.speech) {
      if (!(x.quoted || y.quoted)) continue;
      if (isGenericSpeaker(x.speaker) || isGenericSpeaker(y.speaker) || x.speaker === y.speaker) continue;
      const nx = x.speakerName ?? x.speaker!;
      const ny = y.speakerName ?? y.speaker!;
      if (samePerson(nx, ny) || !isPersonName(nx, people, x.speaker!) || !isPersonName(ny, people, y.speaker!)) continue;
      const small = x.stems.length <= y.stems.length ? x.stems : y.stems;
      const other = new Set(small === x.stems ? y.stems : x.stems);
      if (small.length < (x.quoted && y.quoted ? 2 : 3)) continue;
      const hit = small.filter((c) => other.has(c)).length;
      if (hit / small.length >= 0.8) return { sa: nx, sb: ny, words: hit };
    }
  }
  return undefined;
}

/** Words that make a speaker an institution, not a person ("the Fed", "the Supreme Court", "FOMC"). */
const INSTITUTION = /\b(court|bank|committee|house|ministry|office|department|agency|union|council|government|company|corp|inc|party|fed|reserve|board|commission|justices|judges|police|army|kremlin|pentagon|parliament|congress|senate)\b/i;

/** A speaker that is a person: not an institution, an acronym, a number word or a common word. */
function isPersonName(name: string, people: Set<string>, key: string): boolean {
  if (people.has(key)) return true;
  if (INSTITUTION.test(name) || /^[A-Z]{2,}$/.test(name)) return false;
  if (/^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|some|both|all)$/i.test(name)) return false;
  const words = name.split(/\s+/);
  // A single common word is a title or a role ("the outgoing Speaker"), not a name.
  if (words.length === 1 && synonymsOf(stem(name.toLowerCase())).length > 0) return false;
  return /^\p{Lu}[\p{Ll}'’-]+$/u.test(words[words.length - 1]);
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

/**
 * Each claim is what a different named person said ("Trump said … at a news conference" / "Ri held
 * a press conference to explain …"): two statements, not one fact reported twice.
 */
function otherVoices(a: ClaimFeatures, b: ClaimFeatures): [string, string] | undefined {
  const named = (f: ClaimFeatures) => f.speech.filter((x) => x.named && x.speaker && !isGenericSpeaker(x.speaker));
  const xa = named(a);
  const xb = named(b);
  if (!xa.length || !xb.length) return undefined;
  const people = new Set([...(a.people ?? []), ...(b.people ?? [])]);
  for (const x of xa) {
    for (const y of xb) {
      const nx = x.speakerName ?? x.speaker!;
      const ny = y.speakerName ?? y.speaker!;
      if (x.speaker === y.speaker || samePerson(nx, ny)) return undefined;
      if (!isPersonName(nx, people, x.speaker!) || !isPersonName(ny, people, y.speaker!)) return undefined;
    }
  }
  return [xa[0].speakerName ?? xa[0].speaker!, xb[0].speakerName ?? xb[0].speaker!];
}

/** A claim's words other than its attribution and its speakers' names. */
const reportedWords = perObject((f: ClaimFeatures) => {
  const skip = new Set([...(f.attribution ?? []), ...f.speech.map((x) => x.speaker ?? '')]);
  return f.stems.filter((c) => !skip.has(c));
});

/** The same named person saying the same thing in other words: one statement, reported twice. */
function sameStatement(a: ClaimFeatures, b: ClaimFeatures): string | undefined {
  for (const x of a.speech) {
    for (const y of b.speech) {
      if (isGenericSpeaker(x.speaker) || x.speaker !== y.speaker) continue;
      // What the sentence has that person say: quoted and reported parts alike ("told reporters
      // that a deal … may come 'within a few days'"), who said it aside.
      const xs = reportedWords(a);
      const ys = reportedWords(b);
      const [small, big] = xs.length <= ys.length ? [xs, ys] : [ys, xs];
      if (small.length < 3) continue;
      const other = new Set(big);
      const hits = small.filter((c) => matchIn(c, other).score >= 0.8);
      // Filler words ("days", "reporters") count half: the content words must carry it.
      // Names alone do not make one statement: the same person naming China twice may say two things.
      const names = new Set([...a.entities, ...b.entities]);
      const wordsOnly = hits.reduce((n, c) => n + (names.has(c) ? 0 : weightOf(c) >= 1 ? 1 : 0.5), 0);
      const weight = hits.reduce((n, c) => n + (weightOf(c) >= 1 ? 1 : 0.5), 0);
      if (weight >= 2.5 && wordsOnly >= 1.5 && hits.length / small.length >= 0.5) return x.speakerName ?? x.speaker;
    }
  }
  return undefined;
}

/**
 * The claims say something of the same kind: a word of one claim's predicate (its verbs and what
 * they take) is in the other's predicate too, or both give a fitting figure of the same thing.
 * Nouns shared in passing ("the front camera" / "front and back cameras to work") are topic, not fact.
 */
function predicatesMeet(a: ClaimFeatures, b: ClaimFeatures, shared: string[]): boolean {
  const ra = rolesOf(a);
  const rb = rolesOf(b);
  const setB = stemSet(b);
  const onA = new Set<string>();
  const onB = new Set<string>();
  const names = new Set([...a.entities, ...b.entities]);
  for (const c of shared) {
    if (weightOf(c) < 1 || names.has(c)) continue;
    const via = matchIn(c, setB).via ?? c;
    const inA = ra.predicates.has(c);
    const inB = rb.predicates.has(via);
    if (inA && inB) return true;
    if (inA) onA.add(c);
    if (inB) onB.add(via);
  }
  // Or two distinct shared words that each predicate on one side ("discussed Syria at a meeting" /
  // "met as talks ended"); one word counted once, however many of the other's words match it.
  if (onA.size + onB.size >= 2) return true;
  return a.quantities.some((x) => !x.ref && b.quantities.some((y) => !y.ref && sameKind(x, y) && compatible(x, y) && sameMeasure(x, y)));
}

/** Both claims negate something, or neither does: a negative and a positive sentence that share
 *  their words ("talks fail to produce a deal at the summit" / "they met at the summit") are not
 *  near-identical claims, whatever their overlap. */
function samePolarity(a: ClaimFeatures, b: ClaimFeatures): boolean {
  return (a.negated.length > 0) === (b.negated.length > 0);
}

/** Share of one claim's predicate words (names aside) that the other claim has, as words or synonyms. */
function predicateCover(x: ClaimFeatures, y: ClaimFeatures): number {
  const names = new Set(x.entities);
  const set = stemSet(y);
  let n = 0;
  let hit = 0;
  for (const c of rolesOf(x).predicates) {
    if (names.has(c) || weightOf(c) < 1) continue;
    n++;
    if (matchIn(c, set).score > 0) hit++;
  }
  return n ? hit / n : 0;
}

/** The same predicate on both sides, made of each other's words: a flip of one is a contradiction. */
function samePredicate(a: ClaimFeatures, b: ClaimFeatures): boolean {
  // One side may add a clause ("…, but there is still a possibility of progress"): the shorter
  // predicate must be mostly in the other, the longer at least partly.
  const x = predicateCover(a, b);
  const y = predicateCover(b, a);
  return Math.max(x, y) >= 0.5 && Math.min(x, y) >= 0.25;
}

/** Antonyms of time and sequence ("first"/"last" quarter, "old"/"new" rules) locate facts; they do not contradict them. */
const TIME_ANTONYMS = /^(first|last|earli|earlier|late|later|latest|previou|next|old|new|young|former|latter|past|futur|recent|final|initi|begin|end|start|finish|open|close|befor|after|old|modern|ancient)$/;

/** An antonym pair that contradicts: on both claims' asserted predicates, not a time word. */
function predicateAntonym(a: ClaimFeatures, b: ClaimFeatures, pairs: Array<[string, string]>): [string, string] | undefined {
  if (!pairs.length) return undefined; // most pairs of sentences hold no antonyms at all
  const ra = rolesOf(a);
  const rb = rolesOf(b);
  // About the very same things, who said it aside ("Japan fell" / "Asia rose").
  const said = (f: ClaimFeatures) => new Set([...(f.attribution ?? []), ...f.speech.map((x) => x.speaker ?? '')]);
  const sa = said(a);
  const sb = said(b);
  // The shorter claim's names must all be in the longer one, which may add a clause of its own.
  const aShort = a.stems.length <= b.stems.length;
  const missing = aShort ? a.entities.some((e) => !sa.has(e) && !namedIn(b).has(e)) : b.entities.some((e) => !sb.has(e) && !namedIn(a).has(e));
  if (missing) return undefined;
  // A figure they agree on that the antonym describes ("slid 4.5%" / "fell 4.5%, while Asia rose 1%"):
  // the other word belongs to another part of the sentence.
  const agreedOn = (x: string, y: string) => a.quantities.some((qa) => b.quantities.some((qb) =>
    sameKind(qa, qb) && compatible(qa, qb) && ((qa.measure ?? []).includes(x) || (qb.measure ?? []).includes(y))));
  return pairs.find(([x, y]) => !agreedOn(x, y) &&
    !TIME_ANTONYMS.test(x) && !TIME_ANTONYMS.test(y) &&
    ra.predicates.has(x) && rb.predicates.has(y) && !ra.negated.has(x) && !rb.negated.has(y) &&
    moodOf(x, a) === 'asserted' && moodOf(y, b) === 'asserted');
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
    (o.score >= SAME_FACT && (o.strong >= 2 || o.score >= NEAR_SAME) && o.longCoverage >= longSide && o.predicateCoverage >= PREDICATES &&
      o.sharedPredicates >= o.predicatesNeeded && oneWordOk && !otherPeople(fa, fb) &&
      ((o.score >= CLOSE && samePolarity(fa, fb)) || predicatesMeet(fa, fb, o.shared))) ||
    speaker !== undefined ||
    sameStatement(fa, fb) !== undefined;
  // Negation and antonyms flip a claim only when the rest of it is clearly the same claim.
  const flipOk = o.score >= FLIP && o.predicateCoverage >= 0.4;
  if (!sameFact) return { relation: 'unrelated', score, why: 'no shared fact' };
  const other = differentEvent(fa, a.event, fb, b.event);
  if (other) return { relation: 'unrelated', score, why: other };
  if (occasionVsHabit(a, b)) return { relation: 'unrelated', score, why: 'one reports an occasion, the other a habit' };

  if (speaker) return { relation: 'conflicts', score, why: `quote attributed to ${speaker.sb}, not ${speaker.sa}` };
  const voices = otherVoices(fa, fb);
  if (voices) return { relation: 'unrelated', score, why: `${voices[1]} says this, not ${voices[0]}: two statements` };
  const q = quantityClash(fa, fb);
  // Figures contradict only between sentences that are clearly about the same thing.
  if (q && o.score >= FLIP) return { relation: 'conflicts', score, why: `this says ${q.qa.surface}; the source says ${q.qb.surface}` };
  if (q) return { relation: 'unrelated', score, why: `gives ${q.qb.surface} where this says ${q.qa.surface}, perhaps of something else` };
  const mood = moodMismatch(fa, fb, o.shared);
  if (mood) return { relation: 'unrelated', score, why: mood };
  const clash = polarityClash(fa, fb, o.shared);
  // What one side negates and the other affirms is never "the same fact", even when too little
  // else is shared to call it a conflict.
  if (clash && !(flipOk && samePredicate(fa, fb))) return { relation: 'unrelated', score, why: 'one negates what the other affirms' };
  if (clash) {
    return { relation: 'conflicts', score, why: `this says "${phraseOf(a.text, clash.word)}"; the source says "${phraseOf(b.text, clash.via)}"` };
  }
  const anto = flipOk && samePredicate(fa, fb) && predicateAntonym(fa, fb, o.antonyms);
  if (anto) return { relation: 'conflicts', score, why: `this says "${phraseOf(a.text, anto[0])}"; the source says "${phraseOf(b.text, anto[1])}"` };

  // Other figures of the same kind, not clearly of the same thing: another fact, not a confirmation.
  if (noCommonFigure(fa, fb)) return { relation: 'unrelated', score, why: 'gives other figures, of something else' };
  // A figure confirms one of the same thing, of the same subject, both reported (an analysts'
  // estimate does not confirm a result).
  const fits = (x: Quantity, y: Quantity) =>
    !x.ref && !y.ref && !x.hedged && !y.hedged && sameKind(x, y) && compatible(x, y) && sameMeasure(x, y) && sameOwner(x, fb, y, fa);
  const qa = fa.quantities.find((x) => fb.quantities.some((y) => fits(x, y)));
  if (qa) {
    const qb = fb.quantities.find((y) => fits(qa, y))!;
    return { relation: 'corroborates', score, why: `this says ${qa.surface}; the source says ${qb.surface}, consistent` };
  }
  const sameQuote = fa.speech.find((x) => fb.speech.some((y) => y.speaker && y.speaker === x.speaker && !isGenericSpeaker(x.speaker)));
  if (sameQuote) return { relation: 'corroborates', score, why: `same statement, also attributed to ${sameQuote.speakerName}` };
  return { relation: 'corroborates', score, why: `same fact: ${reasonShared(o, fa, a.text)}` };
}
