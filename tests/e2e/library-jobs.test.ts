/**
 * Library operations as background jobs, in real Chromium: an import with one article over the
 * size limit (skipped by name and file position, the others stored), a 2,000-article import
 * whose service worker is stopped midway (the summary equals what is stored: no partial article,
 * none twice), and "Delete all" on thousands of articles with progress while a news page is
 * answered.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { LibraryJob } from '../../src/messaging/protocol';
import { generateLibrary } from '../bench/generate';
import { openFixture, SEED, useExtension } from './setup';
import { poll } from './extension-api';
import { isOurs } from './traffic';

const env = useExtension();
const dir = mkdtempSync(join(tmpdir(), 'claimlens-jobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SEEDS = Object.keys(SEED).length;

function exportFile(name: string, articles: unknown[]): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify({ format: 'claimlens-library', version: 1, exported: '2026-11-29T00:00:00Z', articles }));
  return path;
}

/** What IndexedDB holds, read from an extension page (same origin as the worker). */
async function stored(page: Page): Promise<{ ids: string[]; claimRows: number; claimSum: number; claimCount: number; pending: number }> {
  return page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const open = indexedDB.open('claimlens');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = <T,>(store: string, keys = false): Promise<T[]> =>
      new Promise((resolve, reject) => {
        const req = keys ? db.transaction(store).objectStore(store).getAllKeys() : db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result as T[]);
        req.onerror = () => reject(req.error);
      });
    const articles = await all<{ id: string; claimCount: number }>('articles');
    const claimRows = (await all<unknown>('claims', true)).length;
    const meta = await all<{ key: string; value: unknown }>('meta');
    const pending = (await all<unknown>('pending', true)).length;
    db.close();
    return {
      ids: articles.map((a) => a.id),
      claimRows,
      claimSum: articles.reduce((n, a) => n + a.claimCount, 0),
      claimCount: Number(meta.find((m) => m.key === 'claimCount')?.value ?? 0),
      pending,
    };
  });
}

async function jobs(): Promise<{ active?: LibraryJob; last?: LibraryJob }> {
  const r = await env.ext.ask('library.jobs', {});
  if (!r.ok) throw new Error(r.error);
  return r.data;
}

async function libraryPage(): Promise<Page> {
  return env.session.open(env.ext.url('options.html'));
}

describe('library jobs in the browser', () => {
  it('imports 50 good articles and names the oversized 51st by its file position', async () => {
    const good = generateLibrary(50, 11);
    const huge = { ...generateLibrary(1, 12)[0], id: 'huge', title: 'An oversized article', text: 'Padding sentence for the size limit. '.repeat(7000) };
    const file = exportFile('with-huge.json', [...good.slice(0, 37), huge, ...good.slice(37)]);
    const page = await libraryPage();
    await page.locator('input[type="file"]').setInputFiles(file);
    const summary = page.locator('.lib-summary');
    await summary.waitFor({ timeout: 60_000 });
    const text = await summary.innerText();
    expect(text).toContain('Added 50 articles, skipped 1.');
    expect(text).toContain('Article 38 of with-huge.json, “An oversized article”: longer than 200,000 characters');
    const s = await stored(page);
    expect(s.ids.length).toBe(SEEDS + 50);
    for (const a of good) expect(s.ids).toContain(a.id);
    expect(s.ids).not.toContain('huge');
    await page.close();
  });

  it('a worker stopped during a 2,000-article import resumes: summary = what is stored, nothing partial, nothing twice', async () => {
    const before = (await stored(env.ext.page)).ids.length;
    const articles = generateLibrary(2000, 21).map((a) => ({ ...a, id: `big-${a.id}` }));
    const page = await libraryPage();
    await page.locator('input[type="file"]').setInputFiles(exportFile('two-thousand.json', articles));
    // Stop the worker twice while chunks are being written.
    for (const at of [300, 1100]) {
      await poll(`the import past ${at}`, async () => ((await jobs()).active?.done ?? 0) >= at || undefined, 120_000, 100);
      await env.ext.stopWorker();
    }
    const summary = page.locator('.lib-summary');
    await summary.waitFor({ timeout: 180_000 });
    const { last } = await jobs();
    expect(last).toMatchObject({ kind: 'import', state: 'done', total: 2000, done: 2000 });
    expect(last!.resumed).toBeDefined();
    const s = await stored(page);
    const added = s.ids.length - before;
    expect(await summary.innerText()).toContain(`Added ${last!.added} articles, skipped ${2000 - last!.added}.`);
    expect(added).toBe(last!.added);
    expect(added).toBe(2000); // every one is new and valid
    expect(new Set(s.ids).size).toBe(s.ids.length);
    // No partial article: every article has its claims row, and the counters agree.
    expect(s.claimRows).toBe(s.ids.length);
    expect(s.claimCount).toBe(s.claimSum);
    expect(s.pending).toBe(0);
    expect(await summary.innerText()).not.toMatch(/message channel|receiving end/i);
    await page.close();
  }, 300_000);

  it('"Delete all" on thousands runs in chunks with progress and disabled buttons, and a news page is answered meanwhile', async () => {
    // A thousand more through the same job messages the library page uses: over 3,000 in all.
    const more = generateLibrary(1000, 31).map((a, position) => ({ position, article: { ...a, id: `more-${a.id}` } }));
    const begun = await env.ext.ask('library.import.begin', { total: more.length });
    if (!begun.ok) throw new Error(begun.error);
    expect((await env.ext.ask('library.import.items', { job: begun.data.job.id, items: more })).ok).toBe(true);
    expect((await env.ext.ask('library.import.start', { job: begun.data.job.id })).ok).toBe(true);
    await poll('the second import', async () => ((await jobs()).active ? undefined : true), 120_000, 250);
    const total = (await stored(env.ext.page)).ids.length;
    expect(total).toBeGreaterThan(3000);
    const page = await libraryPage();
    await page.getByRole('button', { name: 'Delete all…' }).click();
    await page.getByRole('button', { name: 'Yes, delete all' }).click();
    const progress = page.locator('.lib-job');
    await progress.waitFor({ timeout: 10_000 });
    expect(await progress.innerText()).toMatch(new RegExp(`Deleting: \\d+ of ${total}`));
    expect(await page.locator('input[type="file"]').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Export library' }).isDisabled()).toBe(true);
    // A news page opened now is answered while the delete goes on.
    const t0 = Date.now();
    const news = await openFixture(env, 'xinhua-roundup.html');
    const answeredMs = Date.now() - t0;
    const during = await jobs();
    expect(news.state.status).not.toBe('error');
    expect(answeredMs).toBeLessThan(20_000);
    const summary = page.locator('.lib-summary');
    await summary.waitFor({ timeout: 240_000 });
    expect(await summary.innerText()).toContain(`Deleted ${total} articles.`);
    const s = await stored(page);
    expect(s).toMatchObject({ ids: [], claimRows: 0, claimCount: 0, pending: 0 });
    console.info(`delete all of ${total}: news page answered in ${answeredMs} ms (job ${during.active ? `at ${during.active.done}` : 'already done'})`);
    await page.close();
  }, 300_000);

  it('threw no errors and stayed on the machine', () => {
    expect(env.session.traffic.errors.filter(isOurs)).toEqual([]);
    expect(env.session.traffic.offsite()).toEqual([]);
  });
});
