import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, indexTerms } from '../../src/engine';
import type { AnalyzedArticle, StoredClaim } from '../../src/engine/types';
import { DuplicateArticleError } from '../../src/store/article-tx';
import type { LibraryDb } from '../../src/store/db';
import { LibraryRepo } from '../../src/store/library-repo';
import { allClaims, encodeClaims } from '../../src/store/codec';
import { allPostings } from '../../src/store/postings';
import { freshDb, seedArticles, snapshot } from './store-fixtures';

const seeds = seedArticles();
const analyzed = seeds.map((a) => analyzeArticle(a, 1000));

async function withSeeds(n: number): Promise<{ db: LibraryDb; repo: LibraryRepo }> {
  const db = await freshDb();
  const repo = new LibraryRepo(db);
  for (let i = 0; i < n; i++) await repo.add(analyzed[i], seeds[i].text);
  return { db, repo };
}

/** Postings as term -> claim texts (keys are library-specific, texts are not). */
async function postingTexts(db: LibraryDb): Promise<Map<string, string[]>> {
  const claims = new Map((await allClaims(db)).map((c) => [c.key, c.text]));
  const out = new Map<string, string[]>();
  for (const [term, keys] of await allPostings(db)) out.set(term, keys.map((k) => claims.get(k) ?? `missing ${k}`).sort());
  return out;
}

describe('LibraryRepo.add', () => {
  it('stores the article, its text, keyed claims, postings and counters', async () => {
    const { db, repo } = await withSeeds(2);
    const total = analyzed[0].claims.length + analyzed[1].claims.length;
    const claims = await allClaims(db);
    expect(claims.map((c) => c.key)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(claims.filter((c) => c.articleId === seeds[1].id).map((c) => c.text)).toEqual(analyzed[1].claims.map((c) => c.text));
    expect((await repo.getTexts([seeds[0].id])).get(seeds[0].id)).toBe(seeds[0].text);
    // The text is stored once, in the claims row (no texts row beside it).
    expect(await db.get('texts', seeds[0].id)).toBeUndefined();
    expect(await repo.counts()).toMatchObject({ articles: 2, claims: total });
    expect((await db.get('meta', 'nextClaimKey'))?.value).toBe(total + 1);
    // Every claim is findable under each of its index terms, and postings hold nothing else.
    const expected = new Map<string, number[]>();
    for (const c of claims) for (const t of indexTerms(c.features)) expected.set(t, [...(expected.get(t) ?? []), c.key]);
    expect(await allPostings(db)).toEqual(expected);
    // One chunk per term per write, and each term's count beside it.
    for (const [term, keys] of expected) expect((await db.get('terms', term))?.df).toBe(keys.length);
  });

  it('refuses the same text under another id, naming the article it duplicates', async () => {
    const { db, repo } = await withSeeds(1);
    const copy = analyzeArticle({ ...seeds[0], id: 'other', url: undefined }, 2000);
    await expect(repo.add(copy, seeds[0].text)).rejects.toThrow(`already in your library: ${seeds[0].title}`);
    expect(await db.count('articles')).toBe(1);
  });

  it('refuses the same URL up to case, scheme punctuation and trailing slash', async () => {
    const { repo } = await withSeeds(1);
    const sameUrl = analyzeArticle({ ...seeds[1], url: `${seeds[0].url!.toUpperCase()}/` }, 2000);
    await expect(repo.add(sameUrl, seeds[1].text)).rejects.toBeInstanceOf(DuplicateArticleError);
  });

  it('is atomic: a claim that cannot be stored leaves nothing of the article', async () => {
    const { db, repo } = await withSeeds(1);
    const before = await snapshot(db);
    const bad = analyzeArticle(seeds[1], 2000);
    // A BigInt cannot be written as JSON: encoding the claims row throws midway (the article's
    // row is already requested).
    (bad.claims[3].features as unknown as Record<string, unknown>).length = 1n;
    await expect(repo.add(bad, seeds[1].text)).rejects.toThrow(/BigInt/i);
    expect(await snapshot(db)).toEqual(before);
  });

  it('is atomic when a request fails asynchronously (a claim key already taken)', async () => {
    const { db, repo } = await withSeeds(1);
    const next = (await db.get('meta', 'nextClaimKey'))!.value as number;
    // Plant a stray claim where the new article's 3rd claim will go: claims.add fails with ConstraintError.
    // Plant a stray claims row where the new article's row will go: claims.add fails with ConstraintError.
    const stray: StoredClaim = { ...(await allClaims(db))[0], key: next, articleId: 'stray' };
    await db.put('claims', encodeClaims([stray]));
    const before = await snapshot(db);
    await expect(repo.add(analyzed[1], seeds[1].text)).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('LibraryRepo.remove', () => {
  it('removes the article, its text, claims and postings, keeping the others intact', async () => {
    const { db, repo } = await withSeeds(3);
    const onlyOthers = await withSeeds(0);
    for (const i of [0, 2]) await onlyOthers.repo.add(analyzed[i], seeds[i].text);

    expect(await repo.remove([seeds[1].id, 'not-there'])).toBe(1);
    expect(await db.get('articles', seeds[1].id)).toBeUndefined();
    expect(await db.get('texts', seeds[1].id)).toBeUndefined();
    expect((await allClaims(db)).filter((c) => c.articleId === seeds[1].id)).toEqual([]);
    // The postings now say exactly what a library that never held the article says.
    expect(await postingTexts(db)).toEqual(await postingTexts(onlyOthers.db));
    expect((await repo.counts()).claims).toBe(analyzed[0].claims.length + analyzed[2].claims.length);
  });

  it('empties the index when every article is removed, and keys keep growing afterwards', async () => {
    const { db, repo } = await withSeeds(2);
    const lastKey = (await db.get('meta', 'nextClaimKey'))!.value as number;
    expect(await repo.remove(seeds.slice(0, 2).map((s) => s.id))).toBe(2);
    expect(await repo.counts()).toEqual({ articles: 0, claims: 0, terms: 0 });
    const { claims } = await repo.add(analyzed[0], seeds[0].text);
    expect(claims[0].key).toBe(lastKey);
  });
});

describe('LibraryRepo reads', () => {
  it('lists records without index fields, newest first, and exports texts', async () => {
    const { repo } = await withSeeds(0);
    const stamped: AnalyzedArticle[] = seeds.slice(0, 3).map((a, i) => analyzeArticle(a, 1000 + i));
    for (let i = 0; i < 3; i++) await repo.add(stamped[i], seeds[i].text);
    const list = await repo.list();
    expect(list.map((a) => a.id)).toEqual([seeds[2].id, seeds[1].id, seeds[0].id]);
    expect(list[0]).toEqual({ ...stamped[2].record, origin: 'hand' });
    expect((await repo.getTexts([seeds[1].id, 'nope'])).get(seeds[1].id)).toBe(seeds[1].text);
    const exported = await repo.exportAll(Date.UTC(2026, 0, 2));
    expect(exported.exported).toBe('2026-01-02T00:00:00.000Z');
    expect(exported.articles.find((a) => a.id === seeds[0].id)).toEqual(seeds[0]);
  });
});
