/**
 * Schema v1 -> v2 on a full v1 library (written row by row exactly as the v1 code wrote it):
 * nothing is lost, the index answers as before, and the upgraded library takes new articles and
 * deletions.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, indexTerms, matchPage, MemoryLibrary, splitSentences } from '../../src/engine';
import type { StoredClaim } from '../../src/engine/types';
import { openLibraryDb } from '../../src/store/db';
import { IdbLibrary } from '../../src/store/idb-library';
import { LibraryRepo } from '../../src/store/library-repo';
import { allPostings } from '../../src/store/postings';
import { allClaims } from '../../src/store/codec';
import { toRow } from '../../src/store/rows';
import { DB_VERSION } from '../../src/store/schema';
import { generateLibrary } from '../bench/generate';
import { seedArticles } from './store-fixtures';

const articles = [...seedArticles(), ...generateLibrary(40)];

/** A v1 database holding `articles`, as schema v1's writeArticle left it. */
async function v1Fixture(name: string): Promise<MemoryLibrary> {
  const memory = new MemoryLibrary();
  const db = await openLibraryDb(name, 1);
  const raw = db as unknown as { transaction(s: string[], m: 'readwrite'): { objectStore(n: string): { put(v: unknown): Promise<unknown> }; done: Promise<void> } };
  let next = 1;
  const postings = new Map<string, number[]>();
  const tx = raw.transaction(['articles', 'texts', 'claims', 'postings', 'meta', 'sites'], 'readwrite');
  const writes: Array<Promise<unknown>> = [];
  for (const a of articles) {
    const analyzed = analyzeArticle(a, 1000);
    memory.add(analyzed, a.text);
    const claims: StoredClaim[] = analyzed.claims.map((c, i) => ({ ...c, key: next + i, articleId: a.id }));
    next += claims.length;
    writes.push(tx.objectStore('articles').put(toRow(analyzed.record)), tx.objectStore('texts').put({ id: a.id, text: a.text }));
    for (const c of claims) {
      writes.push(tx.objectStore('claims').put(c));
      for (const t of indexTerms(c.features)) postings.set(t, [...(postings.get(t) ?? []), c.key]);
    }
  }
  for (const [term, keys] of postings) writes.push(tx.objectStore('postings').put({ term, keys }));
  writes.push(
    tx.objectStore('meta').put({ key: 'nextClaimKey', value: next }),
    tx.objectStore('meta').put({ key: 'claimCount', value: next - 1 }),
    tx.objectStore('meta').put({ key: 'seedVersion', value: 'seed-test' }),
    tx.objectStore('sites').put({ host: 'paused.example', paused: true }),
  );
  await Promise.all(writes);
  await tx.done;
  db.close();
  return memory;
}

describe('migration 002 (chunked postings) on a full v1 library', () => {
  it('keeps every article, text, claim, counter and site, and answers the same matches', async () => {
    const name = 'migration-002-full';
    const memory = await v1Fixture(name);
    // Opened at the current version: 002 runs, then every later migration (the v1 library reaches today's schema whole).
    const db = await openLibraryDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['articles', 'claims', 'jobs', 'meta', 'pending', 'postings', 'sites', 'terms', 'texts']);
    const pack = memory.toPack();
    const repo = new LibraryRepo(db);
    expect((await repo.list()).map((a) => a.id).sort()).toEqual(pack.articles.map((a) => a.id).sort());
    expect(await repo.getTexts()).toEqual(memory.texts);
    const lib = new IdbLibrary(db);
    expect(await lib.claims(pack.claims.map((c) => c.key))).toEqual(pack.claims);
    expect(await lib.articles(pack.articles.map((a) => a.id))).toEqual(pack.articles);
    expect(await lib.claimCount()).toBe(pack.claims.length);
    expect((await db.get('sites', 'paused.example'))?.paused).toBe(true);
    expect((await db.get('meta', 'seedVersion'))?.value).toBe('seed-test');
    // The index: every term's full list, now in chunks, with its count.
    const terms = [...new Set(pack.claims.flatMap((c) => indexTerms(c.features)))];
    expect(await allPostings(db)).toEqual(await memory.postings(terms));
    for (const a of await db.getAll('articles')) {
      expect(a.firstKey).toBe(pack.claims.find((c) => c.articleId === a.id)!.key);
    }
    // The same page, the same answer.
    for (const page of [articles[3], articles[12]]) {
      const sentences = splitSentences(page.text).map((s, i) => ({ id: `s${i}`, text: s.text }));
      const context = { url: 'https://reader.example/page' };
      expect(await matchPage(sentences, context, lib)).toEqual(await matchPage(sentences, context, memory));
    }
    db.close();
  });

  it('the upgraded library adds and removes articles like a new one', async () => {
    const name = 'migration-002-writes';
    const memory = await v1Fixture(name);
    const db = await openLibraryDb(name);
    const repo = new LibraryRepo(db);
    const extra = generateLibrary(45).slice(40);
    for (const a of extra) {
      const analyzed = analyzeArticle(a, 2000);
      await repo.add(analyzed, a.text);
      memory.add(analyzed, a.text);
    }
    const gone = [articles[0].id, articles[10].id, extra[1].id];
    expect(await repo.remove(gone)).toBe(3);
    const kept = memory.toPack().claims.filter((c) => !gone.includes(c.articleId));
    const expected = new Map<string, number[]>();
    for (const c of kept) for (const t of indexTerms(c.features)) expected.set(t, [...(expected.get(t) ?? []), c.key]);
    expect(await allPostings(db)).toEqual(expected);
    for (const [t, keys] of expected) expect((await db.get('terms', t))?.df).toBe(keys.length);
    expect(await allClaims(db)).toEqual(kept);
    db.close();
  });
});
