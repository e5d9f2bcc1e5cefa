/** "Add this article to my library" from the popup, then the new article is a source on another page. */
import { describe, expect, it } from 'vitest';
import { openFixture, useExtension } from './setup';
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

  it('shows the added article as a source on another outlet\'s page', async () => {
    const xinhua = await openFixture(env, 'xinhua-roundup.html');
    expect(xinhua.state.status).toBe('ok');
    const fromAdded = xinhua.state.claims.flatMap((c) => c.sources.map((s) => ({ claim: c, s }))).filter(({ s }) => s.outlet === OUTLET);
    expect(fromAdded.length).toBeGreaterThan(0);
    // "forty minutes" cannot be true together with Xinhua's "more than an hour".
    const length = fromAdded.find(({ s }) => /forty minutes/.test(s.text));
    expect(length?.s.relation).toBe('conflicts');
    expect(length?.claim.text).toMatch(/more than an hour/);
    const mark = xinhua.page.locator(`claimlens-mark[data-claim="${length?.claim.id}"]`).first();
    expect(['conflicted', 'mixed']).toContain(await mark.getAttribute('data-verdict'));
  });

  it('threw no errors and stayed on the machine', () => {
    expect(env.session.traffic.errors.filter(isOurs)).toEqual([]);
    expect(env.session.traffic.offsite()).toEqual([]);
  });
});
