/**
 * What happened to the people a sentence counts: killed, injured, missing, rescued, evacuated,
 * arrested. "Three people were killed" and "Three people were injured" share every word but the
 * one that matters: when both sentences say what happened to people and nothing in common, they
 * report different facts (and their figures are counts of different people).
 */

import { boundedMemo } from '../memo';
const KINDS: Array<[string, RegExp]> = [
  ['dead', /\b(kill(?:ed|ing)?|dead|died|deaths?|fatalit(?:y|ies)|lost their lives|death toll|bodies)\b/i],
  ['injured', /\b(injur(?:ed|ies|y)|wounded|hurt|hospitali[sz]ed)\b/i],
  ['missing', /\b(missing|unaccounted for)\b/i],
  ['rescued', /\b(rescued|survived|survivors?|alive|unharmed|unhurt)\b/i],
  ['evacuated', /\b(evacuated|evacuees|displaced|fled their homes)\b/i],
  ['arrested', /\b(arrested|detained|in custody|charged)\b/i],
];

/** "None … survived", "no survivors", "nobody survived": everyone died. */
const NONE_SURVIVED = /\b(no|none|nobody|no one|not a single|not one)\b[^.;]{0,80}\bsurviv|\bno survivors\b|\bnot survive/i;

/** The kinds of fate a sentence reports. */
export const fatesOf = boundedMemo(4000, (text: string): Set<string> => {
  const fates = new Set(KINDS.filter(([, re]) => re.test(text)).map(([k]) => k));
  if (NONE_SURVIVED.test(text)) {
    fates.delete('rescued');
    fates.add('dead');
  }
  return fates;
});

/** "a, b / c" when both sets name something and share nothing, else undefined: each side speaks of
 *  other people (other fates, other groups). */
export function noneInCommon(fa: ReadonlySet<string>, fb: ReadonlySet<string>): string | undefined {
  if (!fa.size || !fb.size || [...fa].some((k) => fb.has(k))) return undefined;
  return `${[...fa].join(', ')} / ${[...fb].join(', ')}`;
}

/** "killed / injured" when both sentences report fates and share none, else undefined. */
export function otherFate(a: string, b: string): string | undefined {
  return noneInCommon(fatesOf(a), fatesOf(b));
}

/**
 * One side reports the people alive (found alive, rescued, survived) and the other dead (killed,
 * bodies recovered), each without the other fate: "Rescuers found the missing fishermen alive" /
 * "The bodies of the missing fishermen were recovered". Whatever words they share, not one fact.
 */
export function aliveVsDead(a: string, b: string): boolean {
  const fa = fatesOf(a);
  const fb = fatesOf(b);
  const alive = (f: ReadonlySet<string>) => f.has('rescued') && !f.has('dead');
  const dead = (f: ReadonlySet<string>) => f.has('dead') && !f.has('rescued');
  return (alive(fa) && dead(fb)) || (dead(fa) && alive(fb));
}
