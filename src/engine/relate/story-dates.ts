/**
 * Dating an article by the reports it agrees with. An article without a date (pasted text, a page
 * with no date tags, a wire copy that dropped its dateline) cannot be told from last year's event
 * by its own words when they name no year or place. The articles it shares facts with can: when
 * most of the dated ones it links to were filed within days of each other, that is its event, and
 * a link to an article filed months away is a link to another event. The same holds for an undated
 * source: when the page's claims it matches are matched by reports of another event and none of
 * the page's own, it is another event's report too.
 */
import { dayNumber, daysApart, EVENT_DAYS } from '../claims/event';
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
  // Votes as day numbers, sorted: the best window of ±EVENT_DAYS is found in one sweep.
  const days: number[] = [];
  const dateOfDay = new Map<number, string>();
  for (const m of meetings) {
    for (const id of m.linked) {
      const d = dateOf(events.get(id));
      if (!d) continue;
      const day = dayNumber(d);
      days.push(day);
      dateOfDay.set(day, d);
    }
  }
  if (days.length < LEAST_LINKS) return undefined;
  days.sort((x, y) => x - y);
  let best = -1;
  let bestVotes = 0;
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < days.length; i++) {
    // Votes within EVENT_DAYS either side of days[i].
    while (days[lo] < days[i] - EVENT_DAYS) lo++;
    while (hi < days.length && days[hi] <= days[i] + EVENT_DAYS) hi++;
    if (hi - lo > bestVotes) { bestVotes = hi - lo; best = days[i]; }
  }
  const date = dateOfDay.get(best);
  if (!date || bestVotes < LEAST_LINKS || bestVotes < MOST * days.length) return undefined;
  // A page dated by month and day only ("Dec. 16") keeps its day: the links give it its year.
  if (page.date && daysApart(page.date, date) > EVENT_DAYS) return undefined;
  return date;
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
  // One pass over the claims: each claim's timed neighbours count for every yearless source it links.
  const same = new Map<string, number>();
  const other = new Map<string, number>();
  for (const m of meetings) {
    const undated = m.linked.filter((id) => yearless(events.get(id)));
    if (!undated.length) continue;
    let nearSame = 0;
    let nearOther = 0;
    for (const x of new Set(m.near)) {
      if (!timed(events.get(x))) continue;
      if (out.has(x)) nearOther++;
      else nearSame++;
    }
    for (const x of new Set(m.otherEvent)) if (timed(events.get(x))) nearOther++;
    for (const id of undated) {
      same.set(id, (same.get(id) ?? 0) + nearSame);
      other.set(id, (other.get(id) ?? 0) + nearOther);
    }
  }
  for (const [id, n] of other) {
    if (n >= LEAST_LINKS && !same.get(id)) out.set(id, 'about another event (its year unsaid; the reports it shares these sentences with are of another event)');
  }
  return out;
}
