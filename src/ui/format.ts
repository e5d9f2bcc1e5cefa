/** Small text formatters shared by the card, the popup and the library page. */

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * A readable date ("13 Jan 2017") from an ISO date or timestamp. The calendar day is taken as
 * written, not converted to the reader's zone: "2017-01-13T00:00-05:00" is the 13th where it was
 * published, and shifting it to the 12th would misdate the article. Unparseable input is shown
 * as it came rather than hidden.
 */
export function formatDate(iso: string | undefined, locale?: string): string {
  if (!iso) return '';
  const day = DAY.exec(iso.trim());
  const date = day ? new Date(Date.UTC(+day[1], +day[2] - 1, +day[3])) : new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Cut a text to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** "1 claim" / "3 claims". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
