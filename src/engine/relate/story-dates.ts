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

/** What one page claim met: articles it links to, and the articles of its candidates on its topic
 *  (two shared words), of an event it may be (`near`) or of another event (`otherEvent`). */
export interface ClaimMeetings {
  linked: string[];
  near: string[];
  otherEvent: string[];
}

/** Least number of the page's links to dated articles of one event that dates an undated page. */
const LEAST_LINKS = 2;
/** Share of the page's links to dated articles that must fall in that event. */
const MOST = 2 / 3;

/** A full date ("2016-09-05"), if the signature has one; a month and day alone does not say the year. */
function dateOf(e: EventSignature | undefined): string | undefined {
  return e?.date && !e.date.startsWith('-') ? e.date : undefined;
}

/** Neither a full date nor a year: the article does not say which year's event it reports. */
function yearless(e: EventSignature | undefined): boolean {
  return !dateOf(e) && !e?.years.length;
}

/** The signature places its article in time (a full date or a year). */
function timed(e: EventSignature | undefined): boolean {
  return !yearless(e);
}

/** Is an article with signature `e` far from `date` (days apart for a full date, else by year)? */
function farFrom(e: EventSignature | undefined, date: string): boolean {
  const d = dateOf(e);
  if (d) return daysApart(d, date) > EVENT_DAYS;
  return !!e?.years.length && !e.years.includes(Number(date.slice(0, 4)));
}

/**
 * The date an undated page's links point to: the date around which most of its links to dated
 * articles fall (each link one vote, so an article matching ten sentences counts ten times).
 * Undefined when the page has a date, or its dated links do not agree.
 */
export function inferredDate(page: EventSignature, meetings: ClaimMeetings[], events: Map<string, EventSignature | undefined>): string | undefined {
  if (!yearless(page)) return undefined;
  const votes: string[] = [];
  for (const m of meetings) for (const id of m.linked) { const d = dateOf(events.get(id)); if (d) votes.push(d); }
  if (votes.length < LEAST_LINKS) return undefined;
  let best: string | undefined;
  let bestVotes = 0;
  for (const d of new Set(votes)) {
    const n = votes.filter((v) => daysApart(v, d) <= EVENT_DAYS).length;
    if (n > bestVotes) { best = d; bestVotes = n; }
  }
  if (!best || bestVotes < LEAST_LINKS || bestVotes < MOST * votes.length) return undefined;
  // A page dated by month and day only ("Dec. 16") keeps its day: the links give it its year.
  if (page.date && daysApart(page.date, best) > EVENT_DAYS) return undefined;
  return best;
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
        const e = events.get(id);
        if (!out.has(id) && farFrom(e, inferred)) {
          out.set(id, `about another event (${dateOf(e) ?? e?.years.join('/')}, not ${inferred}, the date of the reports this page agrees with)`);
        }
      }
    }
  }
  if (yearless(page) && !inferred) return out;
  // A source that does not say its year: weigh the other articles met by the same page claims.
  const undated = new Set(meetings.flatMap((m) => m.linked).filter((id) => yearless(events.get(id))));
  for (const id of undated) {
    let same = 0;
    let other = 0;
    for (const m of meetings) {
      if (!m.linked.includes(id)) continue;
      for (const x of new Set(m.near)) {
        if (x === id || !timed(events.get(x))) continue;
        if (out.has(x)) other++;
        else same++;
      }
      for (const x of new Set(m.otherEvent)) if (timed(events.get(x))) other++;
    }
    if (other >= LEAST_LINKS && same === 0) out.set(id, 'about another event (its year unsaid; the reports it shares these sentences with are of another event)');
  }
  return out;
}
