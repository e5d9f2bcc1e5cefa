/**
 * Figures in a relation: when two claims' numbers measure the same thing of the same subject, and
 * whether they can both be true ("this says 20 minutes; the source says 90"). A number conflict needs the same
 * measured thing, of the same subject, at the same time; anything less is silence.
 */
import { compatible, confirms, sameKind } from '../claims/quantities';
import { boundedMemo } from '../memo';
import { namedIn } from './people';
import { matchIn, weightOf } from './similarity';
import type { ClaimFeatures, Quantity } from '../types';

/**
 * Two figures measure the same thing: the words around them (or synonyms) meet. A count's noun
 * is part of it ("six dead" / "seven dead"), but a common noun is not enough when both sides say
 * what happened to it ("six people killed" / "200 people hurt").
 */
export function sameMeasure(qa: Quantity, qb: Quantity): boolean {
  // Two fused figures are of the nouns they modify: a "six-week strike" is not a "four-year agreement".
  if (qa.of && qb.of && !qa.of.some((c) => matchIn(c, new Set(qb.of)).score >= 0.7)) return false;
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
export function sameOwner(qa: Quantity, b: ClaimFeatures, qb: Quantity, a: ClaimFeatures): boolean {
  const whose = (q: Quantity, other: ClaimFeatures) => !q.about?.length || q.about.some((e) => namedIn(other).has(e));
  return whose(qa, b) && whose(qb, a);
}

/** A kind of figure both claims give, no figure of which fits one of the other: they give other
 *  numbers ("12 percent lower risk" / "16 percent lower risk"), whatever else they agree on. */
export function noCommonFigure(a: ClaimFeatures, b: ClaimFeatures): boolean {
  for (const qa of a.quantities) {
    if (qa.ref) continue;
    let kind = false;
    let fits = false;
    for (const x of a.quantities) {
      if (x.ref || !sameKind(x, qa)) continue;
      for (const y of b.quantities) {
        if (y.ref || !sameKind(y, qa)) continue;
        kind = true;
        if (confirms(x, y)) { fits = true; break; }
      }
      if (fits) break;
    }
    if (kind && !fits) return true;
    // A kind the claims agree on elsewhere ("45 miles" both) may still hold a figure given
    // differently: one close to it, of the same thing ("175 miles" / "185 miles"), is the same
    // measure read twice with another number. (A distant one measures something else.)
    if (nearMiss(qa, b)) return true;
  }
  return false;
}

/** Ratio within which two figures of a kind are likely one measure given two ways. */
const NEAR = 1.25;

/** The other sentence gives no figure that fits `qa`, and one of its kind that is close to it and measures the same thing. */
function nearMiss(qa: Quantity, b: ClaimFeatures): boolean {
  const kin = b.quantities.filter((y) => !y.ref && sameKind(y, qa));
  if (!kin.length || kin.some((y) => confirms(qa, y) || confirms(y, qa))) return false;
  const mid = (q: Quantity) => (Number.isFinite(q.hi) ? (q.lo + q.hi) / 2 : q.lo);
  return kin.some((y) => {
    const [x, z] = [Math.abs(mid(qa)), Math.abs(mid(y))];
    return Math.min(x, z) > 0 && Math.max(x, z) / Math.min(x, z) <= NEAR && sameMeasure(qa, y);
  });
}

/**
 * Figures that cannot both be true: same kind, same measured thing, both levels or both changes,
 * neither a point in time ("after half an hour"), and no figure of that kind on one side that
 * fits one on the other (then the sentences agree on it, and the rest measure other things).
 */
export function quantityClash(a: ClaimFeatures, b: ClaimFeatures): { qa: Quantity; qb: Quantity } | undefined {
  if (!a.quantities.length || !b.quantities.length) return undefined;
  // A kind of figure on which the claims agree somewhere ("24-storey" both) is settled; another
  // kind of figure may still clash ("127 flats" / "120 flats").
  const agreed = (q: Quantity) => a.quantities.some((x) => sameKind(x, q) && b.quantities.some((y) => sameKind(y, q) && compatible(x, y)));
  let found: { qa: Quantity; qb: Quantity } | undefined;
  for (const qa of a.quantities) {
    for (const qb of b.quantities) {
      if (!sameKind(qa, qb) || compatible(qa, qb) || agreed(qa)) continue;
      if (found || qa.ref || qb.ref || qa.hedged || qb.hedged || !!qa.change !== !!qb.change || !sameMeasure(qa, qb)) continue;
      if (!sameOwner(qa, b, qb, a)) continue;
      // Figures of two occasions of one thing (the first round and the runoff, half-time and the end).
      if (otherOccasion(qa, qb)) continue;
      // Several figures of a kind in one sentence: which is which needs two words of what they measure.
      const several = a.quantities.filter((q) => sameKind(q, qa)).length > 1 || b.quantities.filter((q) => sameKind(q, qb)).length > 1;
      if (several && sharedMeasure(qa, qb) < 2) continue;
      found = { qa, qb };
    }
  }
  return found;
}

/** A figure given loosely: "about 100", "nearly 80", "more than 200", "at least 58". */
function loose(q: Quantity): boolean {
  if (q.loOpen || q.hiOpen || !Number.isFinite(q.hi) || q.hi - q.lo > Math.max(1e-9, Math.abs(q.hi) * 0.03)) return true;
  // A round figure is an estimate as written ("80,000 evacuated", "about 300"): news rounds.
  const v = Math.round((q.lo + q.hi) / 2);
  return q.dim === 'count' && v >= 100 && v % (v >= 10000 ? 1000 : 100) === 0;
}

/** Relative gap within which two percentages are one share read twice, not a contradiction. */
const CLOSE_SHARES = 0.05;

/**
 * Two clashing figures are a contradiction a reader should see, not a rounding or a second
 * measure: they name what they measure in a shared word ("killed"), or count the same named thing ("127
 * flats" / "120 flats"; "people" names nothing), and a loose figure ("about 100", "more than 200")
 * is at least a quarter away from the other.
 */
export function clearClash(qa: Quantity, qb: Quantity): boolean {
  const counted = qa.dim === 'count' && qa.unit === qb.unit && !/^(peopl|person|time|thing|on|)$/.test(qa.unit);
  if (!counted && sharedMeasure(qa, qb) < 1) return false;
  const gap = Math.max(qa.lo, qb.lo) - Math.min(qa.hi, qb.hi);
  const big = Math.max(Math.abs(qa.lo), Math.abs(qb.lo), Number.isFinite(qa.hi) ? Math.abs(qa.hi) : 0, Number.isFinite(qb.hi) ? Math.abs(qb.hi) : 0);
  // A share or rate a few per cent apart ("73.2%" / "73%", turnout "71.8%" / "72.1%") is one
  // measure from two counts or two moments (votes counted, a rate during the day, a revision):
  // outlets that disagree about a share disagree by more.
  if (qa.dim === 'percent' && gap <= CLOSE_SHARES * big) return false;
  if (!loose(qa) && !loose(qb)) return true;
  return gap > 0.25 * big;
}

/** Both sentences give figures of two kinds or more and no figure of one fits one of the other
 *  ("revenue fell 5 percent to $84 billion" / "iPhone revenue fell 15 percent to $51.9 billion"):
 *  outlets that disagree on a figure agree on the rest, so these measure different things. */
export function everyFigureDiffers(a: ClaimFeatures, b: ClaimFeatures): boolean {
  const kinds = new Set<string>();
  for (const x of a.quantities) {
    if (x.ref) continue;
    for (const y of b.quantities) {
      if (y.ref || !sameKind(x, y)) continue;
      if (compatible(x, y)) return false;
      kinds.add(`${x.dim}/${x.unit}`);
    }
  }
  return kinds.size >= 2;
}

/** Words before a figure of a count that is still moving: a toll, a tally, a figure that "has risen to" or "now stands at". */
const RUNNING_BEFORE = /\b(now|so far|latest|toll|tally|risen|rose|rises|climbed|climbs|jumped|grew|reached|stands at|stood at)\b/i;
/** …and after it: "58 people are now", "17 so far". */
const RUNNING_AFTER = /\b(now|so far)\b/i;

/** The figure is a running count: a word of one stands right around it ("toll climbs to 58", "58 are now"). */
export function running(text: string, q: Quantity): boolean {
  return RUNNING_BEFORE.test(text.slice(Math.max(0, q.start - 32), q.start)) || RUNNING_AFTER.test(text.slice(q.end, q.end + 24));
}

/** Words of a figure read before the final one: an exit poll, a projection or estimate, a
 *  preliminary or partial count. */
const PROVISIONAL = /\b(exit[- ]polls?|polls? (?:showed|suggested|indicated)|projections?|projected|estimates?|estimated|preliminary|partial|provisional|initial|early (?:results|returns|count|figures)|at last count|still being counted|counting continues)\b/i;
/** A count under way: "with 88% of the ballots counted", "94.44 percent of polling stations reporting"
 *  (a share under 100: "with 100% of ballots counted" is the final count; "52% of the vote" is a share). */
const PART_COUNTED = /\b(?:with\s+(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+|more than\s+)?\d{1,2}(?:[.,]\d+)?\s*(?:%|percent|per cent)\s+of\s+(?:the\s+|all\s+)?(?:ballots|votes|precincts|polling stations|stations|electoral sections|sections)|\d{1,2}(?:[.,]\d+)?\s*(?:%|percent|per cent)\s+of\s+(?:the\s+|all\s+)?(?:ballots|votes|precincts|polling stations|stations|electoral sections|sections)\s+(?:counted|processed|tallied|reporting|in))\b/i;

/** The sentence gives a provisional reading of a figure (see PROVISIONAL, PART_COUNTED): true of
 *  its moment, and another reading of the same measure is another moment, not a contradiction. */
export const provisional = boundedMemo(4000, (text: string): boolean => PROVISIONAL.test(text) || PART_COUNTED.test(text));

/** How far a count had got ("with 88% of the ballots counted": 88), when the sentence says. */
function countProgress(text: string): number | undefined {
  const m = PART_COUNTED.exec(text);
  const n = m?.[0].match(/\d{1,2}(?:[.,]\d+)?/);
  return n ? Number(n[0].replace(',', '.')) : undefined;
}

/** Two readings of a count under way at different points ("with more than 88% of the ballots
 *  counted" / "with 94 percent of the ballots counted"): every figure of one is of another moment
 *  than the other's, as "88% / 94% counted". */
export function otherCountMoment(a: string, b: string): string | undefined {
  const x = countProgress(a);
  const y = countProgress(b);
  return x !== undefined && y !== undefined && Math.abs(x - y) >= 1 ? `${x}% / ${y}% counted` : undefined;
}

/** A month name right before a number ("June 14") or right after it ("14 June"). */
const MONTH_BEFORE = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$/i;
const MONTH_AFTER = /^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** The numbers a sentence writes in digits, years, clock times and days of the month aside. */
const writtenNumbers = boundedMemo(4000, (text: string): number[] => {
  const out: number[] = [];
  if (!/\d/.test(text)) return out;
  for (const m of text.matchAll(/(?<![\d.,:])\d+(?:[.,]\d+)*(?![\d:])/g)) {
    const v = Number(m[0].replace(/,/g, ''));
    if (!Number.isFinite(v) || (/^(1[89]|20)\d\d$/.test(m[0]))) continue;
    const before = text.slice(Math.max(0, m.index - 10), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 10);
    if (v <= 31 && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after))) continue;
    if (/^\s*(am|pm|a\.m|p\.m|gmt|bst|utc)\b/i.test(after)) continue;
    // A number in a name ("Galaxy S 4", "Exynos 5", "Boeing 737", "Train 188") is no figure.
    if (/\p{Lu}[\p{L}.]*[\s-]?$/u.test(before) && !/^\s*\p{Lu}\p{Ll}*\s*$/u.test(text.slice(0, m.index))) continue;
    out.push(v);
  }
  return out;
});

/**
 * Both sentences write numbers and none of them is the same, and no figure of one fits a figure of
 * the other: they give other figures ("the toll has risen to 30" / "the toll climbs to 58"), even
 * where the figures have no unit to compare.
 */
export function otherNumbers(ta: string, a: ClaimFeatures, tb: string, b: ClaimFeatures): boolean {
  const na = numbersOf(ta, a);
  if (!na.length) return false;
  const nb = numbersOf(tb, b);
  if (!nb.length || na.some((x) => nb.some((y) => Math.abs(x - y) <= Math.max(x, y) * 0.005))) return false;
  // A bound one side gives holds the other's number ("at least five killed" / "six dead").
  // Not a running count's floor ("at least 58 are now …"): a later count passes it without confirming it.
  const within = (x: number, f: ClaimFeatures, t: string) => f.quantities.some((q) => (q.loOpen || q.hiOpen) && x > q.lo && x < q.hi && !running(t, q));
  if (na.some((x) => within(x, b, tb)) || nb.some((y) => within(y, a, ta))) return false;
  return !a.quantities.some((x) => b.quantities.some((y) => sameKind(x, y) && compatible(x, y)));
}

/** A sentence's numbers: those written in digits, and its exact figures in words ("Seventeen people"). */
function numbersOf(text: string, f: ClaimFeatures): number[] {
  const out = writtenNumbers(text);
  const words = f.quantities.filter((q) => !q.ref && !/\d/.test(q.surface) && q.dim === 'count' && !q.loOpen && !q.hiOpen && q.hi - q.lo < 1);
  return words.length ? [...out, ...words.map((q) => (q.lo + q.hi) / 2)] : out;
}

/** Words that name an occasion or stage of a thing: a figure of one is not a figure of another. */
const OCCASION = /^(first|second|third|fourth|final|last|previou|earlier|later|runoff|round|half|halftim|quarter|semifin|morn|afternoon|even|night|yesterdai|todai|tomorrow|monday|tuesdai|wednesdai|thursdai|fridai|saturdai|sundai|initi|preliminari|latest|annual|daili|weekli|monthli)$/;

/** Both figures' clauses name an occasion (a round, a half, a day), and not the same one. */
function otherOccasion(qa: Quantity, qb: Quantity): boolean {
  const wa = (qa.measure ?? []).filter((c) => OCCASION.test(c));
  const wb = (qb.measure ?? []).filter((c) => OCCASION.test(c));
  return wa.length > 0 && wb.length > 0 && (wa.some((c) => !wb.includes(c)) || wb.some((c) => !wa.includes(c)));
}
