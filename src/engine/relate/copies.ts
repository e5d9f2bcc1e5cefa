import { boundedMemo } from '../memo';
import { tokenize } from '../text/tokens';

/** Word trigrams of a sentence, remembered: one source meets many page claims. */
const shingles = boundedMemo(4000, wordTrigrams);

/** The reporter's own words: quotations removed (two outlets quoting one speech are two reports). */
function narration(text: string): string {
  return text.replace(/[“"«][^”"»]*[”"»]/g, ' … ').replace(/[“"«][^”"»]*$/, ' … ');
}

function wordTrigrams(text: string): Set<string> {
  const w = tokenize(narration(text)).map((t) => t.lower);
  const out = new Set<string>();
  for (let i = 0; i + 2 < w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}

/**
 * Near-verbatim: most word trigrams of the shorter sentence's narration also stand in the longer
 * one. That is wire copy or syndication — one report, not two — and a paraphrase does not reach
 * it. Quotations do not count: the same words of one speaker, quoted by two outlets, are shared
 * quotation, not copying.
 */
export function isNearVerbatim(a: string, b: string): boolean {
  const sa = shingles(a);
  const sb = shingles(b);
  const [small, big] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  if (small.size < 4) return false;
  let hit = 0;
  for (const s of small) if (big.has(s)) hit++;
  return hit / small.size >= 0.8;
}
