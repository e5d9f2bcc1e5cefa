import { analyzeCached } from '../claims/features';
import { matchIn } from './similarity';
import type { Quantity } from '../types';

/**
 * Character ranges of `source` that differ from the claim: its content words with no match in
 * the claim, plus any quantities named by the caller (those that clash). Adjacent ranges merge.
 */
export function emphasisRanges(source: string, claimStems: string[], clash: Quantity[] = []): Array<[number, number]> {
  const a = analyzeCached(source);
  const claim = new Set(claimStems);
  const ranges: Array<[number, number]> = clash.map((q) => [q.start, q.end]);
  a.concepts.forEach((c, k) => {
    if (!c || matchIn(c, claim).score >= 0.8) return;
    const e = a.ents.find((x) => x.last - 1 === k);
    ranges.push([e ? a.toks[e.first].start : a.toks[k].start, a.toks[k].end]);
  });
  ranges.sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1] + 1 && /^\s*$/.test(source.slice(last[1], r[0]))) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
