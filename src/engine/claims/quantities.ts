import { isStop, stem, type Token } from '../text/tokens';
import type { Quantity } from '../types';

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

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

/** Month names and their abbreviations, whole words only ("decades" is no December). */
const MONTHS = /^(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)$/;

/** Read a number starting at token i: digits, number words ("ninety", "twenty-five"), "a"/"an"/"half". */
function readNumber(toks: Token[], i: number): { value: number; next: number } | null {
  const t = toks[i];
  if (!t) return null;
  if (t.num) {
    let value = Number(t.lower.replace(/,/g, ''));
    let next = i + 1;
    const scale = toks[next] && SCALE[toks[next].lower];
    if (scale) { value *= scale; next++; }
    return Number.isFinite(value) ? { value, next } : null;
  }
  if (t.lower === 'half' && toks[i + 1] && /^an?$/.test(toks[i + 1].lower)) return { value: 0.5, next: i + 2 };
  if (t.lower === 'a' || t.lower === 'an') {
    if (toks[i + 1]?.lower === 'half') return { value: 0.5, next: i + 2 };
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

function toRange(value: number, cmp: Cmp): Pick<Quantity, 'lo' | 'hi' | 'loOpen' | 'hiOpen'> {
  switch (cmp) {
    case 'gt': return { lo: value, hi: Infinity, loOpen: true, hiOpen: true };
    case 'lt': return { lo: 0, hi: value, loOpen: false, hiOpen: true };
    case 'about': return { lo: value * 0.85, hi: value * 1.15, loOpen: false, hiOpen: false };
    case 'almost': return { lo: value * 0.85, hi: value, loOpen: false, hiOpen: false };
    // Reported figures are rounded: allow 5%.
    default: return { lo: value * 0.95, hi: value * 1.05, loOpen: false, hiOpen: false };
  }
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
    const isWordNum = !t.num && (t.lower in SMALL || t.lower === 'half' || t.lower === 'a' || t.lower === 'an');
    if (!t.num && !isWordNum) continue;
    if (t.num && /^(1[89]|20)\d\d$/.test(t.lower) && !/^(minute|hour|people|percent)/.test(toks[i + 1]?.lower ?? '')) continue; // a year
    if (t.num && toks[i - 1] && MONTHS.test(toks[i - 1].lower) && Number(t.lower) <= 31) continue; // "September 5"
    if (t.num && toks[i + 1] && MONTHS.test(toks[i + 1].lower) && Number(t.lower) <= 31) continue; // "5 September"
    if (t.num && toks[i - 1]?.lower === 'of' && toks[i - 2]?.cap) continue; // "Group of 20"
    const num = readNumber(toks, i);
    if (!num) continue;
    const unitTok = toks[num.next];
    if (!unitTok) continue;
    let dim = '';
    let unit = '';
    let value = num.value;
    const ul = unitTok.lower;
    if (ul in DURATION) {
      dim = 'duration';
      unit = 'min';
      value *= DURATION[ul];
    } else if (ul === 'percent' || (ul === 'per' && toks[num.next + 1]?.lower === 'cent') || text[unitTok.start - 1] === '%') {
      dim = 'percent';
      unit = '%';
    } else if (isWordNum && (t.lower === 'a' || t.lower === 'an')) {
      continue; // "a meeting" is not a count
    } else if (/^\p{L}{3,}$/u.test(ul) && !unitTok.cap && !isStop(ul) && !(isWordNum && value < 3)) {
      // Counts of a noun ("129 people"); "one photo", "two leaders" are wording, not figures.
      dim = 'count';
      unit = stem(ul);
    } else continue;
    if (t.num && text[t.start - 1] === '$') { dim = 'money'; unit = 'usd'; }
    const { cmp, first } = comparatorBefore(toks, i);
    const start = toks[first].start;
    const end = unitTok.end;
    out.push({ dim, unit, ...toRange(value, cmp), surface: text.slice(start, end), start, end });
    i = num.next;
  }
  return out;
}

/** Do two ranges of the same dimension and unit leave room for one true value? */
export function compatible(a: Quantity, b: Quantity): boolean {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  if (lo < hi) return true;
  if (lo > hi) return false;
  const loOpen = a.lo === lo ? a.loOpen : b.loOpen;
  const hiOpen = a.hi === hi ? a.hiOpen : b.hiOpen;
  return !(loOpen || hiOpen);
}

/** Two quantities measure the same kind of thing. */
export function sameKind(a: Quantity, b: Quantity): boolean {
  return a.dim === b.dim && a.unit === b.unit;
}
