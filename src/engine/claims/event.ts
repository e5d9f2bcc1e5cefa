import { perObject } from '../memo';
import { articleOccasions, otherOccasion } from './occasion';
import type { ClaimFeatures, EventSignature } from '../types';

/** Year of an ISO-ish date string ("2016-09-05", "2016-09-05T10:00Z"), if any. */
function yearOf(date: string | undefined): number | undefined {
  const m = date ? /\b(19|20)\d\d\b/.exec(date) : null;
  return m ? Number(m[0]) : undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "Sept. 5", "September 5, 2016", "5 September 2016", "Dec. 1". */
const TEXT_DATE = /\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+((?:19|20)\d\d))?|(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,?\s+((?:19|20)\d\d))?)\b/i;

/** Words before a date or year that make it background, not the news ("after the Aug. 5
 *  collapse", "the highest since 1992", "in power until 2014"). */
const BACKGROUND = /\b(?:since|until|till|before|after|from|as of|ago|last|previous|earlier|prior to)\s+(?:the\s+|its\s+|their\s+)?$/i;

/** Is the match at `index` in `text` background (see BACKGROUND)? */
export function background(text: string, index: number): boolean {
  return BACKGROUND.test(text.slice(Math.max(0, index - 24), index));
}

/** Month and day (and year when given) of the first date in a text, as "YYYY-MM-DD" or "--MM-DD";
 *  background dates aside. */
function dateInText(text: string): string | undefined {
  const m = [...text.matchAll(new RegExp(TEXT_DATE.source, 'gi'))].find((x) => !background(text, x.index));
  if (!m) return undefined;
  const month = MONTHS.indexOf((m[1] ?? m[5]).toLowerCase().slice(0, 3)) + 1;
  const day = Number(m[2] ?? m[4]);
  if (day < 1 || day > 31) return undefined;
  const year = m[3] ?? m[6];
  return `${year ?? '-'}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "NEW YORK —", "LONDON, May 3, 2012 –", "PHILADELPHIA, May 12 (Reuters) -": the dateline's place. */
const DATELINE = /^\s*([A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3})(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?\s*(?:,|\(|—|–|-)/;

/** "in Hanoi", "near Fort McMurray", "the town of Slave Lake": places an opening sentence puts the event in. */
const PLACE_AFTER = /\b(?:in|at|near|outside|(?:city|town|village|province|state|county|region|island|capital) of)\s+((?:[A-Z][\w'’.-]+)(?:\s+(?:[A-Z][\w'’.-]+))*)/g;
const NOT_PLACES = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|a|an|this|his|her|their|its)$/i;

function placesNamed(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PLACE_AFTER)) {
    const words = m[1].split(/\s+/);
    // "at Sunday's rally": a day or month with its possessive is a time, not a place.
    while (words.length && NOT_PLACES.test(words[0].replace(/['’]s$/, ''))) words.shift();
    // A sentence's full stop is not part of its last place ("… in Lyon.").
    if (words.length) out.push(words.join(' ').replace(/['’]s$/, '').replace(/(\p{L}{2})\.$/u, '$1').toLowerCase());
  }
  return out;
}

/** How many of an article's first lines (claims or not) may carry its date line or dateline. */
const HEAD_LINES = 4;

/**
 * The event an article reports: its year and date (from the metadata's date, else the dateline or
 * first date in its opening sentences, else the most frequent year in its text) and its place
 * (the metadata's, else the dateline's). Coarse on purpose: it only has to keep one summit's,
 * quake's or final's claims from confirming or contradicting another's, also for pasted text.
 * `head` is the article's first lines as written, boilerplate included: a pasted article's date
 * line ("Thursday 28 February 2019", "30 JAN 2019") is not a claim, but it dates the event.
 */
export function eventSignature(
  meta: { published?: string; place?: string },
  claims: ClaimFeatures[],
  texts: string[] = [],
  head: string[] = [],
): EventSignature {
  const opening = texts.slice(0, 3);
  const dated = [...head.slice(0, HEAD_LINES), ...opening];
  const textDate = dated.map(dateInText).find((d) => d !== undefined);
  const published = yearOf(meta.published);
  const datedYear = textDate && !textDate.startsWith('-') ? Number(textDate.slice(0, 4)) : undefined;
  let years: number[] = [];
  if (published) years = [published];
  else if (datedYear) years = [datedYear];
  else if (!textDate) {
    // No date at all: a year the opening names is the event's ("…, 2019 –"); years later in the
    // text are mostly background ("since 2008", "the 2014 revolution").
    const counts = new Map<number, number>();
    claims.slice(0, 3).forEach((c, i) => {
      const t = texts[i];
      for (const y of c.years) {
        // "the highest turnout since 1992" is history, not the event's year.
        if (t && [...t.matchAll(new RegExp(`\\b${y}\\b`, 'g'))].every((m) => background(t, m.index))) continue;
        counts.set(y, (counts.get(y) ?? 0) + 1);
      }
    });
    const best = Math.max(0, ...counts.values());
    years = [...counts].filter(([, n]) => n === best && best > 0).map(([y]) => y);
  }
  const date = meta.published && /^\d{4}-\d\d-\d\d/.test(meta.published) ? meta.published.slice(0, 10) : textDate;
  const dateline = dated.map((t) => DATELINE.exec(t)?.[1]).find((p) => p && p.length > 2 && p === p.toUpperCase());
  const places = new Set<string>();
  if (meta.place) places.add(meta.place.toLowerCase());
  if (dateline) places.add(dateline.toLowerCase());
  const mentions = new Set<string>();
  for (const t of opening) for (const p of placesNamed(t)) if (!places.has(p)) mentions.add(p);
  const occasions = articleOccasions(claims);
  return {
    years, places: [...places], ...(mentions.size ? { mentions: [...mentions] } : {}), ...(date ? { date } : {}),
    ...(occasions.length ? { occasions } : {}),
  };
}

/** Years a single claim is about: its own if it names any, else its article's. */
function claimYears(claim: ClaimFeatures, article: EventSignature | undefined): number[] {
  return claim.years.length ? claim.years : (article?.years ?? []);
}

/** Days since 1970 of a "YYYY-MM-DD" date, or of a "--MM-DD" one in `year`. */
export function dayNumber(d: string, year = d.slice(0, 4)): number {
  return Date.UTC(Number(year), Number(d.slice(-5, -3)) - 1, Number(d.slice(-2))) / 864e5;
}

/** Days between two "YYYY-MM-DD" / "--MM-DD" dates; without both years, within one calendar year. */
export function daysApart(x: string, y: string): number {
  if (!x.startsWith('-') && !y.startsWith('-')) return Math.abs(dayNumber(x) - dayNumber(y));
  // Month and day only: the nearer way round the calendar (December 31 is near January 29).
  const d = Math.abs(dayNumber(x, '2001') - dayNumber(y, '2001'));
  return Math.min(d, 365 - d);
}

/** Distinctive words of place names ("new york's radio city" -> york, radio): "New York" meets "New York City". */
const placeWords = perObject((e: EventSignature): Set<string> => {
  const out = new Set<string>();
  for (const p of [...e.places, ...(e.mentions ?? [])]) {
    for (const w of p.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}]+/u)) if (w.length >= 4 && !/^(city|town|county|state|province|region|north|south|east|west|central|greater|great|saint|port|fort|lake|river|hall|street|square|station)$/.test(w)) out.add(w);
  }
  return out;
});

function placesMeet(a: EventSignature, b: EventSignature): boolean {
  const wa = placeWords(a);
  for (const w of placeWords(b)) if (wa.has(w)) return true;
  return false;
}

/** Articles written this far apart report different occasions (last quarter's results, last month's decision). */
export const EVENT_DAYS = 45;

/**
 * Why two claims are about different events, or undefined when they may be the same one.
 */
export function differentEvent(
  a: ClaimFeatures,
  ea: EventSignature | undefined,
  b: ClaimFeatures,
  eb: EventSignature | undefined,
): string | undefined {
  // One series, two stages: the first round and the runoff, the first and the second quarter.
  const stage = otherOccasion(a, ea, b, eb);
  if (stage) return stage;
  const ya = claimYears(a, ea);
  const yb = claimYears(b, eb);
  if (ya.length && yb.length && !ya.some((y) => yb.includes(y))) {
    return `about another event (${yb.join('/')}, not ${ya.join('/')})`;
  }
  // Article dates speak unless both claims name their years (then the years above decided).
  if (!(a.years.length && b.years.length) && ea?.date && eb?.date && daysApart(ea.date, eb.date) > EVENT_DAYS) {
    return `about another event (${eb.date.replace(/^-+/, '')}, not ${ea.date.replace(/^-+/, '')})`;
  }
  // Places: only an article that says where it was filed (metadata, dateline) is placed; the
  // places its opening names may still show the two are one event (a Calgary dateline on a Fort
  // McMurray fire). Reports filed within three days of each other may come from anywhere.
  const pa = ea?.places ?? [];
  const pb = eb?.places ?? [];
  if (pa.length && pb.length && !placesMeet(ea!, eb!) && !(ea?.date && eb?.date && daysApart(ea.date, eb.date) <= 3)) {
    return `about another event (${pb[0]}, not ${pa[0]})`;
  }
  // An undated article (pasted text, a page without date tags) has only its places: openings that
  // put the event in places that never meet ("near Yabucoa" / "near Mexico Beach") tell two
  // events apart. Two dated articles that got this far are near in time: their dates decide.
  if (!(ea?.date && eb?.date) && ea && eb && placeWords(ea).size && placeWords(eb).size && !placesMeet(ea, eb)) {
    return `about another event (${[...(eb.places ?? []), ...(eb.mentions ?? [])][0]}, not ${[...(ea.places ?? []), ...(ea.mentions ?? [])][0]})`;
  }
  return undefined;
}
