/**
 * "Pause on this site" from the popup: the page's highlights and markers go away and its DOM is
 * the served one (it never stopped being); other pages of the site stay unpainted; "Resume on
 * this site" brings the highlights back.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { poll } from './extension-api';
import { openFixture, useExtension, type OpenedArticle } from './setup';
import { bodyText, readHighlights, readMarkers, waitForHighlights } from './page-probe';
import { isOurs } from './traffic';

const env = useExtension();

describe('pause on this site', () => {
  let opened: OpenedArticle;
  let markedText = '';
  let markCount = 0;
  let popup: Page;

  async function press(button: RegExp, notice: RegExp): Promise<void> {
    await popup.getByRole('button', { name: button }).click();
    await poll(`the popup to say ${notice}`, async () => (notice.test(await popup.getByRole('status').innerText()) ? true : undefined), 10_000);
  }

  it('removes every highlight and marker when paused; the DOM is the served one', async () => {
    opened = await openFixture(env, 'xinhua-roundup.html');
    markCount = (await waitForHighlights(opened.page)).length;
    expect(markCount).toBeGreaterThan(0);
    markedText = await bodyText(opened.page);
    popup = await env.session.open(env.ext.url(`popup.html?tabId=${opened.tabId}`));
    await press(/pause on this site/i, /paused on 127\.0\.0\.1/i);
    // The notice comes before the tab is refreshed: wait for the tab to say it is paused.
    await poll('the tab to pause', async () => {
      const state = await env.ext.askTab(opened.tabId, 'page.state', {});
      return state.ok && state.data.status === 'paused' ? true : undefined;
    }, 10_000);
    expect(await readHighlights(opened.page)).toEqual([]);
    expect((await readMarkers(opened.page)).hosts).toBe(0);
    expect(await bodyText(opened.page)).toBe(markedText);
    // The article's DOM is the served one again: same markup, same text nodes (none left split).
    const dom = await opened.page.evaluate(async () => {
      const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      const textNodes = (root: Node) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let n = 0;
        while (walker.nextNode()) n++;
        return n;
      };
      const now = document.querySelector('article');
      const then = served.querySelector('article');
      return { now: now?.innerHTML, then: then?.innerHTML, nowNodes: now && textNodes(now), thenNodes: then && textNodes(then) };
    });
    expect(dom.now).toBe(dom.then);
    expect(dom.nowNodes).toBe(dom.thenNodes);
  });

  it('stays paused on a new page of the same site', async () => {
    const again = await openFixture(env, 'cnn-syria.html');
    expect(again.state.status).toBe('paused');
    expect(await readHighlights(again.page)).toEqual([]);
    await again.page.close();
  });

  it('brings the highlights back when resumed', async () => {
    await press(/resume on this site/i, /resumed on 127\.0\.0\.1/i);
    await poll('the tab to resume', async () => {
      const state = await env.ext.askTab(opened.tabId, 'page.state', {});
      return state.ok && state.data.status === 'ok' ? true : undefined;
    }, 10_000);
    expect((await waitForHighlights(opened.page, markCount)).length).toBe(markCount);
    expect(env.session.traffic.errors.filter(isOurs)).toEqual([]);
  });
});
