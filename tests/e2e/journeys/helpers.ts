/** Driver-agnostic page helpers for the shared journeys: everything through `DriverPage.evaluate`. */
import { poll } from '../extension-api';
import { afterAll, beforeAll } from 'vitest';
import { ExtClient } from '../driver/ext-client';
import type { Driver, DriverPage } from '../driver/types';
import { serve, type StaticServer } from '../harness';
import { claimPointInPage } from '../page-probe';

/** Whitespace-normalised text. */
export const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** One live highlight range of ours. */
export interface Painted {
  verdict: string;
  text: string;
  inArticle: boolean;
}

/** Every live range of the three verdict highlights (CSS.highlights, readable from the page). */
export function painted(page: DriverPage): Promise<Painted[]> {
  return page.evaluate(() => {
    const out: Array<{ verdict: string; text: string; inArticle: boolean }> = [];
    for (const verdict of ['corroborated', 'conflicted', 'mixed']) {
      for (const r of (CSS.highlights.get(`claimlens-${verdict}`) ?? []) as unknown as Iterable<Range>) {
        if (r.collapsed || !r.startContainer.isConnected) continue;
        out.push({ verdict, text: r.toString(), inArticle: Boolean(r.startContainer.parentElement?.closest('article')) });
      }
    }
    return out;
  }, null);
}

/** Wait for at least `min` painted ranges. */
export function waitPainted(page: DriverPage, min = 1): Promise<Painted[]> {
  return poll(`${min} highlighted ranges`, async () => {
    const found = await painted(page);
    return found.length >= min ? found : undefined;
  }, 30_000);
}

/** Viewport point on the highlighted text of a claim (scrolled into view). */
export function pointOnClaim(page: DriverPage, claimText: string): Promise<{ x: number; y: number }> {
  return page.evaluate(claimPointInPage, claimText);
}

/** A trusted click on the first button (or control) whose text or aria-label matches `pattern`. */
export async function clickButton(page: DriverPage, pattern: RegExp): Promise<void> {
  const at = await poll(`a button ${pattern}`, () =>
    page.evaluate(([source, flags]) => {
      const re = new RegExp(source, flags);
      const el = Array.from(document.querySelectorAll<HTMLElement>('button, [role=button], a[href]')).find(
        (b) => re.test(b.getAttribute('aria-label') ?? '') || re.test((b.innerText || b.textContent || '').trim()),
      );
      if (!el || (el as HTMLButtonElement).disabled) return undefined;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, [pattern.source, pattern.flags] as const), 10_000, 100);
  await page.clickAt(at.x, at.y);
}

/** The page's body text. */
export function bodyText(page: DriverPage): Promise<string> {
  return page.evaluate(() => document.body.innerText, null);
}

/** One claim as popup.html?tabId=N lists it. */
export interface ListedClaim {
  id: string;
  verdict: string;
  text: string;
  shown: string;
}

/** The popup's claim buttons (data-claim, data-verdict, title), once at least `min` are there. */
export function listedClaims(popup: DriverPage, min = 1): Promise<ListedClaim[]> {
  return poll('the popup\'s claims', async () => {
    const claims = await popup.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('button[data-claim]')).map((el) => ({
        id: el.dataset.claim ?? '',
        verdict: el.dataset.verdict ?? '',
        text: el.title,
        shown: el.innerText,
      })), null);
    return claims.length >= min ? claims : undefined;
  }, 15_000, 200);
}

/** A browser with the extension, its client and the fixture server, for one journey file. */
export interface JourneyEnv {
  driver: Driver;
  ext: ExtClient;
  server: StaticServer;
}

/**
 * Start a browser from `launchDriver` before the file's tests (the seed library installed) and
 * close it after; the returned object's fields are set once `beforeAll` has run.
 */
export function useJourneyEnv(launchDriver: () => Promise<Driver>): JourneyEnv {
  const env = {} as JourneyEnv;
  beforeAll(async () => {
    env.server = await serve();
    env.driver = await launchDriver();
    env.ext = await ExtClient.open(env.driver);
    await env.ext.waitForLibrary(5);
  });
  afterAll(async () => {
    await env.driver?.close();
    await env.server?.close();
  });
  return env;
}
