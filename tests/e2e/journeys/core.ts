/**
 * The core journeys, one body for every browser: a test file calls `coreJourneys(launchX)` and
 * gets the same tests against Chromium (Playwright) or Firefox (Puppeteer over BiDi). They use
 * only the driver's surface (tests/e2e/driver/types.ts) and the extension's public contracts:
 * CSS.highlights, popup.html?tabId=N (data-claim, data-verdict, title), the card's own frame, the
 * library page's buttons and file input, and the typed message protocol from an extension page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LibraryExport, PageState } from '../../../src/messaging/protocol';
import type { Driver, DriverPage } from '../driver/types';
import { poll } from '../extension-api';
import { SEED } from '../setup';
import { bodyText, clickButton, listedClaims, norm, painted, pointOnClaim, useJourneyEnv, waitPainted } from './helpers';

const OUTLET = 'Harbour Gazette';
const TITLE = 'Obama and Putin meet in Hangzhou but leave Syria deal unfinished';
const RANK: Record<string, number> = { conflicted: 0, mixed: 1, corroborated: 2 };

/** Register the core journeys against browsers made by `launchDriver`. */
export function coreJourneys(launchDriver: () => Promise<Driver>): void {
  const env = useJourneyEnv(launchDriver);


  async function openFixture(name: string): Promise<{ page: DriverPage; tabId: number; state: PageState }> {
    const page = await env.driver.open(`${env.server.origin}/fixtures/${name}`);
    const tabId = await env.ext.tabIdOf(page);
    return { page, tabId, state: await env.ext.waitForPageIdle(tabId) };
  }

  const cardShows = (page: DriverPage, open: boolean): Promise<string> =>
    poll(open ? 'the card to open' : 'the card to close', async () => {
      const text = await page.cardText();
      return open ? text ?? undefined : text === null ? '' : undefined;
    }, 10_000, 100);

  describe('highlights, card and popup on seed-derived pages', () => {
    let xinhua: { page: DriverPage; tabId: number; state: PageState };

    it('paints claims inside the article with their verdicts, and the popup lists the same claims', async () => {
      xinhua = await openFixture('xinhua-roundup.html');
      expect(xinhua.state.status).toBe('ok');
      const found = await waitPainted(xinhua.page, 3);
      expect(found.every((h) => h.inArticle)).toBe(true);
      expect(found.some((h) => h.verdict === 'corroborated')).toBe(true);
      expect(found.filter((h) => h.verdict !== 'corroborated').map((h) => h.text).join(' ')).toMatch(/gaps of trust/);
      expect(await xinhua.page.evaluate(() => document.body.querySelectorAll('claimlens-layer, claimlens-mark').length, null)).toBe(0);
      const popup = await env.driver.openExtensionPage(`popup.html?tabId=${xinhua.tabId}`);
      const listed = await listedClaims(popup, xinhua.state.claims.length);
      expect(listed.map((c) => c.id).sort()).toEqual(xinhua.state.claims.map((c) => c.id).sort());
      const ranks = listed.map((c) => RANK[c.verdict]);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(ranks[0]).toBeLessThan(2);
      const paintedText = norm(found.map((h) => h.text).join(' '));
      for (const c of listed) expect(paintedText).toContain(norm(c.text).slice(0, 40));
      await popup.close();
    });

    it('opens the card on a click on highlighted text, listing the other outlets; Esc closes it', async () => {
      const disputed = xinhua.state.claims.find((c) => c.verdict !== 'corroborated')!;
      await xinhua.page.bringToFront();
      const at = await pointOnClaim(xinhua.page, disputed.text);
      await xinhua.page.clickAt(at.x, at.y);
      const card = norm(await cardShows(xinhua.page, true));
      for (const s of disputed.sources) expect(card).toContain(s.outlet);
      expect(card).toMatch(/conflict/i);
      expect(await xinhua.page.inCard(() => document.activeElement?.tagName ?? '')).toBe('BUTTON');
      await xinhua.page.press('Escape');
      await cardShows(xinhua.page, false);
    });

    it('opens the card from the keyboard (Tab to a marker, Enter / Space); Esc gives focus back to the marker', async () => {
      await xinhua.page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, 0);
      }, null);
      let onMarker = false;
      for (let i = 0; i < 40 && !onMarker; i++) {
        await xinhua.page.press('Tab');
        onMarker = await xinhua.page.evaluate(() => document.activeElement?.tagName.toLowerCase() === 'claimlens-layer', null);
      }
      expect(onMarker, 'Tab reaches a marker').toBe(true);
      await xinhua.page.press('Enter');
      const card = norm(await cardShows(xinhua.page, true));
      expect(xinhua.state.claims.some((c) => c.sources.some((s) => card.includes(s.outlet)))).toBe(true);
      await xinhua.page.press('Escape');
      await cardShows(xinhua.page, false);
      expect(await xinhua.page.evaluate(() => document.activeElement?.tagName.toLowerCase(), null)).toBe('claimlens-layer');
      await xinhua.page.press(' ');
      await cardShows(xinhua.page, true);
      await xinhua.page.press('Escape');
      await cardShows(xinhua.page, false);
    });

    it('scrolls the article to a claim clicked in the popup', async () => {
      await xinhua.page.evaluate(() => window.scrollTo(0, 0), null);
      const lowest = await xinhua.page.evaluate((claims) => {
        let best = { id: '', top: -1 };
        for (const c of claims) {
          for (const name of ['claimlens-corroborated', 'claimlens-conflicted', 'claimlens-mixed']) {
            for (const r of (CSS.highlights.get(name) ?? []) as unknown as Iterable<Range>) {
              const t = r.toString().replace(/\s+/g, ' ').trim();
              if (t && c.text.replace(/\s+/g, ' ').startsWith(t.slice(0, 25)) && r.getBoundingClientRect().top > best.top) best = { id: c.id, top: r.getBoundingClientRect().top };
            }
          }
        }
        return { ...best, height: innerHeight };
      }, xinhua.state.claims.map((c) => ({ id: c.id, text: c.text })));
      expect(lowest.top).toBeGreaterThan(lowest.height);
      const popup = await env.driver.openExtensionPage(`popup.html?tabId=${xinhua.tabId}`);
      await listedClaims(popup);
      const at = await popup.evaluate((id) => {
        const b = document.querySelector(`button[data-claim="${id}"]`)!;
        b.scrollIntoView({ block: 'center' });
        const r = b.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }, lowest.id);
      await popup.clickAt(at.x, at.y);
      // A real popup floats over the visible article; opened as a tab it hides it, and a hidden
      // tab does not run its smooth scroll: show the article again, as the reader sees it.
      await xinhua.page.bringToFront();
      await poll('the article to scroll', async () => ((await xinhua.page.evaluate(() => scrollY, null)) > 0 ? true : undefined), 10_000);
      await popup.close();
    });
  });

  describe('adding the page\'s article from the popup', () => {
    it('adds it (the on-demand extractor runs through browser.scripting) and it becomes a source on another page', async () => {
      const harbour = await openFixture('harbour-gazette.html');
      const popup = await env.driver.openExtensionPage(`popup.html?tabId=${harbour.tabId}`);
      await listedClaims(popup); // the popup has read the page (its buttons are final)
      await clickButton(popup, /add this article to my library/i);
      const message = await poll('the popup to confirm', async () => {
        const text = await popup.evaluate(() => Array.from(document.querySelectorAll('[role=status]')).map((e) => (e as HTMLElement).innerText).join(' '), null);
        return /added/i.test(text) ? text : undefined;
      }, 20_000).catch(async (err: Error) => {
        throw new Error(`${err.message}; the popup says: ${norm(await bodyText(popup))}`);
      });
      expect(message).toContain(OUTLET);
      expect(message).toContain(TITLE);
      await popup.close();
      const xinhua = await openFixture('xinhua-roundup.html');
      const linked = xinhua.state.claims.filter((c) => c.sources.some((s) => s.outlet === OUTLET));
      expect(linked.length).toBeGreaterThan(0);
      const pair = xinhua.state.claims.flatMap((c) => c.sources.map((s) => ({ c, s }))).find(({ s }) => s.outlet === OUTLET && /forty minutes/.test(s.text));
      expect(pair?.s.relation).toBe('conflicts');
      await waitPainted(xinhua.page);
      const at = await pointOnClaim(xinhua.page, linked[0].text);
      await xinhua.page.clickAt(at.x, at.y);
      expect(await cardShows(xinhua.page, true)).toContain(OUTLET);
      await xinhua.page.press('Escape');
      await xinhua.page.close();
      await harbour.page.close();
    });
  });

  describe('the library page: export, wipe, import', () => {
    let before: string[];
    let file: string;
    let lib: DriverPage;

    it('exports the whole library as one JSON file', async () => {
      const r = await env.ext.ask('library.list', {});
      before = r.ok ? r.data.articles.map((a) => a.id).sort() : [];
      expect(before.length).toBeGreaterThanOrEqual(6);
      lib = await env.driver.openExtensionPage('options.html');
      await poll('the list', async () => ((await bodyText(lib)).includes(TITLE) ? true : undefined), 10_000);
      file = await lib.download(() => clickButton(lib, /^export/i));
      const data = JSON.parse(readFileSync(file, 'utf8')) as LibraryExport;
      expect(data.format).toBe('claimlens-library');
      expect(data.articles.map((a) => a.id).sort()).toEqual(before);
    });

    it('deletes everything with the page\'s own buttons', async () => {
      await clickButton(lib, /^delete all/i);
      await clickButton(lib, /^yes, delete all/i);
      await poll('an empty library', async () => {
        const r = await env.ext.ask('library.list', {});
        return r.ok && r.data.articles.length === 0 ? true : undefined;
      }, 15_000);
      await poll('the page to say so', async () => (/library is empty/i.test(await bodyText(lib)) ? true : undefined), 10_000);
    });

    it('imports the file and has the same library back, still matching pages', async () => {
      await lib.uploadFile('input[type=file]', file);
      await poll('the import', async () => {
        const r = await env.ext.ask('library.list', {});
        return r.ok && r.data.articles.length >= before.length ? true : undefined;
      }, 45_000);
      const r = await env.ext.ask('library.list', {});
      expect(r.ok ? r.data.articles.map((a) => a.id).sort() : []).toEqual(before);
      const xinhua = await openFixture('xinhua-roundup.html');
      const outlets = new Set(xinhua.state.claims.flatMap((c) => c.sources.map((s) => s.outlet)));
      expect(outlets.has('CNN')).toBe(true);
      expect(outlets.has(OUTLET)).toBe(true);
      await xinhua.page.close();
      await lib.close();
    });
  });

  describe('a real saved page', () => {
    it('is left as it was: same text and height as in the same browser without the extension', async () => {
      const url = `${env.server.origin}/pages/guardian-1.html`;
      const plain = await env.driver.openPlain(url);
      await new Promise((r) => setTimeout(r, 1500));
      const reference = { text: await bodyText(plain), height: await plain.evaluate(() => document.documentElement.scrollHeight, null) };
      await plain.close();
      const page = await env.driver.open(url);
      const state = await env.ext.waitForPageIdle(await env.ext.tabIdOf(page), 20_000);
      expect(['ok', 'none', 'not-article']).toContain(state.status);
      await new Promise((r) => setTimeout(r, 1500));
      expect(reference.text.length).toBeGreaterThan(500);
      expect(await bodyText(page)).toBe(reference.text);
      expect(await page.evaluate(() => document.documentElement.scrollHeight, null)).toBe(reference.height);
      expect(await page.evaluate(() => document.body.querySelectorAll('claimlens-layer, claimlens-mark').length, null)).toBe(0);
      expect((await painted(page)).length).toBeLessThanOrEqual(9);
      await page.close();
    });
  });

  describe('persistence', () => {
    it('keeps an added article across a browser restart on the same profile, and still matches with it', async () => {
      const listed = async () => {
        const l = await env.ext.ask('library.list', {});
        return l.ok ? l.data.articles.map((a) => a.id).sort() : [];
      };
      const r = await env.ext.ask('library.add', {
        article: { id: 'persist-e2e', outlet: 'Persistence Post', title: 'Kept across restarts', published: '2016-09-05', text: 'U.S. President Barack Obama and Russian President Vladimir Putin met on Monday on the sidelines of the G20 summit in Hangzhou.\n\nThe meeting lasted forty minutes, a Kremlin aide told reporters in Hangzhou.\n\nSecretary of State John Kerry and Foreign Minister Sergei Lavrov failed to reach a ceasefire agreement on Syria before the meeting.' },
      });
      expect(r.ok ? r.data.article.id : r.error).toBe('persist-e2e');
      const beforeRestart = await listed();
      await env.driver.restart();
      await env.ext.reopen();
      const ids = await listed();
      expect(ids).toContain('persist-e2e');
      expect(ids).toContain(SEED.xinhua);
      // Exactly what was there: the seeds were not installed a second time.
      expect(ids).toEqual(beforeRestart);
      const xinhua = await openFixture('xinhua-roundup.html');
      expect(xinhua.state.claims.some((c) => c.sources.some((s) => s.outlet === 'Persistence Post'))).toBe(true);
    });
  });
}
