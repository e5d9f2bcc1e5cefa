/**
 * Clause roles in a relation: whether two claims' predicates meet (same fact, not shared topic),
 * whether one forecasts or merely reports what the other asserts, and whether a predicate is
 * negated or turned into its antonym on one side only (a contradiction).
 */
import { compatible, sameKind } from '../claims/quantities';
import { perObject } from '../memo';
import { sameMeasure } from './figures';
import { namedIn } from './people';
import { matchIn, stemSet, weightOf } from './similarity';
import type { ClaimFeatures } from '../types';

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
export function moodMismatch(a: ClaimFeatures, b: ClaimFeatures, shared: string[]): string | undefined {
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
export function polarityClash(a: ClaimFeatures, b: ClaimFeatures, shared: string[]): { word: string; via: string; negatedIn: 'a' | 'b' } | undefined {
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
    // A graded predicate ("50 percent contained") is neither the word nor its negation.
    if (graded(a, c) || graded(b, inB)) continue;
    // The negation must govern the clashing word itself ("failed to reach a deal" / "reached a
    // deal"), not a word further along its phrase ("without ever producing a recovery").
    const na = ra.heads.has(c);
    const nb = rb.heads.has(inB);
    // The affirming side takes the word away with a verb the other lacks ("left thousands without
    // power" / "cut power to thousands"): two ways of saying it is gone.
    if (na && !nb && privativeBeyond(b, a)) continue;
    if (nb && !na && privativeBeyond(a, b)) continue;
    if (na && !nb) return { word: c, via: inB, negatedIn: 'a' };
    if (nb && !na) return { word: c, via: inB, negatedIn: 'b' };
  }
  return undefined;
}

/**
 * A thing one claim denies outright that the other affirms, wherever it stands in either sentence:
 * "closed because of dangerous surf, not a shark, and no one had been attacked" denies the subject
 * of "Shark attack closes beach". Not called a conflict (the word need not be either claim's
 * predicate), but never the same fact. Two negative accounts are left to agree.
 */
export function deniedOnOneSide(a: ClaimFeatures, b: ClaimFeatures, shared: string[]): string | undefined {
  if (!a.deniedHeads?.length === !b.deniedHeads?.length || !a.negated.length === !b.negated.length) return undefined;
  const da = new Set(a.deniedHeads ?? []);
  const db = new Set(b.deniedHeads ?? []);
  const setB = stemSet(b);
  for (const c of shared) {
    const m = matchIn(c, setB);
    if (m.score < 0.8) continue;
    if (da.has(c) || db.has(m.via ?? c)) return c;
  }
  return undefined;
}

/**
 * A shared predicate word under a forecast, plan or hope that one claim negates and the other does
 * not: "the government may raise taxes" / "will not raise taxes" is no contradiction (a forecast
 * asserts nothing yet), but it is not one fact either.
 */
export function negationDiffers(a: ClaimFeatures, b: ClaimFeatures, shared: string[]): boolean {
  if (!a.negated.length === !b.negated.length) return false;
  const ra = rolesOf(a);
  const rb = rolesOf(b);
  const setB = stemSet(b);
  for (const c of shared) {
    const m = matchIn(c, setB);
    const d = m.via ?? c;
    if (m.score < 0.8 || !ra.predicates.has(c) || !rb.predicates.has(d)) continue;
    // Only where polarityClash does not look: a forecast, plan or hope on either side.
    if (!ra.irrealis.has(c) && !rb.irrealis.has(d)) continue;
    if (ra.heads.has(c) !== rb.heads.has(d)) return true;
  }
  return false;
}

/** Stems of verbs that take away what they govern: "cut power", "lost its licence", "knocked out
 *  service", "stripped of his title". */
const PRIVATIVE = new Set(['cut', 'lose', 'knock', 'remov', 'depriv', 'strip', 'shut', 'revok', 'withdraw', 'suspend', 'halt']);

/** `f` has a verb of taking away that the other claim does not have. */
function privativeBeyond(f: ClaimFeatures, other: ClaimFeatures): boolean {
  const set = stemSet(other);
  return f.stems.some((c) => PRIVATIVE.has(c) && !set.has(c));
}

/** A shared content word (not a name) that both claims predicate: the narrow reading of
 *  `predicatesMeet`, for claims whose other words are a frame (a speaker, a place). */
export function sharePredicate(a: ClaimFeatures, b: ClaimFeatures, shared: string[]): boolean {
  const ra = rolesOf(a);
  const rb = rolesOf(b);
  const setB = stemSet(b);
  const names = new Set([...a.entities, ...b.entities]);
  return shared.some((c) => weightOf(c) >= 1 && !names.has(c) && ra.predicates.has(c) && rb.predicates.has(matchIn(c, setB).via ?? c));
}

/**
 * The claims say something of the same kind: a word of one claim's predicate (its verbs and what
 * they take) is in the other's predicate too, or both give a fitting figure of the same thing.
 * Nouns shared in passing ("the front camera" / "front and back cameras to work") are topic, not fact.
 */
export function predicatesMeet(a: ClaimFeatures, b: ClaimFeatures, shared: string[]): boolean {
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
export function samePolarity(a: ClaimFeatures, b: ClaimFeatures): boolean {
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
export function samePredicate(a: ClaimFeatures, b: ClaimFeatures): boolean {
  // One side may add a clause ("…, but there is still a possibility of progress"): the shorter
  // predicate must be mostly in the other, the longer at least partly.
  const x = predicateCover(a, b);
  const y = predicateCover(b, a);
  return Math.max(x, y) >= 0.5 && Math.min(x, y) >= 0.25;
}

/** Antonyms of time and sequence ("first"/"last" quarter, "old"/"new" rules) locate facts; they do not contradict them. */
const TIME_ANTONYMS = /^(first|last|earli|earlier|late|later|latest|previou|next|old|new|young|former|latter|past|futur|recent|final|initi|begin|end|start|finish|open|close|befor|after|old|modern|ancient)$/;

/** An antonym pair that contradicts: on both claims' asserted predicates, not a time word. */
export function predicateAntonym(a: ClaimFeatures, b: ClaimFeatures, pairs: Array<[string, string]>): [string, string] | undefined {
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

/** A percentage measures this word of the claim ("the fire was 50 percent contained"). */
function graded(f: ClaimFeatures, c: string): boolean {
  return f.quantities.some((q) => q.dim === 'percent' && (q.measure ?? []).includes(c));
}
