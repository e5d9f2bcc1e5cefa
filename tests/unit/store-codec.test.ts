import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/engine';
import { decodeClaims, encodeClaims, fromJson, keyedClaims, toJson } from '../../src/store/codec';
import { seedArticles } from './store-fixtures';

describe('stored claims', () => {
  it('JSON keeps infinities, NaN and strings that look like the tag', () => {
    const v = { lo: 60, hi: Infinity, low: -Infinity, odd: NaN, s: '\u0000Infinity', t: '\u0000\u0000x', list: [1, Infinity] };
    expect(fromJson(toJson(v))).toEqual(v);
  });

  it('an article\'s claims round-trip through one row', () => {
    const analyzed = analyzeArticle(seedArticles()[1], 5);
    const claims = keyedClaims(analyzed, 42);
    const row = encodeClaims(claims);
    expect(row.order).toBe(-42);
    expect(decodeClaims(row)).toEqual(claims);
  });
});
