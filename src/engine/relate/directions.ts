/**
 * Which way something went. "Revenue up, losses up, cash burn down" says how three measures moved;
 * "Tesla posted revenue of $4 billion and a loss of $3.06 per share" gives levels and no change.
 * Neither confirms the other, whatever words they share: a change is not a level.
 */
import { boundedMemo } from '../memo';
import { stem } from '../text/tokens';

/** Words of a change up or down (stems), read from the text so any stored library can use it. */
const CHANGE = new Set(
  [
    'up', 'down', 'higher', 'lower', 'rise', 'rose', 'risen', 'fall', 'fell', 'fallen', 'gain', 'drop', 'increase', 'decrease',
    'grow', 'grew', 'grown', 'shrink', 'shrank', 'climb', 'slide', 'slid', 'jump', 'plunge', 'surge', 'soar', 'tumble', 'sink',
    'sank', 'slump', 'decline', 'rebound', 'dip', 'double', 'triple', 'halve', 'boost', 'cut', 'lift', 'raise', 'widen', 'narrow',
  ].map((w) => stem(w)),
);

/** Does the sentence say that something changed (went up or down)? */
export const saysChange = boundedMemo(4000, (text: string): boolean => {
  for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) if (CHANGE.has(stem(w))) return true;
  return false;
});

/** Headline shorthand for a change: a word and "up" or "down" at a fragment's end ("revenue up,
 *  losses up, cash burn down"). */
const SHORTHAND = /\b[a-z]+\s+(?:up|down|higher|lower)\s*(?=[,;:]|$|\band\b)/gi;

/** A list of such changes: two or more ("revenue up, losses up"). One ("… stepped down, …") may be a verb. */
const listsChanges = boundedMemo(4000, (text: string): boolean => (text.match(SHORTHAND)?.length ?? 0) >= 2);

/**
 * One claim lists which way things moved, in headline shorthand and with no figure ("revenue up,
 * losses up"), and the other names no change at all: a direction and a level are two facts.
 */
export function changeVsLevel(a: { text: string; figures: number }, b: { text: string; figures: number }): boolean {
  const oneWay = (x: { text: string; figures: number }, y: { text: string }) => !x.figures && listsChanges(x.text) && !saysChange(y.text);
  return oneWay(a, b) || oneWay(b, a);
}
