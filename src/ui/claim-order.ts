/** Ordering and counting of a page's claims for the popup. */
import type { LinkedClaim, SourceMatch, Verdict } from '../engine/types';

const VERDICT_RANK: Record<Verdict, number> = { conflicted: 0, mixed: 1, corroborated: 2 };

/** Claims ordered conflicts first, then mixed, then corroborated; page order kept within each. */
export function orderClaims(claims: readonly LinkedClaim[]): LinkedClaim[] {
  return claims
    .map((claim, i) => ({ claim, i }))
    .sort((a, b) => VERDICT_RANK[a.claim.verdict] - VERDICT_RANK[b.claim.verdict] || a.i - b.i)
    .map(({ claim }) => claim);
}

/** Sources ordered conflicts first (they are what the reader most needs to see), order kept otherwise. */
export function orderSources(sources: readonly SourceMatch[]): SourceMatch[] {
  return [...sources.filter((s) => s.relation === 'conflicts'), ...sources.filter((s) => s.relation !== 'conflicts')];
}

/** Number of linked sentences per outlet, in order of first appearance. */
export function outletCounts(claim: LinkedClaim): Array<{ outlet: string; count: number }> {
  const counts = new Map<string, number>();
  for (const source of claim.sources) counts.set(source.outlet, (counts.get(source.outlet) ?? 0) + 1);
  return [...counts].map(([outlet, count]) => ({ outlet, count }));
}

/** "CNN 1 · Xinhua 2". */
export function outletCountText(claim: LinkedClaim): string {
  return outletCounts(claim)
    .map(({ outlet, count }) => `${outlet} ${count}`)
    .join(' · ');
}
