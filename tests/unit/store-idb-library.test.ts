import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, indexTerms, matchPage, MemoryLibrary, splitSentences, textHash } from '../../src/engine';
import type { PageSentence } from '../../src/engine/types';
import { IdbLibrary } from '../../src/store/idb-library';
import { LibraryRepo } from '../../src/store/library-repo';
import { freshDb, seedArticles } from './store-fixtures';

const seeds = seedArticles();

describe('IdbLibrary answers as the engine MemoryLibrary does', () => {
  const memory = new MemoryLibrary();
  let idb: IdbLibrary;
  let allTerms: string[];

  beforeAll(async () => {
    const db = await freshDb();
    const repo = new LibraryRepo(db);
    for (const a of seeds) {
      const analyzed = analyzeArticle(a, 1000);
      memory.add(analyzed, a.text);
      await repo.add(analyzed, a.text);
    }
    idb = new IdbLibrary(db);
    const pack = memory.toPack();
    allTerms = [...new Set(pack.claims.flatMap((c) => indexTerms(c.features)))];
  });

  it('claimCount', async () => {
    expect(await idb.claimCount()).toBe(await memory.claimCount());
    expect(await idb.claimCount()).toBeGreaterThan(50);
  });

  it('postings of every term (full count, newest entries), and nothing for unknown terms', async () => {
    const asked = [...allTerms, 'zzz-not-a-term', allTerms[0]];
    const got = await idb.postings(asked);
    const want = await memory.postings(asked);
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [t, list] of want) {
      const mine = got.get(t)!;
      expect(mine.length).toBe(list.length);
      // The engine reads at most 120 entries from the end of a list; at least 128 are there.
      expect(mine.slice(-Math.min(list.length, 128))).toEqual(list.slice(-128));
    }
    expect(got.size).toBe(allTerms.length);
    expect(got.has('zzz-not-a-term')).toBe(false);
  });

  it('claims and articles, in the order asked, skipping unknown ones', async () => {
    const keys = [7, 1, 99999, 3];
    expect(await idb.claims(keys)).toEqual(await memory.claims(keys));
    const ids = [seeds[3].id, 'nope', seeds[0].id];
    expect(await idb.articles(ids)).toEqual(await memory.articles(ids));
  });

  it('findSelf by URL (normalised) and by text hash', async () => {
    const queries = [
      { url: seeds[2].url },
      { url: `${seeds[2].url!.replace('https', 'HTTPS')}/` },
      { textHash: textHash(seeds[4].text) },
      { url: seeds[1].url, textHash: textHash(seeds[1].text) },
      { url: 'https://elsewhere.example/x' },
      {},
    ];
    for (const q of queries) expect((await idb.findSelf(q)).sort()).toEqual((await memory.findSelf(q)).sort());
    expect(await idb.findSelf({ url: seeds[2].url })).toEqual([seeds[2].id]);
  });

  it('matchPage gives the same linked claims over either library', async () => {
    const page = seeds[3];
    const sentences: PageSentence[] = splitSentences(page.text).map((s, i) => ({ id: `s${i}`, text: s.text }));
    const context = { url: 'https://reader.example/page', title: page.title };
    const fromIdb = await matchPage(sentences, context, idb);
    expect(fromIdb).toEqual(await matchPage(sentences, context, memory));
    expect(fromIdb.length).toBeGreaterThan(0);
  });
});
