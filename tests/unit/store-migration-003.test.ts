/**
 * Schema v2 -> v3 on a full v2 library (written row by row exactly as the v2 code wrote it): the
 * texts move into the claims rows and nothing is lost; the index answers as before.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, matchPage, MemoryLibrary, splitSentences } from '../../src/engine';
import type { ArticleInput, StoredClaim } from '../../src/engine/types';
import { openLibraryDb } from '../../src/store/db';
import { deflateTextSync } from '../../src/store/deflate';
import { IdbLibrary } from '../../src/store/idb-library';
import { LibraryRepo } from '../../src/store/library-repo';
import { allPostings, appendPostings, keysByTerm } from '../../src/store/postings';
import { allClaims, packFeatures, toJson } from '../../src/store/codec';
import { toRow } from '../../src/store/rows';
import { DB_VERSION } from '../../src/store/schema';
import { generateLibrary } from '../bench/generate';
import { seedArticles } from './store-fixtures';

const articles: ArticleInput[] = [...seedArticles(), ...generateLibrary(40)];
/** Stored without its text (a v2 library could hold such rows: `text` undefined on write). */
const NO_TEXT = articles[5].id;
/** One claim whose stored sentence is not in its article's text (stored as it is in v3). */
const ODD = articles[7].id;

/** A v2 database holding `articles`, as schema v2's writeArticles left it, with a job pending. */
async function v2Fixture(name: string): Promise<{ memory: MemoryLibrary; claims: StoredClaim[]; texts: Map<string, string> }> {
  const memory = new MemoryLibrary();
  const db = await openLibraryDb(name, 2);
  const raw = db as unknown as { transaction(s: string[], m: 'readwrite'): { objectStore(n: string): { put(v: unknown): Promise<unknown> }; done: Promise<void> } };
  const tx = raw.transaction(['articles', 'texts', 'claims', 'postings', 'terms', 'meta', 'sites', 'jobs', 'pending'], 'readwrite');
  const writes: Array<Promise<unknown>> = [];
  const all: StoredClaim[] = [];
  const texts = new Map<string, string>();
  let next = 1;
  for (const a of articles) {
    const analyzed = analyzeArticle(a, 1000);
    if (a.id === ODD) analyzed.claims[2] = { ...analyzed.claims[2], text: `${analyzed.claims[2].text} (as once stored)` };
    memory.add(analyzed, a.id === NO_TEXT ? undefined : a.text);
    const claims: StoredClaim[] = analyzed.claims.map((c, i) => ({ ...c, key: next + i, articleId: a.id }));
    writes.push(tx.objectStore('articles').put({ ...toRow(analyzed.record), firstKey: next, analysis: 1 }));
    if (a.id !== NO_TEXT) {
      writes.push(tx.objectStore('texts').put({ id: a.id, packed: deflateTextSync(a.text) }));
      texts.set(a.id, a.text);
    }
    writes.push(tx.objectStore('claims').put({
      order: -next,
      articleId: a.id,
      article: analyzed.record,
      index: claims.map((c) => c.index),
      text: claims.map((c) => c.text),
      features: packFeatures(claims.map((c) => toJson(c.features))),
    }));
    next += claims.length;
    all.push(...claims);
  }
  writes.push(
    appendPostings(tx as never, keysByTerm(all)),
    tx.objectStore('meta').put({ key: 'nextClaimKey', value: next }),
    tx.objectStore('meta').put({ key: 'claimCount', value: next - 1 }),
    tx.objectStore('meta').put({ key: 'seedVersion', value: 'seed-test' }),
    tx.objectStore('meta').put({ key: 'analysisVersion', value: 1 }),
    tx.objectStore('sites').put({ host: 'paused.example', paused: true }),
    tx.objectStore('jobs').put({ id: 'import-1', kind: 'import', state: 'running', total: 2, done: 1, added: 1, skipped: [], started: 1, runStarted: 1, runDoneAtStart: 0 }),
    tx.objectStore('pending').put({ job: 'import-1', position: 1, article: articles[0] }),
  );
  await Promise.all(writes);
  await tx.done;
  db.close();
  return { memory, claims: all, texts };
}

describe('migration 003 (texts inside claims rows) on a full v2 library', () => {
  it('keeps every article, text, claim, posting, counter, site and job, and answers the same matches', async () => {
    const name = 'migration-003-full';
    const { memory, claims, texts } = await v2Fixture(name);
    const before = await openLibraryDb(name, 2);
    const postingsBefore = await allPostings(before);
    const [articlesBefore, metaBefore, sitesBefore, jobsBefore, pendingBefore] = await Promise.all(
      (['articles', 'meta', 'sites', 'jobs', 'pending'] as const).map((s) => before.getAll(s)),
    );
    before.close();

    const db = await openLibraryDb(name);
    expect(db.version).toBe(DB_VERSION);
    const repo = new LibraryRepo(db);
    // Every text is where the library reads it from, and stored once: no texts row is left.
    expect(await repo.getTexts()).toEqual(texts);
    expect((await repo.getTexts([NO_TEXT])).has(NO_TEXT)).toBe(false);
    expect(await db.count('texts')).toBe(0);
    expect((await repo.exportAll(0)).articles.find((a) => a.id === articles[3].id)?.text).toBe(articles[3].text);
    // Claims (sentence, position, features with their infinities), read back both ways.
    expect(await allClaims(db)).toEqual(claims);
    const lib = new IdbLibrary(db);
    expect(await lib.claims(claims.map((c) => c.key))).toEqual(claims);
    expect(claims.find((c) => c.articleId === ODD && c.text.endsWith('(as once stored)'))).toBeDefined();
    // Nothing else moved.
    expect(await allPostings(db)).toEqual(postingsBefore);
    expect(await db.getAll('articles')).toEqual(articlesBefore);
    expect(await db.getAll('meta')).toEqual(metaBefore);
    expect(await db.getAll('sites')).toEqual(sitesBefore);
    expect(await db.getAll('jobs')).toEqual(jobsBefore);
    expect(await db.getAll('pending')).toEqual(pendingBefore);
    // The same page, the same answer.
    for (const page of [articles[3], articles[12]]) {
      const sentences = splitSentences(page.text).map((s, i) => ({ id: `s${i}`, text: s.text }));
      const context = { url: 'https://reader.example/page' };
      expect(await matchPage(sentences, context, lib)).toEqual(await matchPage(sentences, context, memory));
    }
    // The upgraded library removes an article whole.
    expect(await repo.remove([articles[2].id])).toBe(1);
    expect((await allClaims(db)).some((c) => c.articleId === articles[2].id)).toBe(false);
    db.close();
  });
});
