/**
 * The story view (story.html?tabId=N) in Chromium on the seed-derived pages: outlets as column
 * headers, relations per cell as the page's state says, the 2015 Antalya article apart as a
 * different event, seed 004 shown as copying CNN, a row scrolls the article, a cell shows its
 * source, CSV export, no long task, nothing offsite.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PageState } from '../../src/messaging/protocol';
import { openFixture, SEED, useExtension, type OpenedArticle } from './setup';
import { waitForHighlights } from './page-probe';
import { poll } from './extension-api';
import { isOurs } from './traffic';
import { axeSerious } from './a11y/axe';

const env = useExtension({ viewport: { width: 1280, height: 700 } });

/** What the grid should say for each claim and article, from the page's own state. */
function expectedCells(state: PageState): Map<string, string> {
  const want = new Map<string, string>();
  for (const c of state.claims) {
    for (const s of c.sources) {
      const key = `${c.id}/${s.articleId}`;
      const rel = s.relation === 'conflicts' ? 'conflicts' : s.independent ? 'corroborates' : 'copied';
      const had = want.get(key);
      // One cell per article: a conflict wins, then an independent report, then a copy.
      if (!had || rel === 'conflicts' || (rel === 'corroborates' && had === 'copied')) want.set(key, rel);
    }
  }
  return want;
}

async function openStory(opened: OpenedArticle): Promise<Page> {
  const story = await env.session.context.newPage();
  env.session.traffic.watchPage(story);
  // Long tasks of the story page from its first script on.
  await story.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
  });
  await story.goto(env.ext.url(`story.html?tabId=${opened.tabId}`));
  await story.locator('table.story-grid').waitFor();
  await poll('all rows', async () => ((await story.locator('tbody tr').count()) === opened.state.claims.length ? true : undefined), 10_000);
  return story;
}

/** Top of a claim's highlighted text in the viewport. */
function claimTop(page: Page, text: string): Promise<number> {
  return page.evaluate((t) => {
    for (const name of ['claimlens-corroborated', 'claimlens-conflicted', 'claimlens-mixed']) {
      for (const r of (CSS.highlights.get(name) ?? []) as unknown as Iterable<Range>) {
        if (t.startsWith(r.toString().replace(/\s+/g, ' ').trim().slice(0, 25))) return r.getBoundingClientRect().top;
      }
    }
    return Number.NaN;
  }, text);
}

describe('the story view', () => {
  let xinhua: OpenedArticle;
  let story: Page;

  it('lists the Xinhua page\'s outlets as column headers and each cell\'s relation as the page\'s claims say', async () => {
    xinhua = await openFixture(env, 'xinhua-roundup.html');
    await waitForHighlights(xinhua.page);
    story = await openStory(xinhua);
    const headers = await story.locator('thead th[scope="col"][data-article]').evaluateAll((ths) =>
      ths.map((th) => ({ id: th.getAttribute('data-article'), text: th.textContent ?? '' })),
    );
    const sourced = new Map(xinhua.state.claims.flatMap((c) => c.sources.map((s) => [s.articleId, s.outlet] as const)));
    expect(headers.map((h) => h.id).sort()).toEqual([...sourced.keys()].sort());
    for (const h of headers) expect(h.text).toContain(sourced.get(h.id!));
    expect(headers.map((h) => h.text).join('|')).toContain('CNN');
    expect(headers.map((h) => h.id)).not.toContain(SEED.xinhua); // never its own source
    const cells = await story.locator('tbody td').evaluateAll((tds) =>
      tds.map((td) => ({ claim: td.closest('tr')!.getAttribute('data-claim'), article: td.getAttribute('data-article'), relation: td.getAttribute('data-relation') })),
    );
    const want = expectedCells(xinhua.state);
    expect(cells).toHaveLength(xinhua.state.claims.length * headers.length);
    for (const cell of cells) expect(cell.relation).toBe(want.get(`${cell.claim}/${cell.article}`) ?? 'silent');
    // The quote Xinhua gives to Obama and the aggregator to Putin.
    expect(cells.some((c) => c.relation === 'conflicts' && c.article === SEED.aggregator)).toBe(true);
    // Reading order: the rows follow the page's claims.
    const rows = await story.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-claim')));
    expect(rows).toEqual(xinhua.state.claims.map((c) => c.id));
  });

  it('lists the 2015 Antalya article apart as a different event, not as a column', async () => {
    const other = story.locator('[data-event="other"]');
    await expect(other.count()).resolves.toBe(1);
    expect(await other.getAttribute('data-article')).toBe(SEED.worldBulletin);
    expect(await other.innerText()).toMatch(/World Bulletin.*a different event.*2015/s);
    expect(await story.locator(`thead th[data-article="${SEED.worldBulletin}"]`).count()).toBe(0);
  });

  it('shows a cell\'s source (sentence, outlet, title, date) on click, and its reason on focus', async () => {
    const cell = story.locator('td[data-relation="conflicts"] button').first();
    await cell.focus();
    await expect(cell.locator('.story-why').isVisible()).resolves.toBe(true);
    await cell.click();
    const detail = story.locator('.story-detail');
    await expect(detail.locator('h2').innerText()).resolves.toBe('unnamed outlet');
    const text = await detail.innerText();
    expect(text).toContain('China blames U.S. media');
    expect(text).toContain('2016');
    expect(text).toMatch(/attributed to Putin, not Obama/);
  });

  it('scrolls the article to a claim when its row is clicked', async () => {
    await xinhua.page.evaluate(() => window.scrollTo(0, 0));
    const last = xinhua.state.claims[xinhua.state.claims.length - 1];
    expect(await claimTop(xinhua.page, last.text)).toBeGreaterThan(700);
    await story.locator(`tr[data-claim="${last.id}"] th button`).click();
    await poll('the article to scroll', async () => {
      const top = await claimTop(xinhua.page, last.text);
      return top >= 0 && top < 700 ? top : undefined;
    }, 10_000);
  });

  // Read before the axe runs below: axe's own audit runs in the page and may take over 100 ms.
  it('rendered without a long task over 100 ms', async () => {
    const long = await story.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    expect(long.filter((d) => d > 100)).toEqual([]);
  });

  it('exports the grid as CSV, made locally', async () => {
    await story.bringToFront();
    const [download] = await Promise.all([story.waitForEvent('download'), story.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^Claim,.*CNN/);
    expect(csv.trim().split('\r\n').length).toBeGreaterThanOrEqual(xinhua.state.claims.length + 1);
    const [svg] = await Promise.all([story.waitForEvent('download'), story.getByRole('button', { name: 'Export picture (SVG)' }).click()]);
    expect(readFileSync((await svg.path())!, 'utf8')).toMatch(/^<svg /);
  });

  it('axe finds 0 serious or critical violations, light and dark; claims show their full text on focus', async () => {
    expect(await axeSerious(story)).toEqual([]);
    await story.emulateMedia({ colorScheme: 'dark' });
    expect(await axeSerious(story, ['color-contrast'])).toEqual([]);
    await story.emulateMedia({ colorScheme: 'light' });
    const first = xinhua.state.claims.find((c) => c.text.length > 90)!;
    const button = story.locator(`tr[data-claim="${first.id}"] th button`);
    await button.focus();
    expect((await button.innerText()).replace(/\s+/g, ' ').trim()).toBe(first.text.replace(/\s+/g, ' ').trim());
  });

  it('shows seed 004 as copying CNN on the CNN page', async () => {
    const cnn = await openFixture(env, 'cnn-syria.html');
    await waitForHighlights(cnn.page);
    const cnnStory = await openStory(cnn);
    const copied = cnnStory.locator(`td[data-relation="copied"][data-article="${SEED.copier}"]`);
    expect(await copied.count()).toBeGreaterThan(0);
    expect(await copied.first().innerText()).toContain('copied from this page (CNN)');
    expect(await cnnStory.locator(`li[data-article="${SEED.copier}"]`).innerText()).toMatch(/[1-9] copied/);
  });

  it('renders 150+ claims in a real browser with no long task over 100 ms', async () => {
    const big = await openFixture(env, 'xinhua-repeated.html');
    expect(big.state.claims.length).toBeGreaterThanOrEqual(150);
    const bigStory = await openStory(big);
    expect(await bigStory.locator('tbody tr').count()).toBe(big.state.claims.length);
    await bigStory.waitForTimeout(300); // let the long-task observer deliver
    const long = await bigStory.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    expect(long.filter((d) => d > 100)).toEqual([]);
  });

  it('threw no errors and stayed on the machine', () => {
    expect(env.session.traffic.errors.filter(isOurs)).toEqual([]);
    expect(env.session.traffic.offsite()).toEqual([]);
  });
});
