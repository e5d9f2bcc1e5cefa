/** Normalise text for identity checks: case, punctuation and spacing do not make a new article. */
export function normalizeForHash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * A 64-bit FNV-1a hash (as 16 hex digits) of the normalised text. Not cryptographic: it only has
 * to tell "the same article" apart, synchronously, in Node and in a service worker alike.
 */
export function textHash(text: string): string {
  const s = normalizeForHash(text);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}
