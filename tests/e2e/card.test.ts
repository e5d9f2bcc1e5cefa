/** The source card: opened by click or by keyboard, closed shadow root, other outlets only, Esc closes. */
import { describe, expect, it } from 'vitest';
import type { LinkedClaim } from '../../src/engine/types';
import { openFixture, SEED, useExtension, type OpenedArticle } from './setup';
import { cardText, cardVisible, waitForMarks } from './page-probe';
import { poll } from './extension-api';
import { isOurs } from './traffic';

const env = useExtension();

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

function waitCard(opened: OpenedArticle, open: boolean): Promise<boolean> {
  return poll(open ? 'the card to open' : 'the card to close', async () => {
    const shown = await cardVisible(opened.page);
    return shown === open ? true : undefined;
  }, 10_000, 100);
}

describe('the source card', () => {
  let opened: OpenedArticle;
  let disputed: LinkedClaim;

  it('opens on click, with a closed shadow root, listing other outlets', async () => {
    opened = await openFixture(env, 'xinhua-roundup.html');
    await waitForMarks(opened.page);
    const found = opened.state.claims.find((c) => c.verdict !== 'corroborated');
    expect(found, 'a conflicted or mixed claim on the Xinhua page').toBeTruthy();
    disputed = found as LinkedClaim;
    await opened.page.locator(`claimlens-mark[data-claim="${disputed.id}"]`).first().click();
    await waitCard(opened, true);
    // Page scripts cannot reach into the card (it would expose the reader's library).
    expect(await opened.page.evaluate(() => document.querySelector('claimlens-card')?.shadowRoot)).toBeNull();
    const text = await cardText(opened.page);
    expect(text).toBeTruthy();
    const card = norm(text ?? '');
    // It names the sources the extension linked: each source's outlet and its sentence's start.
    for (const s of disputed.sources) {
      expect(card).toContain(s.outlet);
      expect(card).toContain(norm(s.text).slice(0, 30));
    }
    expect(card).toMatch(/conflict/i);
  });

  it('never lists the page\'s own article as a source (Xinhua\'s page, CNN\'s page)', async () => {
    const cnn = await openFixture(env, 'cnn-syria.html');
    expect(cnn.state.claims.length).toBeGreaterThan(0);
    for (const [page, own] of [[opened, SEED.xinhua], [cnn, SEED.cnn]] as const) {
      const ids = page.state.claims.flatMap((c) => c.sources.map((s) => s.articleId));
      expect(ids.length).toBeGreaterThan(0);
      expect(ids).not.toContain(own);
    }
    // And the card of a CNN claim names other outlets only.
    const claim = cnn.state.claims[0];
    await cnn.page.locator(`claimlens-mark[data-claim="${claim.id}"]`).first().click();
    const card = norm((await poll('the CNN card', () => cardText(cnn.page).then((t) => t ?? undefined), 10_000)) ?? '');
    for (const s of claim.sources) expect(card).toContain(s.outlet);
    // CNN's own seed title may be the claim itself (the page's headline), never a source's title.
    expect(card.replace(norm(claim.text), '')).not.toContain('Obama and Putin failed to agree on Syria');
    await cnn.page.keyboard.press('Escape');
    await cnn.page.close();
    await opened.page.bringToFront();
  });

  it('closes on Esc', async () => {
    await opened.page.keyboard.press('Escape');
    await waitCard(opened, false);
  });

  it('opens with the keyboard: focus a mark and press Enter', async () => {
    const mark = opened.page.locator('claimlens-mark[data-verdict="corroborated"]').first();
    await mark.focus();
    expect(await opened.page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('claimlens-mark');
    await opened.page.keyboard.press('Enter');
    await waitCard(opened, true);
    const claimId = await mark.getAttribute('data-claim');
    const claim = opened.state.claims.find((c) => c.id === claimId);
    expect(norm((await cardText(opened.page)) ?? '')).toContain(claim?.sources[0].outlet ?? '<no claim>');
    await opened.page.keyboard.press('Escape');
    await waitCard(opened, false);
  });

  it('closes on a click outside', async () => {
    await opened.page.locator(`claimlens-mark[data-claim="${disputed.id}"]`).first().click();
    await waitCard(opened, true);
    // A point of the page far from the card (top-left corner of the window).
    await opened.page.mouse.click(8, 8);
    await waitCard(opened, false);
  });

  it('threw no errors', () => {
    expect(env.session.traffic.errors.filter(isOurs)).toEqual([]);
    expect(env.session.traffic.offsite()).toEqual([]);
  });
});
