/**
 * People in a relation: who a claim is about and who says it. The same quote given to two
 * people is a misattribution; two people each saying something are two statements; one person
 * saying one thing in other words is one statement reported twice.
 */
import { synonymsOf } from '../data/lexicon';
import { isGenericSpeaker } from '../claims/speech';
import { perObject } from '../memo';
import { stem } from '../text/tokens';
import { matchIn, stemSet, weightOf } from './similarity';
import type { ClaimFeatures, Speech } from '../types';

/** Two display names that could be one person: a word of one name (not a title) is in the other,
 *  spelled alike or as another transliteration of it ("Zelenskiy" / "Zelensky" / "Zelenskyy"). */
export function samePerson(x: string, y: string): boolean {
  const words = (n: string) => n.toLowerCase().split(/[\s.]+/).filter((w) => w.length > 2 && !/^(the|of|and|lady|lord|baroness|baron|sir|president|chair|chief|minister|prime|judge|justice|speaker|secretary|mr|mrs|ms|dr)$/.test(w));
  const wx = words(x);
  return words(y).some((w) => wx.some((v) => v === w || transliterated(v, w)));
}

/**
 * Two spellings of one foreign name: long, the same first four letters, at most two letters
 * apart ("zelenskiy" / "zelensky", "gaddafi" / "gadhafi"). Shorter names differ too often by
 * one letter between two people ("Kim" / "Kin", "Hale" / "Hall").
 */
export function transliterated(x: string, y: string): boolean {
  if (x.length < 6 || y.length < 6 || x.slice(0, 4) !== y.slice(0, 4) || Math.abs(x.length - y.length) > 2) return false;
  return editDistance(x, y, 2) <= 2;
}

/** Two speakers' entity keys name one person: the same key, or two spellings of one name. */
export function sameSpeaker(x: string | undefined, y: string | undefined): boolean {
  if (!x || !y) return false;
  return x === y || transliterated(x, y);
}

/** Levenshtein distance, given up past `max` (returns max + 1). */
function editDistance(x: string, y: string, max: number): number {
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[y.length];
}

/**
 * The same quoted words given to two different people: "gaps of trust" said by Obama in one
 * outlet and by Putin in another. Institutions speaking for their people ("the Fed" / "Yellen"),
 * one person under two names ("Baroness Hale" / "Lady Hale"), counts ("eleven justices") and
 * short quotes, which many people say, are too unsure to accuse an outlet of misattribution.
 */
export function speakerClash(a: ClaimFeatures, b: ClaimFeatures): { sa: string; sb: string; words: number } | undefined {
  const people = new Set([...(a.people ?? []), ...(b.people ?? [])]);
  for (const x of a.speech) {
    for (const y of b.speech) {
      if (!(x.quoted || y.quoted)) continue;
      // "he said" resolved to someone merely mentioned before may be the wrong person.
      if (x.guessed || y.guessed) continue;
      if (isGenericSpeaker(x.speaker) || isGenericSpeaker(y.speaker) || sameSpeaker(x.speaker, y.speaker)) continue;
      const nx = x.speakerName ?? x.speaker!;
      const ny = y.speakerName ?? y.speaker!;
      if (samePerson(nx, ny) || !isPersonName(nx, people, x.speaker!) || !isPersonName(ny, people, y.speaker!)) continue;
      const words = oneQuotation(x, y);
      if (words) return { sa: nx, sb: ny, words };
    }
  }
  return undefined;
}

/** Two speech spans give the same words (80% of the shorter one's, at least 2 when both are
 *  quoted, 3 otherwise): how many, or 0. */
function oneQuotation(x: Speech, y: Speech): number {
  const small = x.stems.length <= y.stems.length ? x.stems : y.stems;
  const other = new Set(small === x.stems ? y.stems : x.stems);
  if (small.length < (x.quoted && y.quoted ? 2 : 3)) return 0;
  // A quoted term ("an 'agreement in principle'") inside another's sentence-long quote is a
  // phrase both used, not one statement given to two people.
  if (small.length < 4 && other.size > 2 * small.length) return 0;
  const hit = small.filter((c) => other.has(c)).length;
  return hit / small.length >= 0.8 ? hit : 0;
}

/**
 * The same quotation given to two kinds of unnamed person: "'There are gaps of trust,' the Russian
 * president said" / "… the American president said"; "the city mayor said" / "the state governor
 * said". Other person nouns (not synonyms), or one noun with other nations or places named: a
 * misattribution, like `speakerClash` with names. A role with no place ("the president") may be
 * either, and is no clash.
 */
export function roleClash(a: ClaimFeatures, b: ClaimFeatures): { sa: string; sb: string; words: number } | undefined {
  for (const x of a.speech) {
    for (const y of b.speech) {
      const [rx, ry] = [x.role, y.role];
      if (!rx || !ry || !(x.quoted && y.quoted) || x.speaker || y.speaker) continue;
      const otherKind = rx.head !== ry.head && matchIn(rx.head, new Set([ry.head])).score === 0;
      const otherPlace = rx.head === ry.head && rx.names.length > 0 && ry.names.length > 0 && !rx.names.some((n) => ry.names.includes(n));
      if (!otherKind && !otherPlace) continue;
      const words = oneQuotation(x, y);
      if (words) return { sa: `the ${rx.text}`, sb: `the ${ry.text}`, words };
    }
  }
  return undefined;
}

/** Words that make a speaker an institution, not a person ("the Fed", "the Supreme Court", "FOMC"). */
const INSTITUTION = /\b(court|bank|committee|house|ministry|office|department|agency|union|council|government|company|corp|inc|party|fed|reserve|board|commission|justices|judges|police|army|kremlin|pentagon|parliament|congress|senate)\b/i;

/** A speaker that is a person: not an institution, an acronym, a number word or a common word. */
export function isPersonName(name: string, people: Set<string>, key: string): boolean {
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
export const namedIn = perObject((f: ClaimFeatures) => new Set([...f.entities, ...f.stems, ...f.speech.map((s) => s.speaker ?? '')]));

/** The people a claim is about: those it names, and the people named in full whose words it
 *  reports without quoting them ("David Cameron has announced that he will resign"), who are most
 *  often what the claim is about. */
const peopleOf = perObject((f: ClaimFeatures) => [
  ...(f.people ?? []),
  // A full name ("David Cameron"), not a surname or a company ("Perez said", "Verizon said"),
  // which may be the source of a fact about someone else.
  ...f.speech.filter((s) => s.named && !s.quoted && !isGenericSpeaker(s.speaker) && FULL_NAME.test(s.speakerName ?? '') && isPersonName(s.speakerName!, NO_ONE, s.speaker!)).map((s) => s.speaker!),
]);

const NO_ONE: Set<string> = new Set();
/** Two or three capitalised words: a person's full name as an attribution gives it. */
const FULL_NAME = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u;

function unnamedIn(from: ClaimFeatures, other: ClaimFeatures): string[] {
  const people = peopleOf(from);
  if (!people.length) return [];
  const named = namedIn(other);
  return people.filter((p) => !named.has(p));
}

/**
 * Different people: each claim names someone the other never does ("Obama met Xi" / "Obama met
 * Putin"), or the shorter claim does. A longer claim naming the people a shorter one calls
 * "top diplomats" is fine.
 */
export function otherPeople(a: ClaimFeatures, b: ClaimFeatures): boolean {
  if (!peopleOf(a).length && !peopleOf(b).length) return false;
  // The shorter claim's subject must be the other's too ("Theresa May held talks" is not "the
  // meeting was held"); a person it names in passing ("only Kerry spoke") need not be.
  const [small, big] = a.stems.length <= b.stems.length ? [a, b] : [b, a];
  const subjectMissing = !!small.subject && !namedIn(big).has(small.subject);
  return eachNamesOthers(a, b) || subjectMissing;
}

/** Each claim names a person the other never does ("its chief executive, Anna Berg" / "its
 *  finance director, Paul Weiss"): whatever one source says of them, it says two things. */
export function eachNamesOthers(a: ClaimFeatures, b: ClaimFeatures): boolean {
  return unnamedIn(a, b).length > 0 && unnamedIn(b, a).length > 0;
}

/**
 * Different kinds of person do what each claim says: "The minister spoke at a press conference" /
 * "The opposition leader spoke at a press conference". Neither is named, but a minister is not an
 * opposition leader (nor a synonym of one): two facts about two people.
 */
export function otherActors(a: ClaimFeatures, b: ClaimFeatures): boolean {
  if (!a.actor || !b.actor || a.actor === b.actor) return false;
  return matchIn(a.actor, new Set([b.actor])).score === 0;
}

/**
 * Each claim is what a different named person said ("Trump said … at a news conference" / "Ri held
 * a press conference to explain …"): two statements, not one fact reported twice.
 */
export function otherVoices(a: ClaimFeatures, b: ClaimFeatures): [string, string] | undefined {
  const named = (f: ClaimFeatures) => f.speech.filter((x) => x.named && x.speaker && !isGenericSpeaker(x.speaker));
  const xa = named(a);
  const xb = named(b);
  if (!xa.length || !xb.length) return undefined;
  const people = new Set([...(a.people ?? []), ...(b.people ?? [])]);
  for (const x of xa) {
    for (const y of xb) {
      const nx = x.speakerName ?? x.speaker!;
      const ny = y.speakerName ?? y.speaker!;
      if (sameSpeaker(x.speaker, y.speaker) || samePerson(nx, ny)) return undefined;
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

/** The claim's speech verb is negated: "declined to say", "would not say" report no statement. */
export function withheld(f: ClaimFeatures): boolean {
  const heads = f.negatedHeads ?? f.negated;
  return !!f.attribution?.some((c) => heads.includes(c));
}

/** The same named person saying the same thing in other words: one statement, reported twice. */
export function sameStatement(a: ClaimFeatures, b: ClaimFeatures): string | undefined {
  if (withheld(a) || withheld(b)) return undefined;
  for (const x of a.speech) {
    for (const y of b.speech) {
      if (isGenericSpeaker(x.speaker) || !sameSpeaker(x.speaker, y.speaker)) continue;
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
      // …and what is said must meet, not only its frame (who, when, about what): "the tunnel would
      // open in 2027" / "the tunnel would cost more than planned" are two things one minister said.
      const said = (f: ClaimFeatures) => new Set((f.predicates ?? []).filter((c) => !names.has(c)));
      const pa = said(a);
      const pb = said(b);
      const setB = stemSet(b);
      const meets = !pa.size || !pb.size || hits.some((c) => pa.has(c) || pb.has(matchIn(c, setB).via ?? c));
      if (meets && weight >= 2.5 && wordsOnly >= 1.5 && hits.length / small.length >= 0.5) return x.speakerName ?? x.speaker;
    }
  }
  return undefined;
}
