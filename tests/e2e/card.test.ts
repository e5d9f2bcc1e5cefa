/**
 * The source card: an extension-origin frame in the host's closed shadow root, opened by the
 * reader's click on highlighted text or Enter/Space on a marker; other outlets only; Esc and an
 * outside click close it; focus goes into it and back to the marker.
 */
import { describe, expect, it } from 'vitest';
import type { LinkedClaim } from '../../src/engine/types';
import { openFixture, SEED, useExtension, type OpenedArticle } from './setup';
import { cardFrame, cardText, pointOnClaim, waitCard, waitForHighlights } from './page-probe';
import { isOurs } from './traffic';

const env = useExtension();

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The accessible name of the focused node, from the accessibility tree (DevTools protocol). */
async function focusedName(opened: OpenedArticle): Promise<string> {
  const cdp = await opened.page.context().newCDPSession(opened.page);
  try {
    type AxNode = { role?: { value?: string }; name?: { value?: string }; properties?: Array<{ name: string; value: { value: unknown } }> };
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    // The document itself is never a marker (its name is the page title, which may hold a claim's words).
    const node = nodes.find((n) => n.role?.value !== 'RootWebArea' && n.properties?.some((p) => p.name === 'focused' && p.value.value === true));
    return node?.name?.value ?? '';
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Press Tab until the marker of `claim` has focus. */
async function tabToMarker(opened: OpenedArticle, claim: LinkedClaim): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await opened.page.keyboard.press('Tab');
    if ((await focusedName(opened)).includes(norm(claim.text))) return;
  }
  throw new Error(`Tab never reached the marker of "${claim.text}"`);
}

describe('the source card', () => {
  let opened: OpenedArticle;
  let disputed: LinkedClaim;

  it('opens on a click on the highlighted text, in an extension frame, listing other outlets', async () => {
    opened = await openFixture(env, 'xinhua-roundup.html');
    await waitForHighlights(opened.page);
    const found = opened.state.claims.find((c) => c.verdict !== 'corroborated');
    expect(found, 'a conflicted or mixed claim on the Xinhua page').toBeTruthy();
    disputed = found as LinkedClaim;
    const at = await pointOnClaim(opened.page, disputed.text);
    await opened.page.mouse.click(at.x, at.y);
    await waitCard(opened.page, true);
    const frame = cardFrame(opened.page);
    expect(frame?.url()).toMatch(new RegExp(`^chrome-extension://${env.ext.id}/card\\.html#[0-9a-f]{32}$`));
    // The claim's data is not in the frame's address: its fragment is a random token (32 hex
    // digits, which may contain "c10" by chance), not the claim's id or words.
    const fragment = new URL(frame!.url()).hash.slice(1);
    expect(fragment).not.toBe(disputed.id);
    expect(decodeURIComponent(frame!.url())).not.toContain(disputed.text.slice(0, 24));
    const card = norm((await cardText(opened.page)) ?? '');
    for (const s of disputed.sources) {
      expect(card).toContain(s.outlet);
      expect(card).toContain(norm(s.text).slice(0, 30));
    }
    expect(card).toMatch(/conflict/i);
    // Focus went into the card.
    expect(await frame?.evaluate(() => document.hasFocus() && document.activeElement?.tagName)).toBe('BUTTON');
  });

  it('closes on Esc (pressed inside the card)', async () => {
    await opened.page.keyboard.press('Escape');
    await waitCard(opened.page, false);
  });

  it('never lists the page\'s own article as a source (Xinhua\'s page, CNN\'s page)', async () => {
    const cnn = await openFixture(env, 'cnn-syria.html');
    expect(cnn.state.claims.length).toBeGreaterThan(0);
    for (const [page, own] of [[opened, SEED.xinhua], [cnn, SEED.cnn]] as const) {
      const ids = page.state.claims.flatMap((c) => c.sources.map((s) => s.articleId));
      expect(ids.length).toBeGreaterThan(0);
      expect(ids).not.toContain(own);
    }
    const claim = cnn.state.claims[0];
    await waitForHighlights(cnn.page);
    const at = await pointOnClaim(cnn.page, claim.text);
    await cnn.page.mouse.click(at.x, at.y);
    await waitCard(cnn.page, true);
    const card = norm((await cardText(cnn.page)) ?? '');
    for (const s of claim.sources) expect(card).toContain(s.outlet);
    expect(card.replace(norm(claim.text), '')).not.toContain('Obama and Putin failed to agree on Syria');
    await cnn.page.close();
    await opened.page.bringToFront();
  });

  it('opens with the keyboard: Tab to a marker and press Enter; Esc gives focus back to the marker', async () => {
    const claim = opened.state.claims.find((c) => c.verdict === 'corroborated')!;
    await opened.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabToMarker(opened, claim);
    await opened.page.keyboard.press('Enter');
    await waitCard(opened.page, true);
    expect(norm((await cardText(opened.page)) ?? '')).toContain(claim.sources[0].outlet);
    await opened.page.keyboard.press('Escape');
    await waitCard(opened.page, false);
    // Focus is back on the marker (the page sees only the host as its active element).
    expect(await opened.page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('claimlens-layer');
    expect(await focusedName(opened)).toContain(norm(claim.text));
    await opened.page.keyboard.press(' ');
    await waitCard(opened.page, true);
    await opened.page.keyboard.press('Escape');
    await waitCard(opened.page, false);
  });

  it('closes on a click outside', async () => {
    const at = await pointOnClaim(opened.page, disputed.text);
    await opened.page.mouse.click(at.x, at.y);
    await waitCard(opened.page, true);
    await opened.page.mouse.click(8, 8);
    await waitCard(opened.page, false);
  });

  it('threw no errors', () => {
    expect(env.session.traffic.errors.filter(isOurs)).toEqual([]);
    expect(env.session.traffic.offsite()).toEqual([]);
  });
});
