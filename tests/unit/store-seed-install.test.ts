import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { analyzeArticle, MemoryLibrary } from '../../src/engine';
import type { LibraryPack } from '../../src/engine/types';
import { IdbLibrary } from '../../src/store/idb-library';
import { allClaims } from '../../src/store/codec';
import { LibraryRepo } from '../../src/store/library-repo';
import { ensureSeedInstalled, installSeedPack, installedSeedVersion } from '../../src/store/seed-install';
import { freshDb, seedArticles, snapshot } from './store-fixtures';

const seeds = seedArticles();

/** The pack `claimlens pack` would build from these articles, with claim keys not starting at 1. */
function buildPack(): LibraryPack {
  const lib = new MemoryLibrary();
  for (const a of seeds) lib.add(analyzeArticle(a, 500), a.text);
  const pack = lib.toPack();
  return { ...pack, claims: pack.claims.map((c) => ({ ...c, key: c.key + 1000 })) };
}

describe('installSeedPack', () => {
  it('imports articles, texts and claims, with fresh keys and postings', async () => {
    const db = await freshDb();
    const pack = buildPack();
    const result = await installSeedPack(db, pack);
    expect(result).toMatchObject({ installed: true, articles: seeds.length, skipped: 0 });
    expect(await installedSeedVersion(db)).toBe(result.version);
    expect(await new LibraryRepo(db).counts()).toMatchObject({ articles: seeds.length, claims: pack.claims.length });
    expect((await new LibraryRepo(db).getTexts([seeds[2].id])).get(seeds[2].id)).toBe(seeds[2].text);
    const keys = (await allClaims(db)).map((c) => c.key);
    expect(keys).toEqual(pack.claims.map((_, i) => i + 1));
    // Postings point at the re-keyed claims: every claim text of the pack is retrievable.
    const lib = new IdbLibrary(db);
    const memory = MemoryLibrary.fromPack(pack);
    const terms = ['obama', 'putin', 'syria'];
    const texts = async (l: IdbLibrary | MemoryLibrary) =>
      (await l.claims([...(await l.postings(terms)).values()].flat())).map((c) => c.text).sort();
    expect(await texts(lib)).toEqual(await texts(memory));
    expect((await texts(lib)).length).toBeGreaterThan(5);
  });

  it('is idempotent: a second install (an extension update) leaves the library untouched', async () => {
    const db = await freshDb();
    await installSeedPack(db, buildPack());
    await new LibraryRepo(db).remove([seeds[0].id]); // the reader deleted a seed article
    const before = await snapshot(db);
    const again = await installSeedPack(db, buildPack());
    expect(again.installed).toBe(false);
    expect(await snapshot(db)).toEqual(before);
  });

  it('keeps an article the reader added before the seed, skipping the seed copy', async () => {
    const db = await freshDb();
    const mine = analyzeArticle({ ...seeds[1], id: 'mine', title: 'My copy' }, 42);
    await new LibraryRepo(db).add(mine, seeds[1].text);
    const result = await installSeedPack(db, buildPack());
    expect(result).toMatchObject({ installed: true, articles: seeds.length - 1, skipped: 1 });
    expect((await db.get('articles', 'mine'))?.title).toBe('My copy');
    expect(await db.get('articles', seeds[1].id)).toBeUndefined();
  });
});

describe('ensureSeedInstalled', () => {
  it('loads the pack only when no seed is installed yet', async () => {
    const db = await freshDb();
    const load = vi.fn(async () => JSON.parse(JSON.stringify(buildPack())) as unknown);
    expect((await ensureSeedInstalled(db, load))?.articles).toBe(seeds.length);
    expect(await ensureSeedInstalled(db, load)).toBeUndefined();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('rejects a file that is not a pack, installing nothing', async () => {
    const db = await freshDb();
    await expect(ensureSeedInstalled(db, async () => ({ format: 'other' }))).rejects.toThrow(/not a claimlens-pack/);
    expect(await installedSeedVersion(db)).toBeUndefined();
    expect(await db.count('articles')).toBe(0);
  });
});
