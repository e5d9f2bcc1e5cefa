/** "Add this article to my library" from the popup, then the new article is a source on another page. */
import { describe, expect, it } from 'vitest';
import { openFixture, useExtension, type OpenedArticle } from './setup';
import { cardText, pointOnClaim, waitForHighlights } from './page-probe';
import { poll } from './extension-api';
import { isOurs } from './traffic';

const env = useExtension();
const OUTLET = 'Harbour Gazette';
const TITLE = 'Obama and Putin meet in Hangzhou but leave Syria deal unfinished';

describe('adding an article from the popup', () => {
  it('adds the open page and says what it added', async () => {
    const before = await env.ext.ask('library.list', {});
    expect(before.ok && before.data.articles.some((a) => a.outlet === OUTLET)).toBe(false);
    const article = await openFixture(env, 'harbour-gazette.html');
    const popup = await env.session.context.newPage();
    env.session.traffic.watchPage(popup);
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(env.ext.url(`popup.html?tabId=${article.tabId}`));
    await popup.getByRole('button', { name: /add this article to my library/i }).click();
    const status = popup.getByRole('status');
    const message = await poll('the popup to confirm', async () => {
      const text = (await status.innerText()).trim();
      return /added/i.test(text) ? text : undefined;
    }, 20_000);
    expect(message).toContain(OUTLET);
    expect(message).toContain(TITLE);
    expect(message).toMatch(/\d+\s+claims?/i);
    const after = await env.ext.ask('library.list', {});
    expect(after.ok).toBe(true);
    const added = after.ok ? after.data.articles.find((a) => a.title === TITLE) : undefined;
    expect(added?.outlet).toBe(OUTLET);
    expect(added?.claimCount).toBeGreaterThanOrEqual(5);
    expect(message).toContain(String(added?.claimCount));
  });

  let xinhua: OpenedArticle;

  it('shows the added article as a source on another outlet\'s page', async () => {
    xinhua = await openFixture(env, 'xinhua-roundup.html');
    expect(xinhua.state.status).toBe('ok');
    const linked = xinhua.state.claims.filter((c) => c.sources.some((s) => s.outlet === OUTLET));
    expect(linked.length).toBeGreaterThan(0);
    // The page paints them: the card of such a claim names the new outlet.
    await waitForHighlights(xinhua.page);
    const at = await pointOnClaim(xinhua.page, linked[0].text);
    await xinhua.page.mouse.click(at.x, at.y);
    const card = await poll('the card', () => cardText(xinhua.page).then((t) => t ?? undefined), 10_000);
    expect(card).toContain(OUTLET);
    await xinhua.page.keyboard.press('Escape');
  });

  it('links its different number as a conflict ("forty minutes" vs "more than an hour")', () => {
    const pairs = xinhua.state.claims.flatMap((c) => c.sources.map((s) => ({ claim: c, s }))).filter(({ s }) => s.outlet === OUTLET);
    const length = pairs.find(({ s }) => /forty minutes/.test(s.text));
    expect(length, `a ${OUTLET} source saying "forty minutes" on Xinhua's page`).toBeTruthy();
    expect(length?.claim.text).toMatch(/more than an hour/);
    expect(length?.s.relation).toBe('conflicts');
    expect(['conflicted', 'mixed']).toContain(length?.claim.verdict);
  });

  it('threw no errors and stayed on the machine', () => {
    expect(env.session.traffic.errors.filter(isOurs)).toEqual([]);
    expect(env.session.traffic.offsite()).toEqual([]);
  });
});
