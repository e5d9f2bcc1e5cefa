/**
 * Dating an article by the reports it agrees with. An article without a date (pasted text, a page
 * with no date tags, a wire copy that dropped its dateline) cannot be told from last year's event
 * by its own words when they name no year or place. The articles it shares facts with can: when
 * most of the dated ones it links to were filed within days of each other, that is its event, and
 * a link to an article filed months away is a link to another event. The same holds for an undated
 * source: when the page's claims it matches are matched by reports of another event and none of
 * the page's own, it is another event's report too.
 */
import { daysApart, EVENT_DAYS } from '../claims/event';
import type { EventSignature } from '../types';

/** What one page claim met: articles it links to, and articles set aside as another event. */
export interface ClaimMeetings {
  linked: string[];
  otherEvent: string[];
}

/** Least number of the page's links to dated articles of one event that dates an undated page. */
const LEAST_LINKS = 2;
/** Share of the page's links to dated articles that must fall in that event. */
const MOST = 2 / 3;

/** A full or month-day date, if the signature has one. */
function dateOf(e: EventSignature | undefined): string | undefined {
  return e?.date;
}

/**
 * The date an undated page's links point to: the date around which most of its links to dated
 * articles fall (each link one vote, so an article matching ten sentences counts ten times).
 * Undefined when the page has a date, or its dated links do not agree.
 */
export function inferredDate(page: EventSignature, meetings: ClaimMeetings[], events: Map<string, EventSignature | undefined>): string | undefined {
  if (page.date) return undefined;
  const votes: string[] = [];
  for (const m of meetings) for (const id of m.linked) { const d = dateOf(events.get(id)); if (d) votes.push(d); }
  if (votes.length < LEAST_LINKS) return undefined;
  let best: string | undefined;
  let bestVotes = 0;
  for (const d of new Set(votes)) {
    const n = votes.filter((v) => daysApart(v, d) <= EVENT_DAYS).length;
    if (n > bestVotes) { best = d; bestVotes = n; }
  }
  return bestVotes >= LEAST_LINKS && bestVotes >= MOST * votes.length ? best : undefined;
}

/**
 * Articles to set aside as another event, with the reason a reader sees: dated ones far from an
 * undated page's inferred date, and undated ones whose shared sentences only reports of another
 * event also share.
 */
export function otherEventsByConsensus(
  page: EventSignature,
  meetings: ClaimMeetings[],
  events: Map<string, EventSignature | undefined>,
): Map<string, string> {
  const out = new Map<string, string>();
  const inferred = inferredDate(page, meetings, events);
  if (inferred) {
    for (const m of meetings) {
      for (const id of m.linked) {
        const d = dateOf(events.get(id));
        if (d && !out.has(id) && daysApart(d, inferred) > EVENT_DAYS) {
          out.set(id, `about another event (${d.replace(/^-+/, '')}, not ${inferred.replace(/^-+/, '')}, the date of the reports this page agrees with)`);
        }
      }
    }
  }
  const pageDated = !!(page.date || inferred);
  if (!pageDated) return out;
  // An undated source: weigh the other articles met by the same page claims.
  const undated = new Set(meetings.flatMap((m) => m.linked).filter((id) => !dateOf(events.get(id))));
  for (const id of undated) {
    let same = 0;
    let other = 0;
    for (const m of meetings) {
      if (!m.linked.includes(id)) continue;
      for (const x of m.linked) if (x !== id && dateOf(events.get(x)) && !out.has(x)) same++;
      for (const x of m.otherEvent) if (dateOf(events.get(x))) other++;
      for (const x of m.linked) if (out.has(x) && dateOf(events.get(x))) other++;
    }
    if (other >= LEAST_LINKS && same === 0) out.set(id, 'about another event (undated; the reports it shares these sentences with are of another event)');
  }
  return out;
}
