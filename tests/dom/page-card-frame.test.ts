import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LinkedClaim } from '../../src/engine/types';
import { CardFrame } from '../../src/page/card-frame';

const CLAIM: LinkedClaim = { id: 'c1', text: 'The talks collapsed after ninety minutes on Friday.', verdict: 'conflicted', sources: [] };

function setup() {
  const host = document.createElement('claimlens-layer');
  const root = host.attachShadow({ mode: 'closed' });
  document.documentElement.appendChild(host);
  const refocus = vi.fn();
  const urls: string[] = [];
  const card = new CardFrame(document, root, (token) => {
    urls.push(token);
    return `about:blank#${token}`;
  }, refocus);
  return { host, root, card, refocus, urls };
}

afterEach(() => {
  document.querySelectorAll('claimlens-layer').forEach((h) => h.remove());
});

describe('CardFrame', () => {
  it('opens one frame in the closed root whose address carries only an unguessable token', () => {
    const { root, card, urls } = setup();
    card.open(CLAIM, null);
    const frames = root.querySelectorAll('iframe');
    expect(frames.length).toBe(1);
    expect(urls[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(frames[0].getAttribute('src')).not.toContain(CLAIM.text.slice(0, 10));
    expect(document.querySelectorAll('iframe').length).toBe(0); // not in the page's tree
    card.open(CLAIM, null);
    expect(root.querySelectorAll('iframe').length).toBe(1);
    expect(urls[1]).not.toBe(urls[0]);
  });

  it('gives the claim only for its current token; close returns focus to the marker', () => {
    const { card, urls, refocus } = setup();
    card.open(CLAIM, null);
    expect(card.handle({ token: 'f'.repeat(32), event: 'ready' })).toEqual({ claim: null });
    expect(card.handle({ token: urls[0], event: 'ready' })).toEqual({ claim: CLAIM });
    card.handle({ token: urls[0], event: 'close' });
    expect(card.openFor).toBeNull();
    expect(refocus).toHaveBeenCalledWith('c1');
    // A stale token (the card closed) gets nothing.
    expect(card.handle({ token: urls[0], event: 'ready' })).toEqual({ claim: null });
  });

  it('ignores untrusted Escape and pointer events from the page', () => {
    const { card } = setup();
    card.open(CLAIM, null);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    document.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(card.openFor).toBe('c1');
    card.close();
  });
});
