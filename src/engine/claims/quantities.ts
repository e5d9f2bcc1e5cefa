import { isStop, stem, type Token } from '../text/tokens';
import type { Quantity } from '../types';

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** Scales written right after the digits, with no space ("$717m", "€3bn"). */
const GLUED_SCALE: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12 };

/** Words that write a number, or a fraction of one ("five", "dozens", "millions", "half"). */
const NUMBER_WORDS = new Set([...Object.keys(SMALL), ...Object.keys(SCALE)].flatMap((w) => [w, `${w}s`]).concat(['half', 'quarter', 'third']));

/** Does a text write any number, in digits or in words ("killing at least five", "7.9mm", "dozens")? */
export function writesNumber(text: string): boolean {
  return /\d/.test(text) || text.toLowerCase().split(/[^a-z]+/).some((w) => NUMBER_WORDS.has(w));
}

/** Duration units in minutes. */
const DURATION: Record<string, number> = {
  second: 1 / 60, seconds: 1 / 60, sec: 1 / 60, secs: 1 / 60,
  minute: 1, minutes: 1, min: 1, mins: 1,
  hour: 60, hours: 60, hr: 60, hrs: 60,
  day: 1440, days: 1440, week: 10080, weeks: 10080,
  month: 43800, months: 43800, year: 525600, years: 525600, decade: 5256000, decades: 5256000,
};

type Cmp = 'gt' | 'lt' | 'about' | 'almost' | 'exact';
/** Comparator phrases, longest first, as lower-case word sequences ending right before the number. */
const COMPARATORS: Array<[string[], Cmp]> = [
  [['more', 'than'], 'gt'], [['longer', 'than'], 'gt'], [['greater', 'than'], 'gt'], [['at', 'least'], 'gt'],
  [['upwards', 'of'], 'gt'], [['in', 'excess', 'of'], 'gt'], [['over'], 'gt'], [['exceeding'], 'gt'],
  [['less', 'than'], 'lt'], [['fewer', 'than'], 'lt'], [['shorter', 'than'], 'lt'], [['under'], 'lt'],
  [['at', 'most'], 'lt'], [['up', 'to'], 'lt'], [['no', 'more', 'than'], 'lt'], [['barely'], 'lt'],
  [['about'], 'about'], [['around'], 'about'], [['roughly'], 'about'], [['some'], 'about'],
  [['approximately'], 'about'], [['an', 'estimated'], 'about'], [['close', 'to'], 'about'], [['nearly'], 'almost'],
  [['almost'], 'almost'], [['just', 'under'], 'almost'], [['exactly'], 'exact'], [['precisely'], 'exact'],
];

const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Capitalised words that lead a figure without naming anything ("About 300", "Some 85 miles"). */
const LEADS_FIGURE = new Set(COMPARATORS.flatMap(([w]) => w).concat(['only', 'just', 'nearly', 'almost', 'all', 'another', 'the', 'by', 'with', 'of', 'from', 'to', 'and', 'or', 'but', 'total', 'top', 'page']));

/**
 * A whole number written right after a capitalised word that is not a function word: part of a
 * name ("Model 3", "Boeing 737", "Flight 302", "Article 50", "Category 4"), not a figure. Reading
 * it as one made "Model 3 production" confirm every sentence about Model 3.
 */
function numberInName(toks: Token[], i: number, text: string): boolean {
  const prev = toks[i - 1];
  if (!prev?.cap || !/^\d+$/.test(toks[i].lower) || isStop(prev.lower) || LEADS_FIGURE.has(prev.lower) || MONTHS.test(prev.lower) || WEEKDAY.test(prev.lower)) return false;
  if (!/^[\p{L}.-]+$/u.test(prev.raw) || text.slice(prev.end, toks[i].start) !== ' ') return false;
  // A sign after it keeps it a figure ("… Group 5%").
  return text[toks[i].end] !== '%';
}

/** Month names and their abbreviations, whole words only ("decades" is no December). */
const MONTHS = /^(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)$/;

/** Half a unit of the last digit of the number `readNumber` read last (0 for number words: whole). */
let precision = 0;

/** Read a number starting at token i: digits, number words ("ninety", "twenty-five"), "a"/"an"/"half". */
function readNumber(toks: Token[], i: number, money = false): { value: number; next: number } | null {
  const t = toks[i];
  precision = 0;
  if (!t) return null;
  if (t.num) {
    let value = Number(t.lower.replace(/,/g, ''));
    let next = i + 1;
    // "84 billion", or a scale glued to the digits as newsrooms write money ("$717m", "£4.2bn").
    // ("10m" alone may be metres: a glued "m", "b" or "k" is a scale only on money.)
    const suffix = toks[next] && toks[next].start === t.end ? toks[next].lower : '';
    const glued = money || suffix.length > 1 ? GLUED_SCALE[suffix] : undefined;
    const scale = toks[next] && (SCALE[toks[next].lower] ?? glued);
    if (scale) { value *= scale; next++; }
    // Half a unit of the last digit written: "13.58 billion" is known to 0.005 billion, "84 billion" to 0.5.
    const decimals = /\.(\d+)$/.exec(t.lower)?.[1].length ?? 0;
    precision = 0.5 * 10 ** -decimals * (scale || 1);
    return Number.isFinite(value) ? { value, next } : null;
  }
  if (t.lower === 'half' && toks[i + 1] && /^an?$/.test(toks[i + 1].lower)) return { value: 0.5, next: i + 2 };
  if (t.lower === 'a' || t.lower === 'an') {
    if (toks[i + 1]?.lower === 'half') return { value: 0.5, next: i + 2 };
    // "a quarter of a percent", "a quarter of one percent", "a quarter-point"
    if (toks[i + 1]?.lower === 'quarter') {
      const of = toks[i + 2]?.lower === 'of' && /^(a|an|one)$/.test(toks[i + 3]?.lower ?? '') ? 2 : 0;
      return { value: 0.25, next: i + 2 + of };
    }
    if (toks[i + 1] && SCALE[toks[i + 1].lower]) return { value: SCALE[toks[i + 1].lower], next: i + 2 };
    return { value: 1, next: i + 1 };
  }
  if (!(t.lower in SMALL)) return null;
  let value = SMALL[t.lower];
  let next = i + 1;
  // "twenty five" / "twenty-five" (the tokenizer splits on hyphens).
  if (value >= 20 && value % 10 === 0 && toks[next] && SMALL[toks[next].lower] && SMALL[toks[next].lower] < 10) {
    value += SMALL[toks[next].lower];
    next++;
  }
  const scale = toks[next] && SCALE[toks[next].lower];
  if (scale) { value *= scale; next++; }
  return { value, next };
}

/** Find the comparator ending right before token i, if any. */
function comparatorBefore(toks: Token[], i: number): { cmp: Cmp; first: number } {
  for (const [words, cmp] of COMPARATORS) {
    const first = i - words.length;
    if (first < 0) continue;
    if (words.every((w, k) => toks[first + k].lower === w)) return { cmp, first };
  }
  return { cmp: 'exact', first: i };
}

function toRange(value: number, cmp: Cmp, half = 0, count = false): Pick<Quantity, 'lo' | 'hi' | 'loOpen' | 'hiOpen'> {
  switch (cmp) {
    case 'gt': return { lo: value, hi: Infinity, loOpen: true, hiOpen: true };
    case 'lt': return { lo: 0, hi: value, loOpen: false, hiOpen: true };
    case 'about': return { lo: value * 0.85, hi: value * 1.15, loOpen: false, hiOpen: false };
    case 'almost': return { lo: value * 0.85, hi: value, loOpen: false, hiOpen: false };
    // A figure is known to its last written digit ("13.58" is not "13.2"; "84" may be "84.3"),
    // and conversions round: at least 0.5% either way.
    default: {
      // A whole number in words is known to the unit ("five": 4.55 to 5.45); a fraction in words
      // is exact ("a quarter" is not "half").
      // A count in digits is exact: "212 passengers" is not "214" (no conversion rounds it).
      const slack = Math.max(half || (value < 1 ? 0.1 * value : 0.45), count ? 0 : value * 0.005);
      return { lo: value - slack, hi: value + slack, loOpen: false, hiOpen: false };
    }
  }
}

/** "and a half" / "and an half" starting at token i. */
function isAndAHalf(toks: Token[], i: number): boolean {
  return toks[i]?.lower === 'and' && /^an?$/.test(toks[i + 1]?.lower ?? '') && toks[i + 2]?.lower === 'half';
}

/** Words before a duration that make it a point in time, not a measure: "after an hour", "in nine years". */
const TIME_REF_BEFORE = /^(after|within|in|since|past|last|next)$/;
/** Words after a duration that make it a point in time: "two years ago", "seven years to the day". */
const TIME_REF_AFTER = /^(ago|earlier|later|before|after|since|old)$/;
/** Verbs of change: "rose 3%" measures a change, "stands at 3%" a level. */
const CHANGE = /^(rose|rise|rises|rising|fell|fall|falls|falling|up|down|increase|increased|increases|decrease|decreased|gain|gained|gains|lost|lose|loses|jumped|jump|jumps|dropped|drop|drops|climbed|climb|slipped|slid|grew|grow|shrank|cut|cuts|raised|raise|raises|lowered|lower|lift|lifts|lifted|hike|hiked|added|soared|plunged|tumbled|surged|declined|decline|higher|lower|more|less)$/;

/** "3 to 5 percent", "between 0.25 and 0.5 percent", "0.25-0.5%": the second number and its end. */
function rangeAfter(toks: Token[], text: string, next: number): { value: number; next: number } | null {
  const joiner = toks[next];
  if (!joiner || !/^(to|and)$/.test(joiner.lower)) {
    // "0.25-0.5 percent": a hyphen between two numbers (a score, "2-0", never gets here: inScore)
    if (joiner?.num && text.slice(toks[next - 1].end, joiner.start).trim() === '-') return readNumber(toks, next);
    return null;
  }
  return readNumber(toks, next + 1);
}

/** Is token i one side of a score ("2-0", "3–1"): two whole numbers joined by a dash, not rising? */
function inScore(toks: Token[], i: number, text: string): boolean {
  const dash = (a: Token, b: Token) => /^[-–]$/.test(text.slice(a.end, b.start)) && /^\d{1,2}$/.test(a.lower) && /^\d{1,2}$/.test(b.lower);
  const next = toks[i + 1];
  const prev = toks[i - 1];
  if (next?.num && dash(toks[i], next) && Number(next.lower) <= Number(toks[i].lower)) return true;
  return !!prev?.num && dash(prev, toks[i]) && Number(toks[i].lower) <= Number(prev.lower);
}

/** Words a share in words can start with. */
const SHARE_STARTS = new Set(['half', 'a', 'one', '1', 'two', 'three', 'four', 'two-thirds', 'three-quarters', 'three-fifths', 'two-fifths', 'four-fifths', 'three-fourths']);
/** Shares written as fractions: "half of", "a third of", "two-thirds of", "one in five". */
const FRACTIONS: Record<string, number> = { half: 50, third: 100 / 3, thirds: 100 / 3, quarter: 25, quarters: 25, fifth: 20, fifths: 20 };

/**
 * A share written in words at token i, as a percentage: "half of the voters" (50), "a third of"
 * (33), "two-thirds of", "three quarters of", "one in five" (20). Not a period ("the first half of
 * the year", "in the second quarter of"), nor part of a point ("a quarter of a percentage point").
 */
function shareAt(toks: Token[], i: number): { value: number; next: number } | null {
  // Most tokens start no share: the cheap test first (this runs on every token of every claim).
  if (!SHARE_STARTS.has(toks[i].lower)) return null;
  const w = (k: number) => toks[k]?.lower ?? '';
  if (/^(first|second|third|fourth|final|last|the|latter|former|each|every|this|that)$/.test(w(i - 1))) return null;
  // "one in five", "1 in 4"
  if ((w(i) === 'one' || w(i) === '1') && w(i + 1) === 'in') {
    const d = toks[i + 2]?.num ? Number(w(i + 2)) : SMALL[w(i + 2)];
    return d && d >= 2 && d <= 100 && !/^(percent|per)$/.test(w(i + 3)) ? { value: 100 / d, next: i + 3 } : null;
  }
  let k = i;
  let count = 1;
  if (w(k) === 'a' || w(k) === 'one') k++;
  else if (SMALL[w(k)] !== undefined && SMALL[w(k)] >= 2 && SMALL[w(k)] <= 4) { count = SMALL[w(k)]; k++; }
  else if (/^(two|three|four)-(thirds|quarters|fifths)$/.test(w(k))) {
    const [n, f] = w(k).split('-');
    return w(k + 1) === 'of' && !/^(a|an|one)$/.test(w(k + 2)) ? { value: SMALL[n] * FRACTIONS[f], next: k + 1 } : null;
  }
  const f = FRACTIONS[w(k)];
  if (f === undefined || (w(k) === 'half' && k !== i) || w(k + 1) !== 'of') return null;
  // "a quarter of a point", "half of one percent": part of a unit, read elsewhere.
  if (/^(a|an|one)$/.test(w(k + 2))) return null;
  return { value: count * f, next: k + 1 };
}

/**
 * Numbers with units and comparators, normalised to ranges in a base unit: durations in minutes,
 * percentages, money, and counts of a noun ("129 people"). Years, days of the month, ordinals and
 * names like "G20" are not quantities.
 */
export function extractQuantities(text: string, toks: Token[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const share = shareAt(toks, i);
    if (share) {
      // A share in words is a round figure: "about half" and "half" both cover 45 to 55 percent.
      const { cmp, first } = comparatorBefore(toks, i);
      const range = cmp === 'exact' || cmp === 'about' ? { lo: share.value * 0.9, hi: share.value * 1.1, loOpen: false, hiOpen: false } : toRange(share.value, cmp);
      const end = toks[share.next - 1].end;
      out.push({ dim: 'percent', unit: '%', ...range, surface: text.slice(toks[first].start, end), start: toks[first].start, end });
      i = share.next - 1;
      continue;
    }
    const isWordNum = !t.num && (t.lower in SMALL || t.lower === 'half' || t.lower === 'a' || t.lower === 'an');
    if (!t.num && !isWordNum) continue;
    if (t.num && /^(1[89]|20)\d\d$/.test(t.lower) && !/^(minute|hour|people|percent)/.test(toks[i + 1]?.lower ?? '')) continue; // a year
    if (t.num && toks[i - 1] && MONTHS.test(toks[i - 1].lower) && Number(t.lower) <= 31) continue; // "September 5"
    if (t.num && toks[i + 1] && MONTHS.test(toks[i + 1].lower) && Number(t.lower) <= 31) continue; // "5 September"
    if (t.num && toks[i - 1]?.lower === 'of' && toks[i - 2]?.cap) continue; // "Group of 20"
    if (t.num && numberInName(toks, i, text)) continue; // "Model 3", "Boeing 737", "Article 50"
    if (t.num && inScore(toks, i, text)) continue; // "a 2-0 win", "3-1": a score (relate/outcomes.ts reads it)
    const num = readNumber(toks, i, !!toks[i]?.num && currencyBefore(text, toks[i], toks[i - 1]) !== undefined);
    if (!num) continue;
    // "two and a half hours": the half belongs to the number (not a range "two and a half").
    if (isAndAHalf(toks, num.next)) {
      num.value += 0.5;
      num.next += 3;
    }
    const half = precision;
    // A range: the unit stands after its second number ("3 to 5 percent").
    const second = toks[num.next] && !isUnitWord(toks[num.next], text) ? rangeAfter(toks, text, num.next) : null;
    const upper = second && toks[second.next] && isUnitWord(toks[second.next], text) ? second : null;
    if (upper) num.next = upper.next;
    // Figures that carry their unit as a sign: "$84 billion", "USD 52 billion", "€3m", "8%".
    const lastNum = toks[num.next - 1];
    const currency = t.num ? currencyBefore(text, t, toks[i - 1]) : undefined;
    const pctSign = text[lastNum.end] === '%';
    if (currency || pctSign) {
      const { cmp, first } = comparatorBefore(toks, i);
      const start = currency && toks[i - 1] && /^(usd|eur|gbp)$/.test(toks[i - 1].lower) ? toks[i - 1].start : toks[first].start;
      const end = lastNum.end + (pctSign ? 1 : 0);
      const change = toks.slice(Math.max(0, first - 3), first).some((x) => CHANGE.test(x.lower)) && !/^(to|at)$/.test(toks[first - 1]?.lower ?? '');
      const range = upper ? { lo: num.value * 0.98, hi: upper.value * 1.02, loOpen: false, hiOpen: false } : toRange(num.value, cmp, half);
      out.push({ dim: currency ? 'money' : 'percent', unit: currency ?? '%', ...range, surface: text.slice(Math.min(start, t.start - (currency && text[t.start - 1] !== ' ' ? 1 : 0)), end), start, end, ...(change ? { change } : {}) });
      i = num.next - 1;
      continue;
    }
    const unitTok = toks[num.next];
    if (!unitTok) continue;
    // "rises to 241, officials say": a word after punctuation is not the figure's unit.
    // (A number token keeps a trailing comma: "241,".)
    if (/[,;:!?)]/.test(text.slice(toks[num.next - 1].end, unitTok.start)) || /\d[,;:]$/.test(toks[num.next - 1].lower)) continue;
    let dim = '';
    let unit = '';
    let value = num.value;
    let ul = unitTok.lower;
    // Speeds: "miles per hour" is "mph"; kilometres per hour are converted to it.
    if (/^(miles?|kilometers?|kilometres?)$/.test(ul) && toks[num.next + 1]?.lower === 'per' && /^(hour|hr)$/.test(toks[num.next + 2]?.lower ?? '')) {
      if (ul.startsWith('kilo')) value *= 0.6214;
      ul = 'mph';
    } else if (ul === 'km' && /^h$/.test(toks[num.next + 1]?.lower ?? '')) { value *= 0.6214; ul = 'mph'; }
    else if (ul === 'kph' || ul === 'kmh') { value *= 0.6214; ul = 'mph'; }
    if (ul in DURATION) {
      dim = 'duration';
      unit = 'min';
      value *= DURATION[ul];
    } else if (ul === 'percent' || (ul === 'per' && toks[num.next + 1]?.lower === 'cent') || text[unitTok.start - 1] === '%') {
      if (isWordNum && value === 1 && !t.num && t.lower !== 'one') continue; // "a percent" is wording
      dim = 'percent';
      unit = '%';
    } else if ((ul === 'percentage' && /^points?$/.test(toks[num.next + 1]?.lower ?? '')) || (ul === 'basis' && /^points?$/.test(toks[num.next + 1]?.lower ?? ''))) {
      dim = 'percent-points';
      unit = 'pp';
      if (ul === 'basis') value /= 100;
    } else if (/^points?$/.test(ul) && (value < 1 || (t.num && value <= 1))) {
      // "a quarter of a point", "half a point", "a quarter-point": a rate moved by part of a
      // percentage point. (Whole points are counted: "scored 30 points", "the index fell 300 points".)
      dim = 'percent-points';
      unit = 'pp';
    } else if (isWordNum && (t.lower === 'a' || t.lower === 'an')) {
      continue; // "a meeting" is not a count
    } else if (/^\p{L}{3,}$/u.test(ul) && !unitTok.cap && !isStop(ul) && !(isWordNum && value < 3)) {
      // Counts of a noun ("129 people"); "one photo", "two leaders" are wording, not figures.
      dim = 'count';
      unit = stem(ul);
      // "157 passengers and crew": one count of both nouns, not of passengers alone.
      const and = toks[num.next + 1];
      const other = toks[num.next + 2];
      if (and && other && (and.lower === 'and' || and.lower === '&') && !other.num && !(other.lower in SMALL) && /^\p{L}{3,}$/u.test(other.lower) && !isStop(other.lower) && !/[,;:]/.test(text.slice(unitTok.end, and.start))) {
        unit = `${unit}+${stem(other.lower)}`;
      }
    } else continue;
    const { cmp, first } = comparatorBefore(toks, i);
    const start = toks[first].start;
    let end = unitTok.end;
    // "a quarter of a percentage point", "50 basis points": the unit is two words.
    if (unit === 'pp' && (ul === 'percentage' || ul === 'basis')) end = toks[num.next + 1].end;
    // "an hour and a half", "a year and a half": half of the unit more.
    const trailingHalf = isAndAHalf(toks, num.next + 1);
    if (trailingHalf) {
      value += 0.5 * (value / num.value);
      end = toks[num.next + 3].end;
    }
    const range = upper ? { lo: value * 0.98, hi: (value / num.value) * upper.value * 1.02, loOpen: false, hiOpen: false } : toRange(value, cmp, half * (value / num.value), dim === 'count' && value === num.value);
    // "between 0.25 percent and 0.5 percent": two numbers with their units, read as one range.
    const prev = out[out.length - 1];
    // "between 0.25 percent and 0.5 percent", "three percent to five percent": one range. (Not "from
    // 3 percent to 5 percent", a change from one level to another.)
    const gap = text.slice(prev?.end ?? 0, start);
    const lead = prev ? text.slice(Math.max(0, prev.start - 16), prev.start) : '';
    const joined = prev && sameKind(prev, { dim, unit } as Quantity) && !prev.change &&
      ((/^\s*(to|and|-|–)\s*$/.test(gap) && /\b(between|range of|ranging from)\s*$/i.test(lead)) ||
        (/^\s*(to|-|–)\s*$/.test(gap) && !/\bfrom\s*$/i.test(lead)));
    const before = toks[first - 1]?.lower ?? '';
    const after = toks[num.next + 1] && !toks[num.next + 1].sep ? toks[num.next + 1].lower : '';
    const toTheDay = after === 'to' && toks[num.next + 3]?.lower === 'day';
    const ref = dim === 'duration' && (TIME_REF_BEFORE.test(before) || TIME_REF_AFTER.test(after) || toTheDay || /-/.test(text.slice(unitTok.end, unitTok.end + 1)));
    const change = toks.slice(Math.max(0, first - 3), first).some((x) => CHANGE.test(x.lower)) && before !== 'to' && before !== 'at';
    if (joined) {
      prev.hi = range.hi;
      prev.hiOpen = range.hiOpen;
      prev.surface = text.slice(prev.start, end);
      prev.end = end;
    } else {
      out.push({ dim, unit, ...range, surface: text.slice(start, end), start, end, ...(ref ? { ref } : {}), ...(change ? { change } : {}) });
    }
    i = num.next + (trailingHalf ? 3 : 0);
  }
  return out;
}

/** The currency a figure is written in, from the sign or code before it. */
function currencyBefore(text: string, t: Token, prev: Token | undefined): string | undefined {
  const sign = text[t.start - 1];
  if (sign === '$') return 'usd';
  if (sign === '€') return 'eur';
  if (sign === '£') return 'gbp';
  if (prev && /^(usd|eur|gbp)$/.test(prev.lower) && text.slice(prev.end, t.start).trim() === '') return prev.lower;
  return undefined;
}

/** Could this token be the unit after a number (a duration, percent, or a counted noun)? */
function isUnitWord(t: Token, text: string): boolean {
  return t.lower in DURATION || t.lower === 'percent' || t.lower === 'per' || text[t.start - 1] === '%' || (/^\p{L}{3,}$/u.test(t.lower) && !isStop(t.lower) && !/^(to|and)$/.test(t.lower));
}

/** Do two ranges of the same dimension and unit leave room for one true value? */
export function compatible(a: Quantity, b: Quantity): boolean {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  // Units converted in floating point ("21 seconds" in minutes) meet within rounding error.
  const eps = 1e-9 * Math.max(1, Math.abs(lo));
  if (lo < hi - eps) return true;
  if (lo > hi + eps) return false;
  // Two written precisions that only touch ("14 mph" is 13.5–14.5, "15 mph" 14.5–15.5) are two
  // values; a point on a range's edge is still on it.
  if (a.lo < a.hi && b.lo < b.hi) return false;
  const loOpen = a.lo === lo ? a.loOpen : b.loOpen;
  const hiOpen = a.hi === hi ? a.hiOpen : b.hiOpen;
  return !(loOpen || hiOpen);
}

/** How far above a floor of a count another count is a later moment of it, not the same count. */
const FAR_ABOVE = 1.5;

/**
 * Does the source's figure `b` confirm the page's figure `a`? Compatible, and when both are floors
 * ("at least 17 dead" / "at least 58 dead"), the source's floor is at least as high: "at least
 * seven" says "at least five" is true; "at least 17" does not say "at least 58" is (a running
 * count, read at an earlier moment).
 */
export function confirms(a: Quantity, b: Quantity): boolean {
  if (!compatible(a, b)) return false;
  // Two round figures ("about 105 miles" / "some 85 miles") each allow a margin; their margins
  // meeting is not agreement: each figure must lie within the other's.
  const va = approximate(a);
  const vb = approximate(b);
  if (va !== undefined && vb !== undefined && !(va >= b.lo && va <= b.hi && vb >= a.lo && vb <= a.hi)) return false;
  if (a.hi === Infinity && b.hi === Infinity && b.lo < a.lo) return false;
  // A floor of a count is the count someone had at that moment ("at least 17 dead"): a count far
  // above it ("at least 58", "247 dead") is a later moment of a rising toll, not a confirmation.
  if (a.dim === 'count' && a.hi === Infinity && a.lo > 0 && b.lo > FAR_ABOVE * a.lo) return false;
  // Two shares written to the hundredth ("55.54%" / "55.13%") are two readings, though each is
  // given a little slack for rounding: they agree only to the coarser one's last digit ("55.5%"
  // is "55.54%", "56%" is too).
  if (a.dim === 'percent' && b.dim === 'percent') {
    const x = writtenShare(a.surface);
    const y = writtenShare(b.surface);
    if (x && y && Math.abs(x.value - y.value) > 0.5 * 10 ** -Math.min(x.decimals, y.decimals) + 1e-9) return false;
  }
  return true;
}

/** The figure an approximate quantity is given as ("about 105 miles": 105, "nearly 64 tons": 64),
 *  or undefined when it is not given as approximate: its surface opens with the comparator
 *  (COMPARATORS) that widened its range. */
function approximate(q: Quantity): number | undefined {
  if (!Number.isFinite(q.hi)) return undefined;
  const words = q.surface.toLowerCase().split(/\s+/);
  const cmp = COMPARATORS.find(([w]) => w.every((x, k) => words[k] === x))?.[1];
  if (cmp === 'about') return (q.lo + q.hi) / 2;
  if (cmp === 'almost') return q.hi;
  return undefined;
}

/** The one number of a share as written ("55.54%", "55.5 percent"), with its decimals; undefined
 *  for a range or a loose share ("3 to 5 percent", "about 55%", "more than half"). */
function writtenShare(surface: string): { value: number; decimals: number } | undefined {
  const nums = surface.match(/\d+(?:[.,]\d+)?/g);
  if (!nums || nums.length !== 1 || /\b(about|around|nearly|almost|some|over|more|less|under|roughly|approximately|up to|at least)\b/i.test(surface)) return undefined;
  const n = nums[0].replace(',', '.');
  return { value: Number(n), decimals: n.includes('.') ? n.split('.')[1].length : 0 };
}

/** Two quantities measure the same kind of thing. */
export function sameKind(a: Quantity, b: Quantity): boolean {
  return a.dim === b.dim && a.unit === b.unit;
}
