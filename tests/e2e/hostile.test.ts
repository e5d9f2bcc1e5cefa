/**
 * Hostile pages (page-safety issue; how each attack was found: ../shared/findings/2026-11-29-hostile-pages.md).
 * The attacks are the page's own script (fixtures/hostile.html): untrusted clicks and keys plus
 * window.find to read the card, planted invisible sentences to probe the library, a replayed WXT
 * "content script started" event to switch the extension off.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { LinkedClaim } from '../../src/engine/types';
import { poll } from './extension-api';
import { openFixture, useExtension, type OpenedArticle } from './setup';
import { cardOpen, cardText, pointOnClaim, popupClaims, readHighlights, waitCard, waitForHighlights } from './page-probe';
import { isOurs } from './traffic';

const env = useExtension();
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

type Hostile = {
  leak(words: string[]): { found: string[]; framesBefore: number; framesAfter: number; hostShadow: unknown };
  find(words: string[]): string[];
  plantHidden(sentence: string): void;
  plantVisible(sentence: string): void;
  spoofTeardown(id: string): void;
  messages(): string[];
  registry(): Array<{ name: string; ranges: string[] }>;
};

function hostile<T>(page: Page, call: (h: Hostile, arg: string | string[]) => T, arg: string | string[] = ''): Promise<T> {
  return page.evaluate(
    ([fn, a]) => (new Function('h', 'a', `return (${fn})(h, a)`) as (h: unknown, a: unknown) => T)((window as unknown as { hostile: unknown }).hostile, a),
    [call.toString(), arg] as const,
  );
}

describe('a hostile page', () => {
  let opened: OpenedArticle;
  let disputed: LinkedClaim;
  /** A sentence the seeds link that this page does not show: only the library knows it. */
  let probe: string;

  it('is annotated like any page', async () => {
    const cnn = await openFixture(env, 'cnn-syria.html');
    opened = await openFixture(env, 'hostile.html');
    const xinhuaText = norm(await opened.page.evaluate(() => document.body.innerText));
    probe = cnn.state.claims.map((c) => c.text).find((t) => !xinhuaText.includes(norm(t).slice(0, 40))) ?? '';
    expect(probe, 'a CNN claim that is not on the Xinhua page').not.toBe('');
    await cnn.page.close();
    await opened.page.bringToFront();
    expect(opened.state.status).toBe('ok');
    disputed = opened.state.claims.find((c) => c.verdict !== 'corroborated') as LinkedClaim;
    expect(disputed).toBeTruthy();
    await waitForHighlights(opened.page);
  });

  it('cannot open or read a card with untrusted clicks and keys and window.find', async () => {
    const secret = disputed.sources.map((s) => s.title).filter(Boolean);
    expect(secret.length).toBeGreaterThan(0);
    const result = await hostile(opened.page, (h, words) => h.leak(words as string[]), secret);
    expect(result.found).toEqual([]);
    expect(result.framesAfter).toBe(result.framesBefore);
    expect(result.hostShadow).toBeNull();
    expect(await cardOpen(opened.page)).toBe(false);
  });

  it('cannot find the text of a card the reader opened (it is in an extension frame)', async () => {
    const at = await pointOnClaim(opened.page, disputed.text);
    await opened.page.mouse.click(at.x, at.y);
    await waitCard(opened.page, true);
    const title = disputed.sources[0].title;
    expect(norm((await cardText(opened.page)) ?? '')).toContain(norm(title));
    expect(await hostile(opened.page, (h, words) => h.find(words as string[]), [title, disputed.sources[0].why])).toEqual([]);
    // A synthetic Escape from the page does not close it either; the reader's does.
    await opened.page.evaluate(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(await cardOpen(opened.page)).toBe(true);
    await opened.page.keyboard.press('Escape');
    await waitCard(opened.page, false);
  });

  it('learns nothing from sentences planted where the reader cannot see them', async () => {
    await hostile(opened.page, (h, s) => h.plantHidden(s as string), probe);
    // Long enough for the debounced re-read and a match round trip.
    await opened.page.waitForTimeout(3000);
    const painted = (await readHighlights(opened.page)).map((h) => norm(h.text)).join(' | ');
    expect(painted).not.toContain(norm(probe).slice(0, 40));
    const registry = await hostile(opened.page, (h) => h.registry());
    expect(registry.flatMap((r) => r.ranges).join(' ')).not.toContain(norm(probe).slice(0, 40));
    const listed = await popupClaims(env.ext, opened.tabId);
    expect(listed.map((c) => norm(c.text))).not.toContain(norm(probe));
  });

  it('cannot switch the extension off by replaying WXT\'s start signal; later text is still annotated', async () => {
    await hostile(opened.page, (h, id) => h.spoofTeardown(id as string), env.ext.id);
    await opened.page.waitForTimeout(500);
    // The control for the probe above: shown to the reader, the same sentence is painted.
    await hostile(opened.page, (h, s) => h.plantVisible(s as string), probe);
    await poll('the visible sentence to be painted', async () => {
      const painted = (await readHighlights(opened.page)).map((h) => norm(h.text)).join(' ');
      return painted.includes(norm(probe).slice(0, 40)) ? true : undefined;
    }, 15_000);
    const state = await env.ext.askTab(opened.tabId, 'page.state', {});
    expect(state.ok && state.data.status).toBe('ok');
    expect((await popupClaims(env.ext, opened.tabId)).map((c) => norm(c.text))).toContain(norm(probe));
  });

  it('sees no extension id, message or state on window', async () => {
    const messages = await hostile(opened.page, (h) => h.messages());
    // Only the page's own replayed signal (messageId "evil") mentions WXT; the extension posted nothing.
    expect(messages.filter((m) => !m.includes('"evil"')).filter((m) => m.includes(env.ext.id) || /wxt|claimlens/i.test(m))).toEqual([]);
    const exposed = await opened.page.evaluate((id) => ({
      globals: Object.keys(window).filter((k) => /claimlens|wxt/i.test(k) || k.includes(id)),
      html: document.documentElement.outerHTML.includes(id),
      attrs: [...document.documentElement.attributes].map((a) => a.name).filter((n) => /claimlens|wxt/i.test(n)),
    }), env.ext.id);
    expect(exposed).toEqual({ globals: [], html: false, attrs: [] });
  });

  it('reads only our highlight names from the registry (what it can still read is documented)', async () => {
    const names = (await hostile(opened.page, (h) => h.registry())).map((r) => r.name).sort();
    expect(names.every((n) => /^claimlens-(corroborated|conflicted|mixed|flash)$/.test(n))).toBe(true);
  });

  it('keeps its styles under a strict style CSP, and a page that removes sheets and clears the registry gets them back', async () => {
    const strict = await openFixture(env, 'strict-csp.html');
    expect(strict.state.status).toBe('ok');
    await waitForHighlights(strict.page);
    const style = (name: string) =>
      strict.page.evaluate((n) => (window as unknown as { highlightStyle(n: string): Record<string, string> }).highlightStyle(n), name);
    // The manifest's sheet applies whatever the page's CSP says: a solid underline for corroborated, wavy for conflicted.
    expect(await style('claimlens-corroborated')).toMatchObject({ line: 'underline', style: 'solid' });
    expect(await style('claimlens-conflicted')).toMatchObject({ line: 'underline', style: 'wavy' });
    expect(await style('claimlens-mixed')).toMatchObject({ line: 'underline', style: 'dashed' });
    const count = (await readHighlights(strict.page)).length;
    expect(await strict.page.evaluate(() => (window as unknown as { undo(): number }).undo())).toBe(0);
    expect(await style('claimlens-corroborated')).toMatchObject({ line: 'underline', style: 'solid' });
    await poll('the highlights to come back', async () => ((await readHighlights(strict.page)).length === count ? true : undefined), 3000, 100);
    await strict.page.close();
    await opened.page.bringToFront();
  });

  it('threw no errors of ours', () => {
    expect(env.session.traffic.errors.filter(isOurs)).toEqual([]);
    expect(env.session.traffic.errors.filter((e) => e.kind === 'pageerror')).toEqual([]);
  });
});
