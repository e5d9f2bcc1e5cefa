import { aliveVsDead, otherFate } from './casualties';
import { otherGroup } from './groups';
import { otherOutcome } from './outcomes';
import { momentsOf, otherMoment, unsharedMoment, type Moments } from './moments';
import { differentEvent } from '../claims/event';
import { changeVsLevel } from './directions';
import { otherOffice } from './offices';
import { insideOutside } from './inside-outside';
import { tiedPerson } from './possessed';
import { confirms, sameKind, writesNumber } from '../claims/quantities';
import { isGenericSpeaker } from '../claims/speech';
import { clearClash, everyFigureDiffers, noCommonFigure, otherCountMoment, otherNumbers, provisional, quantityClash, running, sameMeasure, sameOwner } from './figures';
import { eachNamesOthers, otherActors, otherPeople, otherVoices, roleClash, sameSpeaker, sameStatement, speakerClash, withheld } from './people';
import { moodMismatch, deniedOnOneSide, negationDiffers, polarityClash, predicateAntonym, predicatesMeet, samePolarity, samePredicate, sharePredicate } from './roles';
import { matchIn, overlap, stemSet, weightOf, type Overlap } from './similarity';
import { phraseOf, surfaceOf } from './surface';
import { sharedDetail, type Specificity } from './specificity';
import { swappedRoles, tradedNames } from './swaps';
import { STOP_WORDS } from '../text/stopwords';
import { boundedMemo } from '../memo';
import type { ClaimFeatures, EventSignature, Quantity, Relation } from '../types';

/** Same-fact score above which two claims are about one fact. */
export const SAME_FACT = 0.4;
/** Least share of the longer claim the shorter must cover: a headline is not every sentence it names. */
const LONG_SIDE = 0.12;
/** Same-fact score at which two claims say nearly the same words: no predicate check needed. */
const CLOSE = 0.65;
/** Same-fact score at which two claims share nearly all their words: what either predicates (as
 *  the tagger reads it) need not be checked. */
const SAME_WORDS = 0.75;
/** Same-fact score at which one shared content word is enough: the claims are the same words
 *  ("would not comment" / "declined to comment"). */
const NEAR_SAME = 0.9;
/** Same-fact score a negation or antonym clash needs before it counts as a conflict. */
const FLIP = 0.6;
/** Least share of the claim's rarity-weighted words the source must have (see specificity.ts)… */
const CLAIM_DETAIL = 0.5;
/** …and least share of the source's that the claim must have: a source mostly about other things
 *  shares a topic with the claim, not its fact. */
const SOURCE_DETAIL = 0.25;
/** …unless the source has nearly all of the claim's: then it confirms the whole claim. */
const WHOLE_CLAIM = 0.85;
/** Least words two quotations share to be one statement quoted twice… */
const SHARED_QUOTE_WORDS = 5;
/** …of which content words (not stop words). */
const SHARED_QUOTE_CONTENT = 3;
/** Least share of the shorter claim's non-name words the other must share. */
const PREDICATES = 0.2;

/** Words of a habitual or cumulative claim ("have met a handful of times since 2014"). */
const HABITUAL = /\b(since|times|every|usually|often|regularly|repeatedly)\b/i;

/** Both claims are reported speech, and no speaker is the same on both sides (an unnamed
 *  "official" on both may be one person; an unknown speaker may be anyone). */
function twoParties(a: ClaimFeatures, b: ClaimFeatures): boolean {
  if (!a.speech.length || !b.speech.length) return false;
  return !a.speech.some((x) => x.speaker !== undefined && b.speech.some((y) => sameSpeaker(y.speaker, x.speaker)));
}

const MONTH_STEMS = /^(januari|februari|march|april|mai|june|juli|august|septemb|octob|novemb|decemb)$/;

/** The times a claim names: weekdays, months, years. */
function timesOf(f: ClaimFeatures): string[] {
  return [...f.weekdays.map(String), ...f.years.map(String), ...f.stems.filter((c) => MONTH_STEMS.test(c))];
}

/** A claim names a time and the two share none ("… in June" / no time at all; "Sunday" / "Monday"). */
function otherTime(a: ClaimFeatures, b: ClaimFeatures): boolean {
  const ta = timesOf(a);
  const tb = timesOf(b);
  return (ta.length > 0 || tb.length > 0) && !ta.some((t) => tb.includes(t));
}

/** A content word of what the negative claim's negated verb takes, or of the rest of its clause,
 *  that the other claim lacks: "did not improve survival" is not contradicted by "improved
 *  quality of life", nor "did not score in the semifinal" by "scored in the final". */
function negatedBeyond(neg: ClaimFeatures, pos: ClaimFeatures): string | undefined {
  const names = new Set([...neg.entities, ...pos.entities]);
  const set = stemSet(pos);
  return [...(neg.negatedObjects ?? []), ...(neg.negatedClause ?? [])].find((c) => !names.has(c) && weightOf(c) >= 1 && matchIn(c, set).score === 0);
}

/** Both articles are dated, to different days. */
function otherDays(x: EventSignature | undefined, y: EventSignature | undefined): boolean {
  return !!x?.date && !!y?.date && x.date.slice(-5) !== y.date.slice(-5);
}

/** Both claims come from articles (events given) and one has no date at all, not even a month and day. */
function undated(x: EventSignature | undefined, y: EventSignature | undefined): boolean {
  return !!x && !!y && (!x.date || !y.date);
}

/** Both claims name a weekday, and not the same one. */
function otherWeekday(a: ClaimFeatures, b: ClaimFeatures): boolean {
  return a.weekdays.length > 0 && b.weekdays.length > 0 && !a.weekdays.some((d) => b.weekdays.includes(d));
}

/** A figure of another kind than `clash` on which the two claims agree. */
function otherFigureAgrees(a: ClaimFeatures, b: ClaimFeatures, clash: Quantity): boolean {
  return a.quantities.some((x) => !x.ref && !sameKind(x, clash) && b.quantities.some((y) => !y.ref && sameKind(x, y) && confirms(x, y)));
}

/** Both articles are dated to the same day. */
function sameDay(x: EventSignature | undefined, y: EventSignature | undefined): boolean {
  return !!x?.date && !!y?.date && !x.date.startsWith('-') && x.date === y.date;
}

/** One claim reports a dated occasion (a weekday), the other a habit over time: not one fact. */
function occasionVsHabit(a: RelClaim, b: RelClaim): boolean {
  const da = a.features.weekdays.length > 0;
  const db = b.features.weekdays.length > 0;
  return (da && !db && HABITUAL.test(b.text)) || (db && !da && HABITUAL.test(a.text));
}

/** A count a headline gives bare, after the verb that moved it: "death toll rises to 241",
 *  "climbs to 1,200" (not a year: "rose to 2019 levels"). */
const MOVED_TO_COUNT = /\b(?:rises|rose|risen|climbs|climbed|jumps|jumped|soars|soared|falls|fell|drops|dropped|reaches|reached|hits|hit)\s+(?:to\s+)?(?:more than |at least |nearly |almost |about |over )?(?!(?:19|20)\d\d\b)\d[\d,]*\b(?!\s*(?:%|percent|per cent))/i;

/** The claim read gives a figure as its point (not a point in time, not in an aside: "The
 *  meeting, which lasted more than an hour, was longer than planned") and the source gives none. */
function oneSidedFigure(a: RelClaim, b: RelClaim): boolean {
  // A source that writes a number says something of the figure, even where it is not read as a quantity.
  if (b.features.quantities.length || writesNumber(b.text)) return false;
  return a.features.quantities.some((q) => !q.ref && !inAside(a.text, q.start)) || MOVED_TO_COUNT.test(a.text);
}


/** Is offset `at` inside a relative clause or parenthesis opened before it (", which …", "(…",
 *  " — …") and not closed before it? */
function inAside(text: string, at: number): boolean {
  const before = text.slice(0, at);
  let open = -1;
  for (const m of before.matchAll(/,\s+(?:which|who|whose|where)\b|\(|\s[—–]\s/gi)) open = m.index + m[0].length;
  return open >= 0 && !/[,)—–]/.test(before.slice(open));
}

/** Some word either claim predicates is in the other: near wording that shares only a noun phrase
 *  ("the San Jose copper and gold mine in the northern Atacama desert caved in" / "… stepped out
 *  above the San Jose gold and copper mine in the northern Atacama desert") says two things of it. */
function saysSomethingShared(a: ClaimFeatures, b: ClaimFeatures): boolean {
  const said = (x: ClaimFeatures, y: ClaimFeatures) => {
    const set = stemSet(y);
    return (x.predicates ?? []).some((c) => !x.entities.includes(c) && matchIn(c, set).score > 0);
  };
  // A side whose predicate the tagger did not find ("would open in 2027" read as an adjective)
  // leaves the other side's: what that one predicates must then be in it.
  if (!a.predicates?.length && !b.predicates?.length) return true;
  return said(a, b) || said(b, a);
}

/** Words of the quotations in a text, by quotation, lower-cased (remembered: a page's claim meets
 *  every candidate). */
const quotationsOf = boundedMemo(4000, (text: string): string[][] =>
  [...text.matchAll(/["“]([^"”]{12,})["”]/g)].map((m) => m[1].toLowerCase().match(/[a-z0-9']+/g) ?? []));

/** The shorter of two quotations sharing at least five words and most of the shorter one's, if any
 *  (its opening words, for the reason). */
function sharedQuotation(a: string, b: string): string | undefined {
  if (!a.includes('"') && !a.includes('“')) return undefined;
  const qa = quotationsOf(a);
  if (!qa.length) return undefined;
  for (const x of qa) {
    for (const y of quotationsOf(b)) {
      const [small, big] = x.length <= y.length ? [x, y] : [y, x];
      const set = new Set(big);
      const hits = small.filter((w) => set.has(w));
      // Content words too: a legal formula ("unlawful, void and of no effect") said of two things
      // shares its little words, not what it is said of.
      const content = hits.filter((w) => !STOP_WORDS.has(w)).length;
      if (hits.length >= SHARED_QUOTE_WORDS && content >= SHARED_QUOTE_CONTENT && hits.length >= 0.7 * small.length) return small.slice(0, 8).join(' ') + (small.length > 8 ? '…' : '');
    }
  }
  return undefined;
}

/** Two quotations share at least two words and half of the shorter one's. */
function quotesMeet(x: string[], y: string[]): boolean {
  const [small, big] = x.length <= y.length ? [x, y] : [y, x];
  const set = new Set(big);
  const hit = small.filter((c) => matchIn(c, set).score > 0).length;
  return hit >= 2 && hit >= 0.5 * small.length;
}

/** Words that put a statement on an earlier occasion than the news ("had warned earlier this
 *  month", "said a few weeks ago", "last year"). */
const PAST_OCCASION = /\b(?:earlier this (?:week|month|year)|last (?:week|month|year)|(?:a few|two|three|four|several|\d+) (?:days|weeks|months|years) ago|a (?:day|week|month|year) ago|previously)\b/i;

/** Both claims report what one named speaker said. */
function oneSpeaker(a: ClaimFeatures, b: ClaimFeatures): boolean {
  return a.speech.some((x) => !isGenericSpeaker(x.speaker) && b.speech.some((y) => sameSpeaker(y.speaker, x.speaker)));
}

/** Two words both claims have stand in one order in one claim and the other order in the other
 *  (a claim's stems are in sentence order): the cheap test before reading roles (swaps.ts). */
function sharedOutOfOrder(a: ClaimFeatures, b: ClaimFeatures): boolean {
  const at = new Map(b.stems.map((c, i) => [c, i]));
  let last = -1;
  for (const c of a.stems) {
    const i = at.get(c);
    if (i === undefined) continue;
    if (i < last) return true;
    last = i;
  }
  return false;
}

/** A claim as the relation needs it. */
export interface RelClaim {
  text: string;
  features: ClaimFeatures;
  event?: EventSignature;
}

function reasonShared(o: Overlap, a: ClaimFeatures, text: string): string {
  const names = new Set(a.entities);
  const ordered = [...o.shared.filter((c) => !names.has(c)), ...o.shared.filter((c) => names.has(c))];
  return ordered.slice(0, 4).map((c) => surfaceOf(text, c)).join(', ');
}

/** A claim's moments, read once per claim (a page claim meets many candidates). */
const MOMENTS = new WeakMap<ClaimFeatures, Moments>();
function momentsOfClaim(c: RelClaim): Moments {
  let m = MOMENTS.get(c.features);
  if (!m) MOMENTS.set(c.features, (m = momentsOf(c.text)));
  return m;
}

/**
 * How claim `b` (a source) relates to claim `a` (the one being read), with a one-line reason
 * naming both sides from the reader's: "this says 20 minutes; the source says 90 minutes".
 */
export function relate(a: RelClaim, b: RelClaim, spec?: Specificity): Relation {
  const fa = a.features;
  const fb = b.features;
  const o = overlap(fa, fb);
  const score = Math.round(o.score * 1000) / 1000;
  const speaker = speakerClash(fa, fb) ?? roleClash(fa, fb);
  // A claim that says one thing of its names ("This is my proposal to Putin and Obama") must
  // match a claim about as short: its one word is easily found in any long sentence.
  const longSide = o.predicatesNeeded < 1.5 ? 0.25 : LONG_SIDE;
  // …and its one word must be the same word, not a synonym ("proposal" is not "suggesting").
  const oneWordOk = o.predicatesNeeded >= 1.5 || o.exactPredicates >= 1;
  const sameFact =
    (o.score >= SAME_FACT && (o.strong >= 2 || o.score >= NEAR_SAME) && o.longCoverage >= longSide && o.predicateCoverage >= PREDICATES &&
      o.sharedPredicates >= o.predicatesNeeded && oneWordOk && !otherPeople(fa, fb) && !otherActors(fa, fb) &&
      ((o.score >= CLOSE && samePolarity(fa, fb) && (o.score >= SAME_WORDS || saysSomethingShared(fa, fb))) || predicatesMeet(fa, fb, o.shared))) ||
    speaker !== undefined ||
    (sameStatement(fa, fb) !== undefined && !eachNamesOthers(fa, fb));
  // Negation and antonyms flip a claim only when the rest of it is clearly the same claim.
  const flipOk = o.score >= FLIP && o.predicateCoverage >= 0.4;
  // The same words quoted on both sides ("wanted the sanctions lifted in their entirety") are one
  // statement reported twice, however differently each sentence frames it; unless each gives it
  // to someone else (a misattribution, weighed below).
  const quoted = !speaker && sharedQuotation(a.text, b.text);
  if (!sameFact && !quoted) return { relation: 'unrelated', score, why: 'no shared fact' };
  // Who does what to whom is the fact: nearly the same words with the roles the other way round
  // are another claim (not called a conflict: "the mayor criticised the chief" and the reverse may both be true).
  const swap = (o.score >= SAME_WORDS && sharedOutOfOrder(fa, fb) ? swappedRoles(a.text, b.text) : undefined) ?? tradedNames(a.text, b.text);
  if (swap) return { relation: 'unrelated', score, why: `the roles are the other way round (${surfaceOf(a.text, swap[0])} / ${surfaceOf(a.text, swap[1])})` };
  const other = differentEvent(fa, a.event, fb, b.event);
  if (other) return { relation: 'unrelated', score, why: other };
  // (…of one event: a speech quoted again a year on is another story.)
  if (quoted) return { relation: 'corroborates', score, why: `the same words quoted: "${quoted}"` };
  // An undated article cannot be placed in time by its date: a day the claim names is all there is
  // ("the quake hit early on Wednesday" / "… struck on Sunday, four days after …").
  if (undated(a.event, b.event) && otherWeekday(fa, fb)) return { relation: 'unrelated', score, why: 'about another day (an article is undated)' };
  if (occasionVsHabit(a, b)) return { relation: 'unrelated', score, why: 'one reports an occasion, the other a habit' };
  if (aliveVsDead(a.text, b.text)) return { relation: 'unrelated', score, why: 'one reports them alive, the other dead' };

  if (speaker) return { relation: 'conflicts', score, why: `quote attributed to ${speaker.sb}, not ${speaker.sa}` };
  // "Yellen declined to say when …" reports no statement: what the other has her say is not confirmed by it.
  if (withheld(fa) !== withheld(fb) && oneSpeaker(fa, fb)) return { relation: 'unrelated', score, why: 'one says the speaker would not say it' };
  // "Cook had warned earlier this month that …" / "Cook said … ": one speaker on two occasions.
  if (PAST_OCCASION.test(a.text) !== PAST_OCCASION.test(b.text) && oneSpeaker(fa, fb)) {
    return { relation: 'unrelated', score, why: 'the same speaker on another occasion' };
  }
  const voices = otherVoices(fa, fb);
  if (voices) return { relation: 'unrelated', score, why: `${voices[1]} says this, not ${voices[0]}: two statements` };
  // "Resign as party leader" / "resign as prime minister": two posts, two facts.
  const office = otherOffice(a.text, b.text);
  if (office) return { relation: 'unrelated', score, why: `another post (${office})` };
  const tied = tiedPerson(a.text, b.text);
  if (tied) return { relation: 'unrelated', score, why: `another person (${tied})` };
  const place = insideOutside(a.text, b.text);
  if (place) return { relation: 'unrelated', score, why: `one says in ${/^[a-z]/.test(place) ? `the ${place}` : place}, the other outside it` };
  // Different scores or verdicts: set apart, never confirmed (nor called a conflict: a half-time
  // score, one count of several).
  const outcome = otherOutcome(a.text, b.text);
  if (outcome) return { relation: 'unrelated', score, why: outcome };
  // Figures of different times ("in March" / "in April", "opened" / "closed") or of different
  // people ("killed" / "injured"): other facts, that neither confirm nor contradict each other.
  if (fa.quantities.length && fb.quantities.length) {
    const when = otherMoment(momentsOfClaim(a), momentsOfClaim(b)) ?? otherCountMoment(a.text, b.text);
    if (when) return { relation: 'unrelated', score, why: `figures of another time (${when})` };
    const fate = otherFate(a.text, b.text);
    if (fate) return { relation: 'unrelated', score, why: `figures of other people (${fate})` };
    const group = otherGroup(a.text, b.text);
    if (group) return { relation: 'unrelated', score, why: `figures of other groups (${group})` };
  }
  const q = quantityClash(fa, fb);
  // A running count ("has risen to 30", "now stands at 79", "so far") is true of its hour: another
  // figure is another moment of it, not a contradiction, unless both were filed the same day. So
  // is any count or share in reports filed on different days: tolls, evacuees, strikers, votes
  // counted and vote shares all move while a story runs, and two rounds of a vote are days apart
  // (a conflict needs the same thing at the same time). A duration or a sum of money reported a
  // day later is still the same meeting's length or quarter's revenue.
  const moving = q && (running(a.text, q.qa) || running(b.text, q.qb) || ((q.qa.dim === 'count' || q.qa.dim === 'percent') && otherDays(a.event, b.event)));
  // An exit poll, an estimate or a partial count is true of its moment on any day.
  if (q && ((moving && !sameDay(a.event, b.event)) || provisional(a.text) || provisional(b.text))) {
    return { relation: 'unrelated', score, why: `gives ${q.qb.surface} where this says ${q.qa.surface}, perhaps at another time` };
  }
  // Figures contradict only between sentences that are clearly about the same thing, figures
  // that say what they measure in the same words, and not a mere rounding.
  if (q && o.score >= FLIP && clearClash(q.qa, q.qb)) {
    if (everyFigureDiffers(fa, fb)) return { relation: 'unrelated', score, why: `gives ${q.qb.surface} where this says ${q.qa.surface}, and no figure in common: other measures` };
    const when = unsharedMoment(momentsOfClaim(a), momentsOfClaim(b));
    if (when) return { relation: 'unrelated', score, why: `gives ${q.qb.surface} where this says ${q.qa.surface}, perhaps at another time (${when})` };
    // A figure conflict is of one event at one time. An article with no date anywhere may be of
    // another event of the same kind ("Turnout was 84.6 percent", Scotland 2014, against "71.8 per
    // cent", Brexit 2016): only another figure both agree on ("the 24-storey tower of 120 flats" /
    // "… 24-storey tower, with 127 flats") shows it is the same thing.
    if (undated(a.event, b.event) && !otherFigureAgrees(fa, fb, q.qa)) {
      return { relation: 'unrelated', score, why: `gives ${q.qb.surface} where this says ${q.qa.surface}, perhaps of another event (an article is undated)` };
    }
    return { relation: 'conflicts', score, why: `this says ${q.qa.surface}; the source says ${q.qb.surface}` };
  }
  if (q) return { relation: 'unrelated', score, why: `gives ${q.qb.surface} where this says ${q.qa.surface}, perhaps of something else` };
  // An exit poll or an estimate that a count bears out is still an estimate: it does not confirm the count.
  if (provisional(a.text) !== provisional(b.text) && fa.quantities.some((x) => !x.ref && fb.quantities.some((y) => !y.ref && sameKind(x, y)))) {
    return { relation: 'unrelated', score, why: `one gives ${provisional(a.text) ? 'this' : 'its'} figure as an estimate or partial count, the other as a result` };
  }
  if (changeVsLevel({ text: a.text, figures: fa.quantities.length }, { text: b.text, figures: fb.quantities.length })) {
    return { relation: 'unrelated', score, why: 'one says which way it moved, the other gives no change' };
  }
  const mood = moodMismatch(fa, fb, o.shared);
  if (mood) return { relation: 'unrelated', score, why: mood };
  const clash = polarityClash(fa, fb, o.shared);
  // Each side reports what someone said, and not one person: the union says talks go on, the
  // company says they broke down. Two statements, both reported faithfully, not two accounts.
  if (clash && twoParties(fa, fb)) return { relation: 'unrelated', score, why: 'two parties say opposite things' };
  // What one side negates and the other affirms is never "the same fact", even when too little
  // else is shared to call it a conflict.
  if (clash && !(flipOk && samePredicate(fa, fb))) return { relation: 'unrelated', score, why: 'one negates what the other affirms' };
  // A flip between two moments ("residents were not allowed to return" / "… allowed to return in
  // June"): both may be true.
  if (clash) {
    const [neg, pos] = clash.negatedIn === 'a' ? [fa, fb] : [fb, fa];
    // "Croatia had never reached a final before" / "Croatia reached the final": history to date, then news.
    if (neg.negatedPeriod) return { relation: 'unrelated', score, why: 'one says it had not happened until then, the other that it did' };
    // The negation may be about a word the other never says ("did not score in the semifinal" /
    // "scored in the final"): only a flip of the whole clause is a contradiction.
    const part = negatedBeyond(neg, pos);
    if (part) return { relation: 'unrelated', score, why: `one negates "${part}", which the other does not mention` };
  }
  if (clash && otherTime(fa, fb)) return { relation: 'unrelated', score, why: 'one negates what the other affirms, perhaps at another time' };
  if (clash) {
    return { relation: 'conflicts', score, why: `this says "${phraseOf(a.text, clash.word)}"; the source says "${phraseOf(b.text, clash.via)}"` };
  }
  // Under a forecast or a hope a flip is no contradiction, but not one fact either.
  if (negationDiffers(fa, fb, o.shared)) return { relation: 'unrelated', score, why: 'one negates what the other says' };
  const denied = deniedOnOneSide(fa, fb, o.shared);
  if (denied) return { relation: 'unrelated', score, why: `one denies "${phraseOf(a.text, denied)}", which the other affirms` };
  const anto = flipOk && samePredicate(fa, fb) && predicateAntonym(fa, fb, o.antonyms);
  if (anto) return { relation: 'conflicts', score, why: `this says "${phraseOf(a.text, anto[0])}"; the source says "${phraseOf(b.text, anto[1])}"` };

  // Other figures of the same kind, not clearly of the same thing: another fact, not a confirmation.
  if (noCommonFigure(fa, fb)) return { relation: 'unrelated', score, why: 'gives other figures, of something else' };
  if (otherNumbers(a.text, fa, b.text, fb)) return { relation: 'unrelated', score, why: 'gives other numbers' };
  // A figure confirms one of the same thing, of the same subject, both reported (an analysts'
  // estimate does not confirm a result).
  const fits = (x: Quantity, y: Quantity) =>
    !x.ref && !y.ref && !x.hedged && !y.hedged && sameKind(x, y) && confirms(x, y) && sameMeasure(x, y) && sameOwner(x, fb, y, fa);
  const qa = fa.quantities.find((x) => fb.quantities.some((y) => fits(x, y)));
  if (qa) {
    const qb = fb.quantities.find((y) => fits(qa, y))!;
    return { relation: 'corroborates', score, why: `this says ${qa.surface}; the source says ${qb.surface}, consistent` };
  }
  // The claim gives a figure the source does not ("the toll rises to 241" / "the toll has gone up
  // again"): the source confirms at most that something rose, not the figure a reader sees
  // underlined, however close the rest. (The other way round the source says more, and confirms
  // the claim.)
  if (oneSidedFigure(a, b)) return { relation: 'unrelated', score, why: 'this gives a figure the source does not' };
  // One speaker quoted on both sides says one thing only when the quotations share their words
  // ("the worst storm the Panhandle has seen in 100 years" and "now the storm is here" are two),
  // and reported without quotes only when what they say meets ("the tunnel would open in 2027" /
  // "the tunnel would cost more than planned" are two).
  const sameQuote = fa.speech.find((x) => fb.speech.some((y) => sameSpeaker(y.speaker, x.speaker) && !isGenericSpeaker(x.speaker) && (x.quoted && y.quoted ? quotesMeet(x.stems, y.stems) : predicatesMeet(fa, fb, o.shared))));
  if (sameQuote) return { relation: 'corroborates', score, why: `same statement, also attributed to ${sameQuote.speakerName}` };
  // …and two quotations of one named speaker that do not meet, nor predicate a word in common,
  // are two statements, whatever else the sentences share (the speaker's name and title, a place).
  const twoQuotes = !sharePredicate(fa, fb, o.shared) &&
    fa.speech.find((x) => x.quoted && !isGenericSpeaker(x.speaker) && fb.speech.some((y) => y.quoted && sameSpeaker(y.speaker, x.speaker)));
  if (twoQuotes) return { relation: 'unrelated', score, why: `two statements of ${twoQuotes.speakerName ?? twoQuotes.speaker}` };
  // Shared words, but each sentence has details the other lacks: the same topic, another fact.
  const detail = spec && sharedDetail(fa, fb, spec);
  // (The reason stays plain: an unrelated pair is dropped, and naming the words costs a re-read.)
  // A source that says all the claim says confirms it, however much more it adds (a headline's
  // every word in a long lead, a quotation in a sentence that names the judgment it is from).
  if (detail && (detail.claim < CLAIM_DETAIL || (detail.source < SOURCE_DETAIL && detail.claim < WHOLE_CLAIM))) return { relation: 'unrelated', score, why: 'same topic, other details' };
  return { relation: 'corroborates', score, why: `same fact: ${reasonShared(o, fa, a.text)}` };
}
