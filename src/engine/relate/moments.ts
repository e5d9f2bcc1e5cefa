/**
 * The moments a sentence names: months, weekdays, quarters and halves of a year, parts of a day,
 * a market's open or close, years. Two sentences that each name a moment of the same kind, and
 * no moment in common ("in March" / "in April", "opened" / "closed", "first quarter" / "last
 * quarter"), speak of different times: their figures are not one figure told twice, so they
 * neither corroborate nor conflict on it ("A number conflict needs the same measured thing, of the
 * same subject, at the same time"). Read from the sentence's text at relation time (nothing
 * stored), so it applies to a library analysed by any engine version.
 */

const MONTH_SHORT: Record<string, string> = { jan: 'january', feb: 'february', mar: 'march', apr: 'april', jun: 'june', jul: 'july', aug: 'august', sep: 'september', sept: 'september', oct: 'october', nov: 'november', dec: 'december' };
const ORDINAL_PERIOD: Record<string, string> = { first: '1', second: '2', third: '3', fourth: '4', last: 'last', final: 'last', '1st': '1', '2nd': '2', '3rd': '3', '4th': '4' };

/** Moments by kind ("month" -> {"march"}). */
export type Moments = Map<string, Set<string>>;

function add(m: Moments, kind: string, value: string): void {
  const set = m.get(kind);
  if (set) set.add(value);
  else m.set(kind, new Set([value]));
}

/** The moments named in `text`. */
export function momentsOf(text: string): Moments {
  const m: Moments = new Map();
  // Months: capitalised names; "May" only as a date ("in May", "May 5"), never the verb.
  for (const hit of text.matchAll(/\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?(\s+\d{1,2}\b)?/g)) {
    const word = hit[1].toLowerCase();
    if (word === 'may' && !hit[2] && !/\b(in|on|since|until|by|of|early|late|mid|last|next|this)\s+$/i.test(text.slice(Math.max(0, hit.index - 8), hit.index))) continue;
    if (word === 'mar' && !hit[2]) continue; // "mar" the verb
    add(m, 'month', MONTH_SHORT[word] ?? word);
  }
  for (const hit of text.matchAll(/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g)) add(m, 'weekday', hit[1].toLowerCase());
  for (const hit of text.matchAll(/\b(first|second|third|fourth|last|final|1st|2nd|3rd|4th)[\s-]+(quarter|half)\b/gi)) {
    add(m, hit[2].toLowerCase(), ORDINAL_PERIOD[hit[1].toLowerCase()]);
  }
  for (const hit of text.matchAll(/\bQ([1-4])\b/g)) add(m, 'quarter', hit[1]);
  for (const hit of text.matchAll(/\b(morning|afternoon|evening|overnight|night)\b/gi)) add(m, 'daypart', hit[1].toLowerCase() === 'overnight' ? 'night' : hit[1].toLowerCase());
  // A market's session: "opened 2 percent higher" / "closed 3 percent lower", "at the open/close".
  for (const hit of text.matchAll(/\b(opened|closed|at the (?:open|close)|in (?:early|late) trading|at the opening|at the closing)\b/gi)) {
    add(m, 'session', /open|early/i.test(hit[1]) ? 'open' : 'close');
  }
  for (const hit of text.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)) add(m, 'year', hit[1]);
  // The span a market figure covers: "rose 0.8 percent on Friday" (a day), "… for the week".
  for (const hit of text.matchAll(/(?:\bpercent|\bper cent|%|\bpoints?|\bcents?)\s+(?:on|for|over|in|during|this|last)\s+(?:the\s+)?(day|session|week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gi)) {
    const w = hit[1].toLowerCase();
    add(m, 'span', /day$/.test(w) || w === 'session' ? 'day' : w);
  }
  // Clock times: "3 p.m.", "1:30 pm", "08:44", "at noon".
  for (const hit of text.matchAll(/\b(\d{1,2})(?::(\d\d))?\s*([ap])\.?m\b\.?|\b(\d{1,2}):(\d\d)\b|\b(noon|midnight)\b/gi)) {
    add(m, 'clock', hit[6] ? hit[6].toLowerCase() : `${hit[1] ?? hit[4]}:${hit[2] ?? hit[5] ?? '00'}${hit[3] ? hit[3].toLowerCase() : ''}`);
  }
  return m;
}

/**
 * A moment one sentence names and the other does not ("By 3 p.m. the storm carried winds of 150
 * mph" / "… lashing the coast with winds of 155 mph"): the two may be readings of different
 * times. Not enough to set a confirmation apart, but a contradiction needs the same time.
 */
export function unsharedMoment(a: Moments, b: Moments): string | undefined {
  for (const [x, y] of [[a, b], [b, a]] as const) {
    for (const [kind, values] of x) {
      if (kind === 'year') continue; // the article's year is often left unsaid
      const other = y.get(kind);
      if (!other || ![...values].some((v) => other.has(v))) return [...values].join(', ');
    }
  }
  return undefined;
}

/**
 * The first kind of moment both name with nothing in common, as "March / April", or undefined
 * when they may speak of the same time.
 */
export function otherMoment(a: Moments, b: Moments): string | undefined {
  for (const [kind, values] of a) {
    const other = b.get(kind);
    if (!other || [...values].some((v) => other.has(v))) continue;
    return `${[...values].join(', ')} / ${[...other].join(', ')}`;
  }
  return undefined;
}
