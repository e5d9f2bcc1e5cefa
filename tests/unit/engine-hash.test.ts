import { describe, expect, it } from 'vitest';
import { normalizeForHash, textHash } from '../../src/engine/hash';

/** The hash as defined: FNV-1a (two lanes) over the normalised text, its length mixed in. */
function reference(text: string): string {
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

describe('textHash', () => {
  it('hashes ASCII text (its fast path) as the normalised text, like any other text', () => {
    const texts = ['', ' ', '--', 'a', ' A b ', 'The talks, which lasted 90 minutes, ended.\n\nPutin said: "fine".', '  x__y  ', 'U.S.-Russia', 'é', 'Kelvin K and İstanbul', 'tab\there\u00a0nbsp'];
    for (const t of texts) expect(textHash(t), JSON.stringify(t)).toBe(reference(t));
    let x = 1;
    const pick = (n: number) => ((x = Math.imul(x, 1103515245) + 12345) >>> 8) % n;
    const alphabet = ['a', 'Z', '0', ' ', '\n', '-', '.', "'", '’', 'é', '_', '~', '\x7f', '\x00'];
    for (let k = 0; k < 3000; k++) {
      const t = Array.from({ length: pick(10) }, () => alphabet[pick(alphabet.length)]).join('');
      expect(textHash(t), JSON.stringify(t)).toBe(reference(t));
    }
  });

  it('ignores case, punctuation and spacing', () => {
    expect(textHash('Hello,   World!')).toBe(textHash('hello world'));
    expect(textHash('Hello World')).not.toBe(textHash('HelloWorld'));
  });
});
