import { perObject } from '../memo';
import type { ClaimFeatures, Quantity } from '../types';

/** The numbers a figure is written with ("238", "0.25", "1.6"), and its exact value when it has
 *  one ("five crew" is 5): two reports of one figure share these, whatever else they word apart. */
function figureValues(q: Quantity): string[] {
  const out = new Set<string>();
  for (const m of q.surface.matchAll(/\d[\d,]*(?:\.\d+)?/g)) out.add(String(Number(m[0].replace(/,/g, ''))));
  // A figure written in words is read as a range of its precision ("five": 4.55 to 5.45).
  const mid = (q.lo + q.hi) / 2;
  if (!out.size && Number.isInteger(Math.round(mid * 100) / 100) && q.hi - q.lo <= 1) out.add(String(Math.round(mid)));
  return [...out];
}

/** The figure terms of a claim ("n:238"), once per claim; years are times, not figures ("2015"
 *  is in every sentence of a story's background). */
export const figureTerms = perObject((f: ClaimFeatures): string[] => {
  const out = new Set<string>();
  for (const q of f.quantities) if (q.dim !== 'year') for (const v of figureValues(q)) out.add(`n:${v}`);
  return [...out];
});

/**
 * The retrieval terms of a claim: its content concepts (stems and entity keys); for each
 * quantity, its kind ("q:duration"), so "ninety minutes" finds "more than an hour"; and the numbers
 * its figures are written with ("n:238"), so "238 passengers and a crew of five" finds "There were
 * 238 passengers and five crew members on board" however differently the rest is worded.
 */
export function indexTerms(f: ClaimFeatures): string[] {
  const terms = new Set<string>(f.stems);
  for (const q of f.quantities) terms.add(`q:${q.dim}:${q.unit}`);
  for (const t of figureTerms(f)) terms.add(t);
  return [...terms];
}
