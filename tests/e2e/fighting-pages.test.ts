/**
 * Pages that fight back (page-safety issue): a Preact app and a React-style updater keep their
 * text byte for byte and throw nothing (nothing of ours is in their DOM); an article made
 * editable, or a designMode document, loses its highlights at once; a page that replaces its
 * article's HTML every second is not re-matched and its highlights and markers do not flicker.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { poll } from './extension-api';
import { ROOT } from './paths';
import { openFixture, useExtension } from './setup';
import { readHighlights, readMarkers, sampleFrames, waitForHighlights } from './page-probe';
import { isOurs } from './traffic';

const env = useExtension();

beforeAll(async () => {
  // The Preact app loads Preact from the test server's /fixtures/vendor/: served from node_modules.
  const preact = readFileSync(join(ROOT, 'node_modules/preact/dist/preact.umd.js'), 'utf8');
  await env.session.context.route('**/fixtures/vendor/preact.umd.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: preact }),
  );
});

const pageErrors = (url: string) => env.session.traffic.errors.filter((e) => e.kind === 'pageerror' && e.pageUrl.includes(url));

/** Let a framework page run, then compare its DOM text with its own model. */
async function runsClean(page: Page, ms: number): Promise<void> {
  await page.waitForTimeout(ms);
  const { expected, actual, errors, ours } = await page.evaluate(() => {
    const w = window as unknown as { expectedText(): string; actualText(): string; pageErrors: number };
    return {
      expected: w.expectedText(),
      actual: w.actualText(),
      errors: w.pageErrors,
      ours: document.body.querySelectorAll('claimlens-mark, claimlens-layer').length,
    };
  });
  expect(actual).toBe(expected);
  expect(errors).toBe(0);
  expect(ours).toBe(0);
}

describe('framework pages', () => {
  it('a React-style updater (in-place text updates, insertBefore against remembered nodes): same text, 0 errors', async () => {
    const opened = await openFixture(env, 'react-style.html');
    expect(opened.state.status).toBe('ok');
    await waitForHighlights(opened.page);
    await runsClean(opened.page, 6000);
    expect(pageErrors('react-style')).toEqual([]);
    expect((await readHighlights(opened.page)).length).toBeGreaterThan(0);
    await opened.page.close();
  });

  it('a Preact 10 app updating a paragraph every 300 ms: same text, 0 errors, still highlighted', async () => {
    const opened = await openFixture(env, 'preact-app.html');
    expect(opened.state.status).toBe('ok');
    await waitForHighlights(opened.page);
    await runsClean(opened.page, 6000);
    expect(pageErrors('preact-app')).toEqual([]);
    expect((await readHighlights(opened.page)).length).toBeGreaterThan(0);
    await opened.page.close();
  });
});

describe('editors', () => {
  it('an article made contenteditable after marking loses its highlights and markers at once', async () => {
    const opened = await openFixture(env, 'editor.html');
    await waitForHighlights(opened.page);
    expect((await readMarkers(opened.page)).markers.length).toBeGreaterThan(0);
    await opened.page.click('#edit');
    // In the same task as the page's change (the observer's microtask): nothing left to save.
    expect(await readHighlights(opened.page)).toEqual([]);
    expect((await readMarkers(opened.page)).markers).toEqual([]);
    await opened.page.keyboard.type(' Typed by the editor.');
    await opened.page.waitForTimeout(2000);
    expect(await readHighlights(opened.page)).toEqual([]);
    const html = await opened.page.evaluate(() => document.querySelector('article')!.innerHTML);
    expect(html).toContain('Typed by the editor.');
    expect(html).not.toMatch(/claimlens/i);
    const state = await env.ext.askTab(opened.tabId, 'page.state', {});
    expect(state.ok && state.data.claims).toEqual([]);
    await opened.page.close();
  });

  it('a document switched to designMode loses every highlight and gets none back', async () => {
    const opened = await openFixture(env, 'editor.html');
    await waitForHighlights(opened.page);
    await opened.page.click('#design');
    await poll('highlights to go', async () => ((await readHighlights(opened.page)).length === 0 ? true : undefined), 1000, 50);
    expect((await readMarkers(opened.page)).markers).toEqual([]);
    await opened.page.waitForTimeout(2000);
    expect(await readHighlights(opened.page)).toEqual([]);
    expect(await opened.page.evaluate(() => document.designMode)).toBe('on');
    await opened.page.close();
  });
});

describe('a page that replaces its article HTML every second', () => {
  it('is not re-matched, and its highlights and markers stay put', async () => {
    const opened = await openFixture(env, 'rerender.html');
    const painted = await waitForHighlights(opened.page);
    await opened.page.waitForTimeout(1500);
    // The state as the page shows it between re-renders: on a loaded machine a read can fall in the
    // moment the page has just replaced its HTML, before the highlights are anchored again (the
    // frame sampling below is what checks that no frame shows them missing).
    const paintedState = () => poll('the painted claims', async () => {
      const s = await env.ext.askTab(opened.tabId, 'page.state', {});
      return s.ok && s.data.claims.length ? s.data : undefined;
    }, 3000, 50);
    const before = await paintedState();
    const markersBefore = await readMarkers(opened.page);
    const sample = await sampleFrames(opened.page, painted.length, 6000);
    const after = await paintedState();
    const markersAfter = await readMarkers(opened.page);
    const renders = await opened.page.evaluate(() => (window as unknown as { renders: number }).renders);
    expect(renders).toBeGreaterThanOrEqual(6);
    // Match requests: at most one more over six re-renders (identical text is answered from the cache).
    expect((after.matchRequests ?? 0) - (before.matchRequests ?? 0)).toBeLessThanOrEqual(1);
    expect(after.claims.length).toBe(before.claims.length);
    // No flicker: every sampled frame showed all highlights.
    expect(sample.frames).toBeGreaterThan(60);
    expect(sample.short).toBe(0);
    // The same marker buttons, not new ones.
    expect(markersAfter.markers.map((m) => [m.claim, m.node])).toEqual(markersBefore.markers.map((m) => [m.claim, m.node]));
    await opened.page.close();
  });
});

describe('errors', () => {
  it('none of ours anywhere', () => {
    expect(env.session.traffic.errors.filter(isOurs)).toEqual([]);
  });
});
