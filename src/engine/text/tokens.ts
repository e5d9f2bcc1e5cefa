import { stemmer } from 'stemmer';
import { baseOf } from '../data/lexicon';
import { boundedMemo } from '../memo';
import { STOP_WORDS } from './stopwords';

/** One word of a sentence. */
export interface Token {
  /** As written, possessive "'s" removed. */
  raw: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Digits (possibly with , or .). */
  num: boolean;
  /** Punctuation (other than hyphens, apostrophes) stands between this token and the previous one. */
  sep: boolean;
}

// Dotted acronyms first ("U.S.", "a.m."), then numbers ("1,000", "3.5"), then words with an inner
// apostrophe ("don't"); hyphens split words so "Russia-U.S." yields "Russia" and "U.S.".
const TOKEN = /(?:\p{L}\.){2,}|\d[\d,]*(?:\.\d+)?|[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;

/** Split a sentence into word tokens with offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prevEnd = 0;
  while ((m = TOKEN.exec(text))) {
    let raw = m[0];
    const n = raw.length;
    // Possessive "'s" (either apostrophe) is not part of the word.
    if (n > 3 && (raw[n - 1] === 's' || raw[n - 1] === 'S') && (raw[n - 2] === "'" || raw[n - 2] === '’')) raw = raw.slice(0, -2);
    const lower = raw.includes('’') ? raw.toLowerCase().replace(/’/g, "'") : raw.toLowerCase();
    const c0 = raw.charCodeAt(0);
    out.push({
      raw,
      lower,
      start: m.index,
      end: m.index + raw.length,
      cap: c0 >= 65 && c0 <= 90 ? true : c0 < 128 ? false : /^\p{Lu}/u.test(raw),
      num: c0 >= 48 && c0 <= 57,
      sep: hasSeparator(text, prevEnd, m.index),
    });
    prevEnd = m.index + m[0].length;
  }
  return out;
}

/** Punctuation (anything but spaces, hyphens and apostrophes) between two offsets. */
function hasSeparator(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch !== ' ' && ch !== '-' && ch !== '‐' && ch !== "'" && ch !== '’' && !/\s/.test(ch)) return true;
  }
  return false;
}

/** Porter stem of a lower-case word, with irregular forms mapped to their base ("met" -> "meet"). */
export const stem = boundedMemo(50_000, (lower: string) => baseOf(stemmer(lower.replace(/n't$/, ''))));

/** True for function words that never count as content. */
export function isStop(lower: string): boolean {
  return STOP_WORDS.has(lower);
}
