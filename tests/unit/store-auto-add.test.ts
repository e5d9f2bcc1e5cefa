import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { ExtractResult } from '../../src/reading/extract-result';
import type { PageSignals } from '../../src/reading/article-signals';
import { createBackgroundHandlers } from '../../src/store/handlers';
import { freshDb, seedArticles } from './store-fixtures';

const seeds = seedArticles();
const ARTICLE: PageSignals = { readerable: true, password: false, payment: false, formFields: 1 };

/** Handlers whose extractor returns `pages[tabId]` (the article the tab shows). */
async function setup(pages: Record<number, ExtractResult>) {
  const db = await freshDb();
  let clock = 1_000;
  const extract = vi.fn(async (tabId: number) => pages[tabId] ?? { ok: false as const, error: 'no article' });
  const h = createBackgroundHandlers(async () => db, { now: () => clock++, extract });
  const read = (tabId: number, url: string, frameId = 0) => h['page.read']({ type: 'page.read' }, { tab: { id: tabId, url }, frameId });
  const list = async () => (await h['library.list']({ type: 'library.list' }, {})).articles;
  return { db, h, extract, read, list };
}

const page = (i: number, signals: PageSignals = ARTICLE): ExtractResult => ({ ok: true, article: { ...seeds[i], id: '', url: undefined }, signals });
const urlOf = (i: number) => `https://news${i}.example/story-${i}`;

describe('adding the articles the reader reads', () => {
  it('is off by default: a read page adds nothing and is not even read', async () => {
    const s = await setup({ 1: page(1) });
    expect((await s.read(1, urlOf(1))).skipped).toMatch(/off/);
    expect(s.extract).not.toHaveBeenCalled();
    expect(await s.list()).toEqual([]);
  });

  it('adds a read page once, as "read", with its outlet, title and address, when the site is switched on', async () => {
    const s = await setup({ 1: page(1) });
    await s.h['site.autoAdd']({ type: 'site.autoAdd', host: 'news1.example', on: true }, {});
    const first = await s.read(1, urlOf(1));
    expect(first.added).toMatchObject({ origin: 'read', outlet: seeds[1].outlet, title: seeds[1].title, url: urlOf(1) });
    expect((await s.read(1, urlOf(1))).skipped).toBeTruthy();
    expect(s.extract).toHaveBeenCalledTimes(1);
    expect((await s.list()).map((a) => a.origin)).toEqual(['read']);
    // Another site stays off.
    expect((await s.read(2, urlOf(2))).skipped).toMatch(/off/);
  });

  it('follows the library-wide switch, and a site switched off overrides it', async () => {
    const s = await setup({ 1: page(1), 2: page(2) });
    await s.h['reading.settings.set']({ type: 'reading.settings.set', autoAdd: true }, {});
    await s.h['site.autoAdd']({ type: 'site.autoAdd', host: 'news2.example', on: false }, {});
    expect((await s.read(1, urlOf(1))).added).toBeTruthy();
    expect((await s.read(2, urlOf(2))).skipped).toMatch(/off/);
    const site = await s.h['site.get']({ type: 'site.get', host: 'news2.example' }, {});
    expect(site).toMatchObject({ autoAdd: false, autoAddSite: false, neverAdd: false });
  });

  it('never reads mail, bank or search pages, the reader\'s listed sites, or a page that is a form', async () => {
    const s = await setup({ 1: page(1), 2: page(2, { ...ARTICLE, password: true }), 3: page(3, { ...ARTICLE, formFields: 20 }), 4: page(4, { ...ARTICLE, readerable: false }) });
    await s.h['reading.settings.set']({ type: 'reading.settings.set', autoAdd: true, neverSites: ['news1.example'] }, {});
    expect((await s.read(1, urlOf(1))).skipped).toMatch(/your list/);
    expect((await s.read(9, 'https://mail.example.com/inbox')).skipped).toMatch(/mail/);
    expect((await s.read(9, 'https://www.google.com/search?q=g20')).skipped).toMatch(/search/);
    expect((await s.read(2, urlOf(2))).skipped).toMatch(/password/);
    expect((await s.read(3, urlOf(3))).skipped).toMatch(/form/);
    expect((await s.read(4, urlOf(4))).skipped).toMatch(/article/);
    expect(await s.list()).toEqual([]);
    // Only the pages that passed the address checks were read at all.
    expect(s.extract.mock.calls.map(([id]) => id).sort()).toEqual([2, 3, 4]);
  });

  it('ignores frames inside the page and messages without a tab', async () => {
    const s = await setup({ 1: page(1) });
    await s.h['reading.settings.set']({ type: 'reading.settings.set', autoAdd: true }, {});
    expect((await s.read(1, urlOf(1), 3)).skipped).toBe('not a tab');
    expect((await s.h['page.read']({ type: 'page.read' }, {})).skipped).toBe('not a tab');
    expect(s.extract).not.toHaveBeenCalled();
  });

  it('undo removes the article and the page is not added again', async () => {
    const s = await setup({ 1: page(1) });
    await s.h['reading.settings.set']({ type: 'reading.settings.set', autoAdd: true }, {});
    const { added } = await s.read(1, urlOf(1));
    expect((await s.h['library.byUrl']({ type: 'library.byUrl', url: urlOf(1) }, {})).article?.id).toBe(added!.id);
    expect(await s.h['library.undoRead']({ type: 'library.undoRead', id: added!.id }, {})).toEqual({ deleted: true });
    expect(await s.list()).toEqual([]);
    // Even after the settings change (which forgets what this worker tried), the page stays out.
    await s.h['reading.settings.set']({ type: 'reading.settings.set', autoAdd: true }, {});
    expect((await s.read(1, urlOf(1))).skipped).toMatch(/removed/);
    // Undo is only for articles added by reading.
    const hand = await s.h['library.add']({ type: 'library.add', article: seeds[2] }, {});
    await expect(s.h['library.undoRead']({ type: 'library.undoRead', id: hand.article.id }, {})).rejects.toThrow(/only an article added by reading/);
  });

  it('keeps the library within its maximum: the oldest "read" articles go first, never one added by hand', async () => {
    const s = await setup({ 1: page(1), 2: page(2), 3: page(3), 4: page(4) });
    await s.h['library.add']({ type: 'library.add', article: seeds[0] }, {});
    await s.h['reading.settings.set']({ type: 'reading.settings.set', autoAdd: true, maxArticles: 10 }, {});
    // The seed texts are few: below the settings' floor of 10 the limit is written directly.
    const db = s.db;
    await db.put('meta', { key: 'reading', value: { autoAdd: true, maxArticles: 2, neverSites: [] } });
    const a = await s.read(1, urlOf(1));
    expect(a.added).toBeTruthy();
    const b = await s.read(2, urlOf(2));
    expect(b).toMatchObject({ dropped: 1 });
    const left = await s.list();
    expect(left.map((x) => x.origin).sort()).toEqual(['hand', 'read']);
    expect(left.find((x) => x.origin === 'read')?.id).toBe(b.added!.id);
    // With no "read" article left to drop, a full library adds nothing.
    await db.put('meta', { key: 'reading', value: { autoAdd: true, maxArticles: 1, neverSites: [] } });
    await s.h['library.undoRead']({ type: 'library.undoRead', id: b.added!.id }, {});
    const c = await s.read(3, urlOf(3));
    expect(c.skipped).toMatch(/full/);
  });

  it('lists where each article came from', async () => {
    const s = await setup({});
    await s.h['library.add']({ type: 'library.add', article: seeds[0] }, {});
    expect((await s.list())[0].origin).toBe('hand');
  });
});
