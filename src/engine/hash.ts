/** Normalise text for identity checks: case, punctuation and spacing do not make a new article. */
export function normalizeForHash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * A 64-bit FNV-1a hash (as 16 hex digits) of the normalised text. Not cryptographic: it only has
 * to tell "the same article" apart, synchronously, in Node and in a service worker alike.
 */
export function textHash(text: string): string {
  const lower = text.toLowerCase();
  // ASCII text (most of it) is hashed as normalised without building the normalised copy: the
  // same characters, a space between runs of letters and digits.
  if (!ASCII.test(lower)) return hashOf(normalizeForHash(text));
  let n = 0;
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < lower.length; i++) {
    const w = isAsciiWordChar(lower.charCodeAt(i));
    if (w) { n++; if (!inRun) runs++; }
    inRun = w;
  }
  if (runs > 1) n += runs - 1;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ n;
  let started = false;
  let gap = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (!isAsciiWordChar(c)) { gap = true; continue; }
    if (gap && started) {
      h1 = Math.imul(h1 ^ 32, 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ 32, 0x5bd1e995) >>> 0;
    }
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    started = true;
    gap = false;
  }
  return hex(h1, h2);
}

const ASCII = /^[\x00-\x7f]*$/;

/** A lower-case ASCII letter or digit: what \p{L} and \p{N} match in lower-cased ASCII. */
function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

function hashOf(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return hex(h1, h2);
}

function hex(h1: number, h2: number): string {
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}
