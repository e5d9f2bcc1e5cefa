import type { ClaimFeatures, EventSignature } from '../types';

/** Year of an ISO-ish date string ("2016-09-05", "2016-09-05T10:00Z"), if any. */
function yearOf(date: string | undefined): number | undefined {
  const m = date ? /\b(19|20)\d\d\b/.exec(date) : null;
  return m ? Number(m[0]) : undefined;
}

/**
 * The event an article reports: the year of its date line (or, without one, the most frequent
 * year in its text) and the place its metadata names. Coarse on purpose: it only has to keep
 * one summit's claims from confirming or contradicting another's.
 */
export function eventSignature(
  meta: { published?: string; place?: string },
  claims: ClaimFeatures[],
): EventSignature {
  const published = yearOf(meta.published);
  let years: number[] = [];
  if (published) years = [published];
  else {
    const counts = new Map<number, number>();
    for (const c of claims) for (const y of c.years) counts.set(y, (counts.get(y) ?? 0) + 1);
    const best = Math.max(0, ...counts.values());
    years = [...counts].filter(([, n]) => n === best && best > 0).map(([y]) => y);
  }
  return { years, places: meta.place ? [meta.place.toLowerCase()] : [] };
}

/** Years a single claim is about: its own if it names any, else its article's. */
function claimYears(claim: ClaimFeatures, article: EventSignature | undefined): number[] {
  return claim.years.length ? claim.years : (article?.years ?? []);
}

/**
 * Why two claims are about different events, or undefined when they may be the same one.
 */
export function differentEvent(
  a: ClaimFeatures,
  ea: EventSignature | undefined,
  b: ClaimFeatures,
  eb: EventSignature | undefined,
): string | undefined {
  const ya = claimYears(a, ea);
  const yb = claimYears(b, eb);
  if (ya.length && yb.length && !ya.some((y) => yb.includes(y))) {
    return `about another event (${yb.join('/')}, not ${ya.join('/')})`;
  }
  const pa = ea?.places ?? [];
  const pb = eb?.places ?? [];
  if (pa.length && pb.length && !pa.some((p) => pb.includes(p))) {
    return `about another event (${pb[0]}, not ${pa[0]})`;
  }
  return undefined;
}
