/** The popup (opened as popup.html?tabId=N): claims conflicts first, per-outlet counts, click scrolls. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openFixture, useExtension, type OpenedArticle } from './setup';
import { waitForHighlights } from './page-probe';
import { poll } from './extension-api';
import { isOurs } from './traffic';

const env = useExtension({ viewport: { width: 1100, height: 600 } });
const RANK: Record<string, number> = { conflicted: 0, mixed: 1, corroborated: 2 };

/** Top of a claim's first highlighted range relative to the viewport, and the viewport's height. */
function markPosition(page: Page, claimText: string): Promise<{ top: number; height: number }> {
  return page.evaluate((text) => {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const name of ['claimlens-corroborated', 'claimlens-conflicted', 'claimlens-mixed']) {
      for (const r of (CSS.highlights.get(name) ?? []) as unknown as Iterable<Range>) {
        const t = norm(r.toString());
        if (t && norm(text).startsWith(t.slice(0, 25))) return { top: r.getBoundingClientRect().top, height: innerHeight };
      }
    }
    return { top: Number.NaN, height: innerHeight };
  }, claimText);
}

describe('the popup', () => {
  let opened: OpenedArticle;
  let popup: Page;

  it('lists the page\'s claims, conflicts first, with per-outlet counts', async () => {
    opened = await openFixture(env, 'xinhua-roundup.html');
    await waitForHighlights(opened.page);
    popup = await env.session.context.newPage();
    env.session.traffic.watchPage(popup);
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(env.ext.url(`popup.html?tabId=${opened.tabId}`));
    const list = popup.getByRole('list', { name: /claims/i });
    await list.waitFor();
    const items = list.getByRole('button');
    await poll('popup items', async () => ((await items.count()) === opened.state.claims.length ? true : undefined), 10_000);
    const shown = await items.evaluateAll((els) =>
      els.map((el) => ({ id: el.getAttribute('data-claim') ?? '', text: (el as HTMLElement).innerText })),
    );
    const verdictOf = new Map(opened.state.claims.map((c) => [c.id, c.verdict]));
    const ranks = shown.map((s) => RANK[verdictOf.get(s.id) ?? 'missing']);
    expect(ranks.every((r) => r !== undefined)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks[0]).toBeLessThan(2); // the Xinhua page has a disputed claim: it comes first
    expect(ranks[ranks.length - 1]).toBe(2);
    // Per-outlet counts: each item names every outlet of its sources with how many sentences.
    for (const s of shown) {
      const claim = opened.state.claims.find((c) => c.id === s.id);
      const counts = new Map<string, number>();
      for (const src of claim?.sources ?? []) counts.set(src.outlet, (counts.get(src.outlet) ?? 0) + 1);
      for (const [outlet, n] of counts) expect(s.text).toContain(`${outlet} ${n}`);
    }
  });

  it('scrolls the article to a claim\'s highlight when the claim is clicked', async () => {
    await opened.page.evaluate(() => window.scrollTo(0, 0));
    // The lowest claim on the page: out of view at the top of a 600 px window.
    const positions = await Promise.all(opened.state.claims.map(async (c) => ({ id: c.id, text: c.text, ...(await markPosition(opened.page, c.text)) })));
    const target = positions.sort((a, b) => b.top - a.top)[0];
    expect(target.top).toBeGreaterThan(target.height);
    await popup.locator(`button[data-claim="${target.id}"]`).click();
    const after = await poll('the article to scroll', async () => {
      const p = await markPosition(opened.page, target.text);
      return p.top >= 0 && p.top < p.height ? p : undefined;
    }, 10_000);
    expect(after.top).toBeLessThan(after.height);
  });

  it('threw no errors and stayed on the machine', () => {
    expect(env.session.traffic.errors.filter(isOurs)).toEqual([]);
    expect(env.session.traffic.offsite()).toEqual([]);
  });
});
