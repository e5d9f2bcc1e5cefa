/**
 * "Add the articles I read", one body for every browser (Chromium and Firefox): on a local test
 * site the reader switches it on in the popup (off by default); a page left after 2 seconds is
 * not added; a page kept in front for 30 s and scrolled is added once, as "read"; the next page
 * shows it as a source; the popup shows it with Undo, and Undo removes it; the library page says
 * where each article came from.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../src/messaging/protocol';
import type { Driver, DriverPage } from '../driver/types';
import { poll } from '../extension-api';
import { clickButton, useJourneyEnv, type JourneyEnv } from './helpers';

const OUTLET = 'Harbour Gazette';

/**
 * Register the reading journeys against browsers made by `launchDriver`; `after` registers more
 * tests of the same browser after them (Chromium checks its net log of the whole run).
 */
export function readingJourneys(launchDriver: () => Promise<Driver>, after?: (env: JourneyEnv) => void): void {
  const env = useJourneyEnv(launchDriver);

  const readArticles = async (): Promise<ArticleSummary[]> => {
    const r = await env.ext.ask('library.list', {});
    if (!r.ok) throw new Error(r.error);
    return r.data.articles.filter((a) => a.origin === 'read');
  };
  const scrollBy = (page: DriverPage, dy: number) => page.evaluate((d) => window.scrollBy(0, d), dy);
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  describe('adding the articles the reader reads', () => {
    let readTab = 0;
    let readPage: DriverPage;

    it('is switched on for the site from the popup (off by default)', async () => {
      const first = await env.driver.open(`${env.server.origin}/fixtures/xinhua-roundup.html`);
      const tabId = await env.ext.tabIdOf(first);
      await env.ext.waitForPageIdle(tabId);
      const popup = await env.driver.openExtensionPage(`popup.html?tabId=${tabId}`);
      const box = () => popup.evaluate(() => {
        const label = Array.from(document.querySelectorAll('label')).find((l) => /add the articles i read on this site/i.test(l.textContent ?? ''));
        const input = label?.querySelector('input[type="checkbox"]') as HTMLInputElement | null;
        return input ? { checked: input.checked, disabled: input.disabled } : undefined;
      }, null);
      expect(await poll('the site switch', box, 10_000, 100)).toEqual({ checked: false, disabled: false });
      await popup.evaluate(() => {
        const label = Array.from(document.querySelectorAll('label')).find((l) => /add the articles i read on this site/i.test(l.textContent ?? ''));
        (label?.querySelector('input[type="checkbox"]') as HTMLInputElement).click();
      }, null);
      await poll('the switch to be saved', async () => {
        const site = await env.ext.ask('site.get', { host: new URL(env.server.origin).hostname });
        return site.ok && site.data.autoAdd ? true : undefined;
      }, 10_000);
      expect((await box())?.checked).toBe(true);
      await popup.close();
      await first.close();
    });

    it('adds a page read for 30 s and scrolled, once, and not a page left after 2 seconds', async () => {
      // Left after 2 seconds: a real article nobody read.
      const left = await env.driver.open(`${env.server.origin}/pages/guardian-1.html`);
      await left.bringToFront();
      await scrollBy(left, 800);
      await sleep(2000);
      await left.close();
      // Read: in front, scrolled a little at a time, as a reader does.
      readPage = await env.driver.open(`${env.server.origin}/fixtures/harbour-gazette.html`);
      readTab = await env.ext.tabIdOf(readPage);
      await env.ext.waitForPageIdle(readTab);
      for (let i = 0; i < 4; i++) {
        await scrollBy(readPage, 250);
        await sleep(1500);
      }
      expect(await readArticles()).toEqual([]); // not before 30 s
      const added = await poll('the read page to be added', async () => {
        const read = await readArticles();
        return read.length ? read : undefined;
      }, 60_000, 1000);
      expect(added).toHaveLength(1);
      expect(added[0]).toMatchObject({ outlet: OUTLET, origin: 'read', url: `${env.server.origin}/fixtures/harbour-gazette.html`, published: '2016-09-05' });
      // Once: the tracker says "read" once per page and the background tries each address once
      // (unit tests: reading-tracker, store-auto-add); more reading of the page adds nothing.
      await scrollBy(readPage, 600);
      await sleep(3000);
      const again = await readArticles();
      expect(again.map((a) => a.id)).toEqual([added[0].id]);
    });

    it('shows the new article as a source on the next page', async () => {
      const next = await env.driver.open(`${env.server.origin}/fixtures/xinhua-roundup.html`);
      const state = await env.ext.waitForPageIdle(await env.ext.tabIdOf(next));
      expect(state.claims.some((c) => c.sources.some((s) => s.outlet === OUTLET))).toBe(true);
      await next.close();
    });

    it('shows what was added from the page in its popup, and Undo removes it', async () => {
      const popup = await env.driver.openExtensionPage(`popup.html?tabId=${readTab}`);
      const line = await poll('the added line', () => popup.evaluate(() => document.querySelector<HTMLElement>('.cl-reading-added')?.innerText, null), 10_000, 100);
      expect(line).toMatch(/added to your library as you read/i);
      await clickButton(popup, /^undo$/i);
      await poll('the undo', async () => ((await readArticles()).length === 0 ? true : undefined), 10_000);
      const status = await poll('the popup to confirm', async () => {
        const text = await popup.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('[role=status]')).map((e) => e.innerText).join(' '), null);
        return /removed/i.test(text) ? text : undefined;
      }, 10_000);
      expect(status).toMatch(/will not be added again/);
      await popup.close();
      const next = await env.driver.open(`${env.server.origin}/fixtures/xinhua-roundup.html`);
      const state = await env.ext.waitForPageIdle(await env.ext.tabIdOf(next));
      expect(state.claims.some((c) => c.sources.some((s) => s.outlet === OUTLET))).toBe(false);
      await next.close();
      await readPage.close();
    });

    it('lists where each article came from on the library page, with the library-wide switch off', async () => {
      const lib = await env.driver.openExtensionPage('options.html');
      const seen = await poll('the library list', () => lib.evaluate(() => {
        const origins = Array.from(document.querySelectorAll<HTMLElement>('.lib-origin')).map((e) => e.innerText.trim());
        const box = document.querySelector<HTMLInputElement>('input[name="autoAdd"]');
        return origins.length && box ? { origins, autoAdd: box.checked } : undefined;
      }, null), 10_000, 100);
      expect(new Set(seen.origins)).toEqual(new Set(['seed library']));
      expect(seen.autoAdd).toBe(false);
      await lib.close();
    });

    after?.(env);
  });
}
