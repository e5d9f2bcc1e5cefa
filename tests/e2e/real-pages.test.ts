/**
 * Saved real news pages (../shared/pages): the extension must leave their text exactly as it was,
 * throw nothing, send nothing off the machine, finish quickly, and find (next to) nothing, since
 * none of them is about the seed story.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { launch, serve, type Session, type StaticServer } from './harness';
import { PAGES_DIR } from './paths';
import { bodyText, readHighlights } from './page-probe';
import { isOurs } from './traffic';

/** Saved real pages (none about the seed story: next to no marks) and, as a control, two seed-derived fixtures (many marks). */
const CASES: Array<{ path: string; marks: [number, number] }> = [
  ...['cnn.html', 'guardian-1.html', 'nytimes-1.html', 'yahoo-1.html', 'bbc-1.html', 'lemonde-1.html'].map((n) => ({
    path: `/pages/${n}`,
    marks: [0, 3] as [number, number],
  })),
  { path: '/fixtures/cnn-syria.html', marks: [3, 100] },
  { path: '/fixtures/xinhua-roundup.html', marks: [3, 100] },
];
/** Time the page's own scripts get to settle before its text is read, in both browsers. */
const SETTLE_MS = 1500;

let server: StaticServer;
let plain: Session;
let withExt: Session;

beforeAll(async () => {
  if (!existsSync(PAGES_DIR)) throw new Error(`The saved real pages are read from ${PAGES_DIR} (../shared/pages next to the checkout): not found.`);
  server = await serve();
  plain = await launch({ extension: false });
  withExt = await launch();
});

afterAll(async () => {
  await withExt?.close();
  await plain?.close();
  await server?.close();
});

async function settledText(page: Page): Promise<string> {
  await page.waitForTimeout(SETTLE_MS);
  return bodyText(page);
}

describe.each(CASES)('page $path', ({ path, marks: [minMarks, maxMarks] }) => {
  it('keeps the page text and height exactly, throws nothing, marks what it should', async () => {
    const url = `${server.origin}${path}`;
    const plainPage = await plain.open(url);
    const reference = await settledText(plainPage);
    const referenceHeight = await plainPage.evaluate(() => document.documentElement.scrollHeight);
    expect(reference.length).toBeGreaterThan(500);

    const errorsBefore = withExt.traffic.errors.length;
    const started = Date.now();
    const page = await withExt.open(url);
    const ext = withExt.ext;
    if (!ext) throw new Error('no extension');
    const state = await ext.waitForPageIdle(await ext.tabIdOf(page), 20_000);
    const took = Date.now() - started;
    expect(['ok', 'none', 'not-article']).toContain(state.status);
    expect(took).toBeLessThan(15_000);

    const withMarks = await settledText(page);
    const claims = new Set((await readHighlights(page)).map((h) => h.text)).size;
    expect(claims).toBeGreaterThanOrEqual(minMarks);
    expect(claims).toBeLessThanOrEqual(maxMarks * 3); // a claim may be painted as several ranges
    expect(state.claims.length).toBeGreaterThanOrEqual(minMarks);
    expect(state.claims.length).toBeLessThanOrEqual(maxMarks);
    expect(withMarks).toBe(reference);
    // Highlights and markers must not reflow the page.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(referenceHeight);
    // Nothing of ours inside <body>.
    expect(await page.evaluate(() => document.body.querySelectorAll('claimlens-layer, claimlens-mark').length)).toBe(0);
    expect(withExt.traffic.errors.slice(errorsBefore).filter(isOurs)).toEqual([]);
    await page.close();
    await plainPage.close();
  });
});

describe('privacy on real pages', () => {
  it('the extension itself sent nothing off the machine', () => {
    expect(withExt.traffic.offsiteFromExtension()).toEqual([]);
  });
});
