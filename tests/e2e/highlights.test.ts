/**
 * Highlights on news pages built from seed articles (CNN's and Xinhua's): painted with the CSS
 * Custom Highlight API (nothing inserted into the page), one marker per claim in a closed shadow
 * root, claims as the popup lists them. CNN's page only has corroborated claims; Xinhua's has a
 * conflict (seed 000 puts Obama's "gaps of trust" words right after a Putin sentence).
 */
import { describe, expect, it } from 'vitest';
import { openFixture, useExtension, type OpenedArticle } from './setup';
import { isOurs } from './traffic';
import { popupClaims, readHighlights, readMarkers, waitForHighlights, type HighlightInfo } from './page-probe';

const env = useExtension();
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('highlights on a seed-derived page', () => {
  let opened: OpenedArticle;
  let painted: HighlightInfo[];

  it('paints sentences other outlets reported, inside the article, without touching the page', async () => {
    opened = await openFixture(env, 'cnn-syria.html');
    expect(opened.state.status).toBe('ok');
    painted = await waitForHighlights(opened.page);
    for (const h of painted) {
      expect(['corroborated', 'conflicted', 'mixed']).toContain(h.verdict);
      expect(h.inArticle, `highlight outside the article: "${h.text}"`).toBe(true);
    }
    expect(painted.some((h) => h.verdict === 'corroborated')).toBe(true);
    // The page's DOM is the served one: no element of ours inside <body>, article markup unchanged.
    const dom = await opened.page.evaluate(async () => {
      const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      return {
        same: document.querySelector('article')?.innerHTML === served.querySelector('article')?.innerHTML,
        ours: document.body.querySelectorAll('[class*=claimlens], claimlens-mark, claimlens-layer').length,
        lastChild: document.documentElement.lastElementChild?.tagName.toLowerCase(),
      };
    });
    expect(dom).toEqual({ same: true, ours: 0, lastChild: 'claimlens-layer' });
  });

  it('has one focusable marker per claim in a closed shadow root, named with the claim\'s words and verdict', async () => {
    const { hosts, mode, markers } = await readMarkers(opened.page);
    expect(hosts).toBe(1);
    expect(mode).toBe('closed');
    expect(markers.map((m) => m.claim).sort()).toEqual(opened.state.claims.map((c) => c.id).sort());
    for (const m of markers) {
      const claim = opened.state.claims.find((c) => c.id === m.claim)!;
      expect(m.tag).toBe('button');
      expect(m.verdict).toBe(claim.verdict);
      expect(m.label).toContain(claim.verdict);
      expect(m.label).toContain(norm(claim.text));
    }
    // From the page, the host's shadow root is not reachable.
    expect(await opened.page.evaluate(() => document.querySelector('claimlens-layer')?.shadowRoot ?? null)).toBeNull();
  });

  it('marks a conflict where the seeds disagree (who said "gaps of trust")', async () => {
    const xinhua = await openFixture(env, 'xinhua-roundup.html');
    const found = await waitForHighlights(xinhua.page);
    const disputed = found.filter((h) => h.verdict === 'conflicted' || h.verdict === 'mixed');
    expect(disputed.map((h) => h.text).join(' ')).toMatch(/gaps of trust/);
    expect(found.some((h) => h.verdict === 'corroborated')).toBe(true);
    const claim = xinhua.state.claims.find((c) => /gaps of trust/.test(c.text));
    expect(claim?.sources.find((s) => s.relation === 'conflicts')?.why).toMatch(/Putin/);
    await xinhua.page.close();
    await opened.page.bringToFront();
  });

  it('paints exactly the claims the popup lists, with the same verdicts and words', async () => {
    const listed = await popupClaims(env.ext, opened.tabId);
    expect(listed.length).toBe(opened.state.claims.length);
    const fresh = await readHighlights(opened.page);
    const paintedText = norm(fresh.map((h) => h.text).join(' '));
    for (const claim of listed) {
      expect(['corroborated', 'conflicted', 'mixed']).toContain(claim.verdict);
      // Each listed claim's words are painted (a claim may span several ranges across inline tags).
      expect(paintedText).toContain(norm(claim.text).slice(0, 40));
      expect(fresh.some((h) => h.verdict === claim.verdict)).toBe(true);
    }
  });

  it('does not paint boilerplate or the page chrome', async () => {
    const texts = (await readHighlights(opened.page)).map((h) => h.text).join(' | ');
    expect(texts).not.toMatch(/7695 views|Print:|About us|Privacy/);
  });

  it('made no request off the machine and threw no errors', () => {
    expect(env.session.traffic.offsite()).toEqual([]);
    expect(env.session.traffic.errors.filter(isOurs)).toEqual([]);
    expect(env.session.traffic.errors.filter((e) => e.kind === 'pageerror')).toEqual([]);
  });
});
