/**
 * The page-safety attacks (issue 10) as journeys any driver can run: the page's own script
 * (fixtures/hostile.html, `window.hostile`) fires untrusted clicks and keys and searches with
 * window.find to read the card, plants invisible sentences to probe the library, and replays
 * WXT's "content script started" event to switch the extension off. Chromium runs the fuller
 * tests/e2e/hostile.test.ts (it also inspects frames and the registry over CDP); this body is
 * what runs in Firefox, through tests/e2e/driver/types.ts only.
 */
import { describe, expect, it } from 'vitest';
import type { LinkedClaim } from '../../../src/engine/types';
import type { PageState } from '../../../src/messaging/protocol';
import type { Driver, DriverPage } from '../driver/types';
import { poll } from '../extension-api';
import { norm, painted, pointOnClaim, useJourneyEnv, waitPainted } from './helpers';

type HostileApi = Record<string, (...args: unknown[]) => unknown>;

/** Call `window.hostile[name](arg)` in the page's own world. */
function hostile<R>(page: DriverPage, name: string, arg: unknown): Promise<R> {
  return page.evaluate(([n, a]) => ((window as unknown as { hostile: HostileApi }).hostile[n as string](a) as R), [name, arg] as const);
}

/** Register the hostile-page journeys against browsers made by `launchDriver`. */
export function hostileJourneys(launchDriver: () => Promise<Driver>): void {
  const env = useJourneyEnv(launchDriver);
  let page: DriverPage;
  let tabId: number;
  let state: PageState;
  let disputed: LinkedClaim;
  /** A sentence the seeds link that the hostile page does not show: only the library knows it. */
  let probe: string;


  describe('a hostile page', () => {
    it('is annotated like any page', async () => {
      const cnn = await env.driver.open(`${env.server.origin}/fixtures/cnn-syria.html`);
      const cnnState = await env.ext.waitForPageIdle(await env.ext.tabIdOf(cnn));
      page = await env.driver.open(`${env.server.origin}/fixtures/hostile.html`);
      tabId = await env.ext.tabIdOf(page);
      state = await env.ext.waitForPageIdle(tabId);
      const shown = norm(await page.evaluate(() => document.body.innerText, null));
      probe = cnnState.claims.map((c) => c.text).find((t) => !shown.includes(norm(t).slice(0, 40))) ?? '';
      expect(probe, 'a CNN claim that is not on the hostile page').not.toBe('');
      await cnn.close();
      await page.bringToFront();
      expect(state.status).toBe('ok');
      disputed = state.claims.find((c) => c.verdict !== 'corroborated') as LinkedClaim;
      expect(disputed).toBeTruthy();
      await waitPainted(page, 1);
    });

    it('cannot open or read a card with untrusted clicks and keys and window.find', async () => {
      const secret = disputed.sources.map((s) => s.title).filter(Boolean);
      const result = await hostile<{ found: string[]; framesBefore: number; framesAfter: number }>(page, 'leak', secret);
      expect(result.found).toEqual([]);
      expect(result.framesAfter).toBe(result.framesBefore);
      expect(await page.cardText()).toBeNull();
    });

    it('cannot find the text of a card the reader opened, nor close it with a synthetic Escape', async () => {
      const at = await pointOnClaim(page, disputed.text);
      await page.clickAt(at.x, at.y);
      const text = await poll('the card to open', async () => (await page.cardText()) ?? undefined, 10_000, 100);
      const title = disputed.sources[0].title;
      expect(norm(text)).toContain(norm(title));
      expect(await hostile<string[]>(page, 'find', [title])).toEqual([]);
      await page.evaluate(() => { document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })); }, null);
      expect(await page.cardText()).not.toBeNull();
      await page.press('Escape');
      await poll('the card to close', async () => ((await page.cardText()) === null ? true : undefined), 10_000, 100);
    });

    it('learns nothing from a sentence planted where the reader cannot see it', async () => {
      await hostile(page, 'plantHidden', probe);
      await new Promise((r) => setTimeout(r, 3000)); // the debounced re-read and a match round trip
      const shown = (await painted(page)).map((h) => norm(h.text)).join(' | ');
      expect(shown).not.toContain(norm(probe).slice(0, 40));
    });

    it("cannot switch the extension off by replaying WXT's start signal; later text is still annotated", async () => {
      await hostile(page, 'spoofTeardown', env.driver.extensionOrigin.replace(/^[a-z-]+:\/\/|\/$/g, ''));
      await new Promise((r) => setTimeout(r, 500));
      await hostile(page, 'plantVisible', probe);
      await poll('the visible sentence to be painted', async () => {
        const shown = (await painted(page)).map((h) => norm(h.text)).join(' ');
        return shown.includes(norm(probe).slice(0, 40)) ? true : undefined;
      }, 15_000);
      const after = await env.ext.askTab(tabId, 'page.state', {});
      expect(after.ok && after.data.status).toBe('ok');
    });
  });
}
