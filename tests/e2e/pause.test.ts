/**
 * Pausing a site: the page's marks go away and its text is exactly as before; resuming brings
 * them back. Driven through the protocol (site.set + page.refresh, what the popup's button sends),
 * because the popup opened as a tab cannot learn the tab's host without the "tabs" permission.
 */
import { describe, expect, it } from 'vitest';
import { openFixture, useExtension, type OpenedArticle } from './setup';
import { bodyText, readMarks } from './page-probe';
import { isOurs } from './traffic';

const env = useExtension();

describe('pause on this site', () => {
  let opened: OpenedArticle;
  let markedText = '';
  let markCount = 0;

  it('removes every mark and restores the text when paused', async () => {
    opened = await openFixture(env, 'xinhua-roundup.html');
    markCount = (await readMarks(opened.page)).length;
    expect(markCount).toBeGreaterThan(0);
    markedText = await bodyText(opened.page);
    const host = new URL(opened.page.url()).hostname;
    const set = await env.ext.ask('site.set', { host, paused: true });
    expect(set.ok && set.data.paused).toBe(true);
    const state = await env.ext.askTab(opened.tabId, 'page.refresh', {});
    expect(state.ok && state.data.status).toBe('paused');
    expect(await readMarks(opened.page)).toEqual([]);
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
    expect(await readMarks(again.page)).toEqual([]);
    await again.page.close();
  });

  it('brings the marks back when resumed', async () => {
    const host = new URL(opened.page.url()).hostname;
    expect((await env.ext.ask('site.set', { host, paused: false })).ok).toBe(true);
    const state = await env.ext.askTab(opened.tabId, 'page.refresh', {});
    expect(state.ok && state.data.status).toBe('ok');
    expect((await readMarks(opened.page)).length).toBe(markCount);
    expect(env.session.traffic.errors.filter(isOurs)).toEqual([]);
  });
});
