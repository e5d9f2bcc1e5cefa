import { analyzeCached } from '../claims/features';

/** The word as written in `text` for a concept key (stem or entity key), for readable reasons. */
export function surfaceOf(text: string, concept: string): string {
  const a = analyzeCached(text);
  const k = a.concepts.indexOf(concept);
  if (k < 0) return concept;
  const e = a.ents.find((x) => x.last - 1 === k);
  return e ? e.name : a.toks[k].raw;
}
