/** The term rows + spilled chunks of the v2 index, on one very common term. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { inArticleTx } from '../../src/store/article-tx';
import { allPostings, appendPostings, POSTINGS_TAIL, POSTINGS_TAIL_MAX, readPostings, removePostings } from '../../src/store/postings';
import { freshDb } from './store-fixtures';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('postings: tails and chunks', () => {
  it('keeps the newest keys in the term row, spills older ones into chunks, and removes from both', async () => {
    const db = await freshDb();
    // 1,500 claims hold "x" (added 37 at a time, as import chunks do); every third holds "y".
    for (let from = 1; from <= 1500; from += 37) {
      const keys = range(from, Math.min(from + 36, 1500));
      await inArticleTx(db, (tx) => appendPostings(tx, new Map([['x', keys], ['y', keys.filter((k) => k % 3 === 0)]])));
    }
    expect((await allPostings(db)).get('x')).toEqual(range(1, 1500));
    const row = (await db.get('terms', 'x'))!;
    expect(row.df).toBe(1500);
    expect(row.tail.length).toBeGreaterThanOrEqual(POSTINGS_TAIL);
    expect(row.tail.length).toBeLessThanOrEqual(POSTINGS_TAIL_MAX);
    expect(row.tail.at(-1)).toBe(1500);
    expect(await db.count('postings')).toBeGreaterThan(1);
    // A page reads one row per term: the full count and the newest keys.
    const read = await readPostings(db, ['x', 'y', 'nope']);
    expect(read.get('x')).toEqual({ df: 1500, tail: row.tail });
    expect(read.has('nope')).toBe(false);

    // Remove most of the newest keys (forcing a refill of the tail) and some old ones.
    const gone = [...range(1000, 1500), ...range(5, 40), 700];
    await inArticleTx(db, (tx) => removePostings(tx, new Map([['x', gone], ['y', gone.filter((k) => k % 3 === 0)]])));
    const left = range(1, 1500).filter((k) => !gone.includes(k));
    expect((await allPostings(db)).get('x')).toEqual(left);
    expect((await allPostings(db)).get('y')).toEqual(left.filter((k) => k % 3 === 0));
    const after = (await db.get('terms', 'x'))!;
    expect(after.df).toBe(left.length);
    expect(after.tail.length).toBeGreaterThanOrEqual(POSTINGS_TAIL);
    expect(after.tail.at(-1)).toBe(999);

    // And everything: the term and its chunks are gone.
    await inArticleTx(db, (tx) => removePostings(tx, new Map([['x', left], ['y', left.filter((k) => k % 3 === 0)]])));
    expect(await db.count('terms')).toBe(0);
    expect(await db.count('postings')).toBe(0);
  });
});
