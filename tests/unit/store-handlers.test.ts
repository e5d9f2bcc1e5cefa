import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/engine';
import type { LibraryDb } from '../../src/store/db';
import { createBackgroundHandlers, type BackgroundHandlers } from '../../src/store/handlers';
import { freshDb, seedArticles } from './store-fixtures';

const seeds = seedArticles();
const sender = {};

async function setup(): Promise<{ db: LibraryDb; h: BackgroundHandlers }> {
  const db = await freshDb();
  let clock = 1_000;
  return { db, h: createBackgroundHandlers(async () => db, { now: () => clock++ }) };
}

describe('background handlers: library', () => {
  it('adds an article and lists it', async () => {
    const { h } = await setup();
    const { article } = await h['library.add']({ type: 'library.add', article: seeds[1] }, sender);
    expect(article).toMatchObject({ id: seeds[1].id, title: seeds[1].title, outlet: 'Xinhua', url: seeds[1].url });
    expect(article.claimCount).toBeGreaterThan(3);
    expect((await h['library.list']({ type: 'library.list' }, sender)).articles).toEqual([article]);
  });

  it('refuses empty text, too-short text and a duplicate, with the reason', async () => {
    const { h } = await setup();
    const add = (a: (typeof seeds)[number]) => h['library.add']({ type: 'library.add', article: a }, sender);
    await expect(add({ ...seeds[0], text: '  \n ' })).rejects.toThrow(/empty text/);
    const two = splitSentences(seeds[3].text).slice(2, 4).map((s) => s.text).join(' ');
    await expect(add({ ...seeds[0], text: two })).rejects.toThrow(/^too short: [0-2] sentences?/);
    await add(seeds[0]);
    await expect(add({ ...seeds[0], id: 'again', url: undefined })).rejects.toThrow(`already in your library: ${seeds[0].title}`);
  });

  it('fills a missing id and title from the text', async () => {
    const { h } = await setup();
    const { article } = await h['library.add']({ type: 'library.add', article: { ...seeds[3], id: '', title: ' ' } }, sender);
    expect(article.id).toMatch(/^a-[0-9a-f]{16}$/);
    expect(article.title).toBe(seeds[3].text.split('\n').find((l) => l.trim())!.trim().slice(0, 200));
  });

  it('addMany adds the good ones and reports each refused one', async () => {
    const { h } = await setup();
    const res = await h['library.addMany'](
      { type: 'library.addMany', articles: [seeds[0], { ...seeds[1], title: 'Empty one', text: '' }, seeds[2], { ...seeds[0], id: 'dup' }] },
      sender,
    );
    expect(res.added.map((a) => a.id)).toEqual([seeds[0].id, seeds[2].id]);
    expect(res.skipped).toEqual([
      { title: 'Empty one', reason: 'empty text: nothing to add' },
      { title: seeds[0].title, reason: `already in your library: ${seeds[0].title}` },
    ]);
  });

  it('export -> wipe -> re-add restores the same articles and the same answers', async () => {
    const { h } = await setup();
    await h['library.addMany']({ type: 'library.addMany', articles: seeds }, sender);
    const page = splitSentences(seeds[3].text).map((s, i) => ({ id: `p${i}`, text: s.text }));
    const match = () => h.match({ type: 'match', sentences: page, page: { url: 'https://reader.example/a' } }, sender);
    const before = { list: (await h['library.list']({ type: 'library.list' }, sender)).articles, claims: (await match()).claims };

    const exported = await h['library.export']({ type: 'library.export' }, sender);
    expect(exported).toMatchObject({ format: 'claimlens-library', version: 1 });
    const wire = JSON.parse(JSON.stringify(exported)) as typeof exported; // as saved to a file
    const { deleted } = await h['library.delete']({ type: 'library.delete', ids: before.list.map((a) => a.id) }, sender);
    expect(deleted).toBe(seeds.length);
    expect((await h['library.list']({ type: 'library.list' }, sender)).articles).toEqual([]);
    expect((await match()).claims).toEqual([]);

    const res = await h['library.addMany']({ type: 'library.addMany', articles: wire.articles }, sender);
    expect(res.skipped).toEqual([]);
    const strip = (l: typeof before.list) => l.map(({ added: _a, ...rest }) => rest).sort((a, b) => a.id.localeCompare(b.id));
    expect(strip((await h['library.list']({ type: 'library.list' }, sender)).articles)).toEqual(strip(before.list));
    expect((await match()).claims).toEqual(before.claims);
    expect(before.claims.length).toBeGreaterThan(0);
  });
});

describe('background handlers: who may ask', () => {
  it('lets a content script match and read the pause state, but not read or change the library', async () => {
    const db = await freshDb();
    const isExtensionPage = (s: { url?: string }) => !!s.url?.startsWith('chrome-extension://abc/');
    const h = createBackgroundHandlers(async () => db, { isExtensionPage });
    const page = { url: 'https://news.example/a', tab: { id: 3 } };
    const own = { url: 'chrome-extension://abc/options.html' };
    await expect(h['library.export']({ type: 'library.export' }, page)).rejects.toThrow(/only the extension's own pages/);
    await expect(h['library.add']({ type: 'library.add', article: seeds[0] }, page)).rejects.toThrow(/only the extension's own pages/);
    await expect(h['site.set']({ type: 'site.set', host: 'news.example', paused: true }, page)).rejects.toThrow(/own pages/);
    expect(await db.count('articles')).toBe(0);
    expect(await h['site.get']({ type: 'site.get', host: 'news.example' }, page)).toMatchObject({ paused: false, autoAdd: false });
    expect(await h.match({ type: 'match', sentences: [{ id: 'a', text: 'Obama met Putin.' }], page: {} }, page)).toEqual({ claims: [] });
    expect((await h['library.add']({ type: 'library.add', article: seeds[0] }, own)).article.id).toBe(seeds[0].id);
  });
});

describe('background handlers: sites', () => {
  it('pauses and resumes a host, case-insensitively', async () => {
    const { h } = await setup();
    expect(await h['site.get']({ type: 'site.get', host: 'news.example' }, sender)).toMatchObject({ paused: false, autoAdd: false });
    await h['site.set']({ type: 'site.set', host: 'News.Example', paused: true }, sender);
    expect(await h['site.get']({ type: 'site.get', host: 'news.example' }, sender)).toMatchObject({ paused: true, autoAdd: false });
    expect(await h['site.get']({ type: 'site.get', host: 'other.example' }, sender)).toMatchObject({ paused: false, autoAdd: false });
    await h['site.set']({ type: 'site.set', host: 'news.example', paused: false }, sender);
    expect(await h['site.get']({ type: 'site.get', host: 'news.example' }, sender)).toMatchObject({ paused: false, autoAdd: false });
  });
});

describe('background handlers: a page\'s pause check on a waking worker', () => {
  it('is answered from the database alone, without waiting for what matching needs', async () => {
    const db = await freshDb();
    let modelReady: () => void = () => {};
    const ready = new Promise<void>((r) => (modelReady = r));
    const h = createBackgroundHandlers(async () => { await ready; return db; }, { openDb: async () => db });
    let answered = false;
    const pause = Promise.resolve(h['site.get']({ type: 'site.get', host: 'other.example' }, sender)).then((r) => { answered = true; return r; });
    const match = h.match({ type: 'match', sentences: [{ id: 'a', text: 'Obama met Putin at the summit on Monday.' }], page: {} }, sender);
    expect(await pause).toMatchObject({ paused: false });
    expect(answered).toBe(true);
    modelReady();
    expect(await match).toMatchObject({ claims: [] });
  });
});

describe('background handlers: match for the story view', () => {
  it('carries the articles set aside as another event and the page\'s own article alongside the claims', async () => {
    const { h } = await setup();
    await h['library.addMany']({ type: 'library.addMany', articles: seeds }, sender);
    const page = splitSentences(seeds[1].text).map((s, i) => ({ id: `p${i}`, text: s.text }));
    const answer = await h.match({ type: 'match', sentences: page, page: { url: seeds[1].url, published: '2016-09-06' } }, sender);
    expect(answer.claims.length).toBeGreaterThan(3);
    expect(answer.otherEvents?.map((o) => o.outlet)).toEqual(['World Bulletin']);
    expect(answer.pageArticles?.map((a) => a.outlet)).toEqual(['Xinhua']);
  });
});
