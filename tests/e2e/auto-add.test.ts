/**
 * "Add the articles I read" in real Chromium, on a local test site: the reader switches it on for
 * the site in the popup; a page left after 2 seconds is not added; a page read (in view for 30 s
 * and scrolled) is added once, as "read"; the popup shows it with Undo; the next page shows it as
 * a source; Undo removes it. The whole run is recorded in Chromium's net log: nothing leaves the
 * machine with the feature on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionApi } from './extension-api';
import { poll } from './extension-api';
import { launch, serve, type Session, type StaticServer } from './harness';
import { netLogRequests, offsiteFromUs } from './netlog';
import { isOurs } from './traffic';

const dir = mkdtempSync(join(tmpdir(), 'claimlens-autoadd-'));
const logFile = join(dir, 'netlog.json');
let server: StaticServer;
let session: Session;
let ext: ExtensionApi;
const OUTLET = 'Harbour Gazette';

beforeAll(async () => {
  server = await serve();
  session = await launch({ netLog: logFile });
  if (!session.ext) throw new Error('the extension did not load');
  ext = session.ext;
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function readArticles() {
  const r = await ext.ask('library.list', {});
  if (!r.ok) throw new Error(r.error);
  return r.data.articles.filter((a) => a.origin === 'read');
}

describe('adding the articles the reader reads', () => {
  let readTab = 0;
  let addedId = '';

  it('is switched on for the site from the popup (off by default)', async () => {
    const first = await session.open(`${server.origin}/fixtures/xinhua-roundup.html`);
    const tabId = await ext.tabIdOf(first);
    await ext.waitForPageIdle(tabId);
    const popup = await session.open(ext.url(`popup.html?tabId=${tabId}`));
    const box = popup.getByRole('checkbox', { name: /add the articles i read on this site/i });
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await poll('the switch to be saved', async () => {
      const site = await ext.ask('site.get', { host: new URL(server.origin).hostname });
      return site.ok && site.data.autoAdd ? true : undefined;
    }, 10_000);
    await popup.close();
    await first.close();
  });

  it('adds a page read for 30 s and scrolled, once, and not a page left after 2 seconds', async () => {
    // Left after 2 seconds: a real article nobody read.
    const left = await session.open(`${server.origin}/pages/guardian-1.html`);
    await left.mouse.wheel(0, 800);
    await left.waitForTimeout(2000);
    await left.close();
    // Read: scrolled a little at a time, as a reader does, and left open.
    const page = await session.open(`${server.origin}/fixtures/harbour-gazette.html`);
    readTab = await ext.tabIdOf(page);
    await ext.waitForPageIdle(readTab);
    for (let i = 0; i < 4; i++) {
      await page.mouse.wheel(0, 250);
      await page.waitForTimeout(1500);
    }
    expect(await readArticles()).toEqual([]); // not before 30 s
    const added = await poll('the read page to be added', async () => {
      const read = await readArticles();
      return read.length ? read : undefined;
    }, 60_000, 1000);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ outlet: OUTLET, origin: 'read', url: `${server.origin}/fixtures/harbour-gazette.html` });
    expect(added[0].published).toBe('2016-09-05');
    addedId = added[0].id;
    // Once: the tracker says "read" once per page, and the background tries each address once
    // (unit tests: tests/unit/reading-tracker.test.ts, store-auto-add.test.ts); here, more reading
    // of the same page adds nothing more.
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(3000);
    const again = await readArticles();
    expect(again.map((a) => a.id)).toEqual([addedId]);
    expect(again.some((a) => /guardian/i.test(a.outlet) || a.url?.includes('guardian'))).toBe(false);
  });

  it('shows the new article as a source on the next page', async () => {
    const next = await session.open(`${server.origin}/fixtures/xinhua-roundup.html`);
    const state = await ext.waitForPageIdle(await ext.tabIdOf(next));
    expect(state.claims.some((c) => c.sources.some((s) => s.outlet === OUTLET))).toBe(true);
    await next.close();
  });

  it('shows what was added from the page in its popup, and Undo removes it', async () => {
    const popup = await session.open(ext.url(`popup.html?tabId=${readTab}`));
    const line = popup.locator('.cl-reading-added');
    await line.waitFor({ timeout: 10_000 });
    expect(await line.innerText()).toMatch(/added to your library as you read/i);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await poll('the undo', async () => ((await readArticles()).length === 0 ? true : undefined), 10_000);
    expect(await popup.getByRole('status').innerText()).toMatch(/removed/i);
    const next = await session.open(`${server.origin}/fixtures/xinhua-roundup.html`);
    const state = await ext.waitForPageIdle(await ext.tabIdOf(next));
    expect(state.claims.some((c) => c.sources.some((s) => s.outlet === OUTLET))).toBe(false);
  });

  it('lists where each article came from on the library page', async () => {
    const lib = await session.open(ext.url('options.html'));
    await lib.locator('.lib-origin').first().waitFor();
    const origins = await lib.locator('.lib-origin').allInnerTexts();
    expect(origins.length).toBeGreaterThan(0);
    expect(new Set(origins)).toEqual(new Set(['seed library']));
    expect(await lib.getByRole('checkbox', { name: /add the articles i read/i }).isChecked()).toBe(false);
  });

  it('threw no errors, and the net log shows no request off the machine from the extension', async () => {
    expect(session.traffic.errors.filter(isOurs)).toEqual([]);
    const id = ext.id;
    await session.close();
    const requests = netLogRequests(logFile);
    expect(requests.some((r) => r.url.includes('/fixtures/harbour-gazette.html'))).toBe(true);
    expect(offsiteFromUs(requests, id)).toEqual([]);
  });
});
