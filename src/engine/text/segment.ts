import { ABBREVIATIONS, SENTENCE_STARTERS } from './abbreviations';
import type { Sentence } from '../types';

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«']);
const BULLET = /[•·|▪►]/g;

/** True when the character could begin a new sentence. */
function startsSentence(ch: string): boolean {
  return /[\p{Lu}\p{N}]/u.test(ch) || OPENERS.has(ch);
}

/** The word (letters and inner dots) that ends just before position `dot` in `text`. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}\p{N}.\-]/u.test(text[i - 1])) i--;
  return text.slice(i, dot);
}

/** The word that starts at or after `pos` (skipping opening quotes). */
function wordAfter(text: string, pos: number): string {
  let i = pos;
  while (i < text.length && OPENERS.has(text[i])) i++;
  const m = /^[\p{L}\p{N}]+/u.exec(text.slice(i, i + 40));
  return m ? m[0] : '';
}

/** Decide whether the full stop at `dot` ends a sentence, given that a capital follows. */
function periodEnds(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot);
  const last = word.split(/[-.]/).filter(Boolean).pop() ?? '';
  const nextWord = wordAfter(text, next);
  if (ABBREVIATIONS.has(last.toLowerCase())) {
    // "Sept. 5", "Mr. Putin": never a boundary; "…in Sept. The next day" is rare enough to accept.
    return false;
  }
  // Single initials ("J. Smith") and dotted acronyms ("U.S.", "Russia-U.S.") usually continue.
  const dotted = /(?:^|[-])(?:\p{L}\.)+\p{L}?$/u.test(word + '.') || /^\p{Lu}$/u.test(last);
  if (dotted) return SENTENCE_STARTERS.has(nextWord.toLowerCase());
  return true;
}

/** Split one paragraph (no line breaks) into sentences; offsets are relative to `base`. */
function splitParagraph(text: string, base: number, out: Sentence[]): void {
  // A run of bullet-separated links is one piece of chrome, not many sentences.
  if ((text.match(BULLET) ?? []).length >= 2) {
    push(text, 0, text.length, base, out);
    return;
  }
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < text.length && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
    while (end < text.length && CLOSERS.has(text[end])) end++;
    // A full stop right after a closing quote ('…negotiation".') belongs to this sentence too.
    if (end < text.length && text[end] === '.') end++;
    if (end >= text.length || !/\s/.test(text[end])) continue;
    let next = end;
    while (next < text.length && /\s/.test(text[next])) next++;
    if (next >= text.length || !startsSentence(text[next])) continue;
    if (ch === '.' && !periodEnds(text, i, next)) continue;
    push(text, start, end, base, out);
    start = next;
    i = next - 1;
  }
  push(text, start, text.length, base, out);
}

function push(text: string, start: number, end: number, base: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ text: text.slice(start, end), start: base + start, end: base + end });
}

/**
 * Split article text into sentences with offsets into `text`. Every line break ends a sentence
 * (headlines and bylines have no full stop), and each paragraph is split on its own: whole-text
 * segmentation is super-linear in some engines, and sentences never cross paragraphs.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const lines = /[^\n\r]+/g;
  let m: RegExpExecArray | null;
  while ((m = lines.exec(text))) splitParagraph(m[0], m.index, out);
  return out;
}
