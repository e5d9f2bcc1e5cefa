/**
 * Outcomes a sentence states that other words cannot reconcile: a match's score ("a 2-1 win" /
 * "ended 3-1"), a court's verdict ("found guilty" / "acquitted") and how sure a finding is ("a
 * possible carcinogen" / "probably carcinogenic"; a "possible" / "probable" cause or case). Two sentences that state
 * different outcomes are not two reports of one fact, however many words they share; they are
 * not called a conflict either (a score can be a half-time score, a verdict one of several
 * counts), only set apart.
 */

import { boundedMemo } from '../memo';
/** "2-1", "3 – 1" next to a word of a match ("win", "ended", "beat", "final" …). */
const SCORE = /\b(\d{1,2})\s?[-–]\s?(\d{1,2})\b/g;
const MATCH_WORDS = /\b(win|won|wins|victory|defeat|defeated|beat|beats|lost|loss|draw|drew|ended|final|match|game|scored|score|lead|led|triumph|thrash(?:ed)?|edged)\b/i;

/** A plea is not a verdict: "pleaded not guilty" says nothing of the outcome. */
const PLEA = /\bplead(?:ed|s|ing)?\s+(?:not\s+)?guilty\b/gi;
const CONVICTED = /\b(convicted|conviction|guilty)\b/i;
const ACQUITTED = /\b(acquitted|acquittal|not guilty|cleared of)\b/i;

/** The scores a sentence gives, each as "low-high" (a score read from either side is one score). */
export const scoresOf = boundedMemo(4000, (text: string): string[] => {
  if (!MATCH_WORDS.test(text)) return [];
  const out: string[] = [];
  for (const m of text.matchAll(SCORE)) {
    // "3-5 percent" is a range, "2016-17" a season, not a score.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/^\s*(percent|%|per cent|million|billion|years?|months?|days?|hours?|minutes?)\b/i.test(after)) continue;
    const [x, y] = [Number(m[1]), Number(m[2])].sort((p, q) => p - q);
    out.push(`${x}-${y}`);
  }
  return out;
});

/** A court's verdict in a sentence: convicted, acquitted, or undefined (none, or both: several counts). */
export const verdictOf = boundedMemo(4000, (text: string): 'convicted' | 'acquitted' | undefined => {
  const said = text.replace(PLEA, '');
  const acquitted = ACQUITTED.test(said);
  const convicted = CONVICTED.test(said.replace(/\bnot guilty\b/gi, ''));
  if (acquitted === convicted) return undefined;
  return acquitted ? 'acquitted' : 'convicted';
});

/** Words that grade how sure a finding is, by grade. ("Likely" is probable; "unlikely", "certain
 *  people" and the speech verb "confirmed" grade nothing here.) */
const CERTAINTY: Array<[string, RegExp]> = [
  ['possible', /\bpossib(?:le|ly)\b/i],
  ['probable', /\b(?:probabl[ey]|likely)\b/i],
  ['definite', /\b(?:definite(?:ly)?|certainly)\b/i],
];

/** The grades of certainty a sentence uses ("possible", "probable", "definite"). */
export const certaintyOf = boundedMemo(4000, (text: string): string[] => {
  const plain = text.replace(/\bunlikely\b/gi, '');
  return CERTAINTY.filter(([, re]) => re.test(plain)).map(([g]) => g);
});

/** Why the two sentences state different outcomes, or undefined. */
export function otherOutcome(a: string, b: string): string | undefined {
  const sa = scoresOf(a);
  const sb = scoresOf(b);
  if (sa.length && sb.length && !sa.some((s) => sb.includes(s))) return `another score (${sb[0]}, not ${sa[0]})`;
  const va = verdictOf(a);
  const vb = verdictOf(b);
  if (va && vb && va !== vb) return `another verdict (${vb}, not ${va})`;
  // Both grade a finding, and not alike: "possible" is not "probable", whatever else they share.
  const ca = certaintyOf(a);
  const cb = certaintyOf(b);
  if (ca.length && cb.length && !ca.some((g) => cb.includes(g))) return `another degree of certainty (${cb[0]}, not ${ca[0]})`;
  return undefined;
}
