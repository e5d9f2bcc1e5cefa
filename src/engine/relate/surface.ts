import { analyzeCached } from '../claims/features';

/** The word as written in `text` for a concept key (stem or entity key), for readable reasons. */
export function surfaceOf(text: string, concept: string): string {
  const a = analyzeCached(text);
  const k = a.concepts.indexOf(concept);
  if (k < 0) return concept;
  const e = a.ents.find((x) => x.last - 1 === k);
  return e ? e.name : a.toks[k].raw;
}

/**
 * The phrase around a concept as written, for reasons that show both sides: the word with up to
 * `left` words before it (so "failed to reach" keeps its negation) and `right` after, within
 * its clause.
 */
export function phraseOf(text: string, concept: string, left = 3, right = 2): string {
  const a = analyzeCached(text);
  const k = a.concepts.indexOf(concept);
  if (k < 0) return concept;
  let first = k;
  while (first > 0 && k - first < left && !a.toks[first].sep) first--;
  let last = k;
  while (last + 1 < a.toks.length && last - k < right && !a.toks[last + 1].sep) last++;
  return text.slice(a.toks[first].start, a.toks[last].end);
}
