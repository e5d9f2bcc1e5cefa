import { describe, expect, it } from 'vitest';
import { lzCompress, lzDecompress } from '../../src/engine/index/lz';
import { packClaims, unpackClaims } from '../../src/engine/index/packed-claims';
import { analyzeArticle } from '../../src/engine';

const roundTrip = (bytes: Uint8Array) => expect(lzDecompress(lzCompress(bytes))).toEqual(bytes);

describe('the in-memory claims codec (lz.ts)', () => {
  it('round-trips empty, tiny and incompressible input', () => {
    roundTrip(new Uint8Array(0));
    for (let n = 1; n < 40; n++) roundTrip(Uint8Array.from({ length: n }, (_, i) => (i * 7) & 255));
    let x = 12345;
    const noise = Uint8Array.from({ length: 70_000 }, () => ((x = Math.imul(x, 1103515245) + 12345) >>> 16) & 255);
    roundTrip(noise);
  });

  it('round-trips runs, long matches (over 255 + 15 bytes) and matches that overlap themselves', () => {
    roundTrip(new Uint8Array(5000).fill(97));
    const text = new TextEncoder().encode('abc'.repeat(400) + 'the quick brown fox '.repeat(300) + 'xyz'.repeat(2));
    roundTrip(text);
    const c = lzCompress(text);
    expect(c.length).toBeLessThan(text.length / 20);
  });

  it('round-trips matches further back than its window (64 KB) as literals or nearer copies', () => {
    let x = 7;
    const block = Uint8Array.from({ length: 40_000 }, () => ((x = Math.imul(x, 1103515245) + 12345) >>> 16) & 255);
    const twice = new Uint8Array(120_000);
    twice.set(block, 0);
    twice.set(block, 80_000);
    roundTrip(twice);
  });

  it('packs and unpacks an article\'s claims as they were (Infinity kept)', () => {
    const text = 'The talks lasted more than an hour, officials said on Monday. Vladimir Putin told reporters that the meeting was “constructive” and “frank”. The two leaders did not reach a deal on Syria, a senior US official said.';
    const claims = analyzeArticle({ id: 'a', outlet: 'o', title: 't', text }, 0).claims.map((c, i) => ({ ...c, key: i + 1, articleId: 'a' }));
    expect(claims.some((c) => c.features.quantities.some((q) => q.hi === Infinity))).toBe(true);
    const p = packClaims('a', claims);
    expect(unpackClaims(p)).toEqual(claims);
    expect(unpackClaims(p, [1])).toEqual([claims[1]]);
  });
});
