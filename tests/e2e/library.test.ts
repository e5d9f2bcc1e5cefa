/** The library page: lists the seed articles, exports to a JSON file, deletes all, imports it back. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ArticleSummary, LibraryExport } from '../../src/messaging/protocol';
import { openFixture, SEED, useExtension } from './setup';
import { poll } from './extension-api';
import { isOurs } from './traffic';

const env = useExtension();
const downloads = mkdtempSync(join(tmpdir(), 'claimlens-export-'));
afterAll(() => rmSync(downloads, { recursive: true, force: true }));
/** An article that is not in the seeds, added through the protocol so the round trip covers one. */
const ADDED = {
  id: 'e2e-added',
  outlet: 'Harbour Gazette',
  title: 'Obama and Putin meet in Hangzhou but leave Syria deal unfinished',
  published: '2016-09-05',
  text: [
    'U.S. President Barack Obama and Russian President Vladimir Putin met on Monday on the sidelines of the G20 summit in Hangzhou.',
    'The meeting lasted forty minutes, a Kremlin aide told reporters in Hangzhou.',
    'Secretary of State John Kerry and Foreign Minister Sergei Lavrov failed to reach a ceasefire agreement on Syria before the meeting.',
    'Putin told reporters that a deal on Syria could come within a few days.',
    'Officials said Kerry and Lavrov would resume their negotiations later in the week.',
  ].join('\n\n'),
};

async function listed(): Promise<ArticleSummary[]> {
  const r = await env.ext.ask('library.list', {});
  if (!r.ok) throw new Error(r.error);
  return r.data.articles;
}

const summary = (list: ArticleSummary[]) =>
  list.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, claimCount: a.claimCount })).sort((a, b) => a.id.localeCompare(b.id));

/** Delete everything through the page's own controls ("Delete all", or each row's "Delete"). */
async function deleteAllFromPage(page: Page): Promise<void> {
  page.on('dialog', (d) => void d.accept());
  const all = page.getByRole('button', { name: /delete all/i });
  if (await all.count()) {
    await all.first().click();
    const confirm = page.getByRole('button', { name: /^(yes|confirm|delete)/i });
    if (await confirm.count().catch(() => 0)) await confirm.first().click().catch(() => undefined);
  } else {
    for (let i = 0; i < 50 && (await page.getByRole('button', { name: /^delete/i }).count()); i++) {
      await page.getByRole('button', { name: /^delete/i }).first().click();
    }
  }
}

describe('the library page', () => {
  let page: Page;
  let before: ArticleSummary[];
  let exportPath: string;

  it('lists the five seed articles and an added one', async () => {
    expect((await listed()).map((a) => a.id).sort()).toEqual(Object.values(SEED).sort());
    const added = await env.ext.ask('library.add', { article: ADDED });
    expect(added.ok ? added.data.article.title : added.error).toBe(ADDED.title);
    before = await listed();
    expect(before).toHaveLength(6);
    page = await env.session.open(env.ext.url('options.html'));
    for (const a of before) {
      const row = page.getByText(a.title, { exact: false }).first();
      await row.waitFor({ timeout: 10_000 });
    }
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain('Xinhua');
    expect(text).toContain('World Bulletin');
    expect(text).toContain(ADDED.outlet);
  });

  it('exports the whole library as one JSON file', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /export/i }).first().click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.json$/);
    exportPath = join(downloads, file.suggestedFilename());
    await file.saveAs(exportPath);
    const data = JSON.parse(readFileSync(exportPath, 'utf8')) as LibraryExport;
    expect(data.format).toBe('claimlens-library');
    expect(data.articles.map((a) => a.id).sort()).toEqual(before.map((a) => a.id).sort());
    for (const a of data.articles) expect(a.text.length).toBeGreaterThan(200);
  });

  it('deletes everything', async () => {
    await deleteAllFromPage(page);
    await poll('an empty library', async () => ((await listed()).length === 0 ? true : undefined), 15_000);
    await poll('the page to show no articles', async () => {
      const text = await page.evaluate(() => document.body.innerText);
      return before.every((a) => !text.includes(a.title)) ? true : undefined;
    }, 10_000);
  });

  it('imports the exported file and gets exactly the same library back', async () => {
    const input = page.locator('input[type="file"]').first();
    await input.setInputFiles(exportPath);
    await poll('the import to finish', async () => ((await listed()).length >= before.length ? true : undefined), 45_000);
    expect(summary(await listed())).toEqual(summary(before));
    for (const a of before) await page.getByText(a.title, { exact: false }).first().waitFor({ timeout: 10_000 });
  });

  it('matches pages from the re-imported library (its index was rebuilt)', async () => {
    const xinhua = await openFixture(env, 'xinhua-roundup.html');
    const outlets = new Set(xinhua.state.claims.flatMap((c) => c.sources.map((s) => s.outlet)));
    expect(outlets.has('CNN')).toBe(true);
    expect(outlets.has(ADDED.outlet)).toBe(true);
    expect(xinhua.state.claims.some((c) => c.verdict !== 'corroborated')).toBe(true);
  });

  it('threw no errors and stayed on the machine', () => {
    expect(env.session.traffic.errors.filter(isOurs)).toEqual([]);
    expect(env.session.traffic.offsite()).toEqual([]);
  });
});
