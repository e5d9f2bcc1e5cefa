import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LinkedClaim } from '../../src/engine/types';
import { CardHost } from '../../src/page/card-host';

const CLAIM: LinkedClaim = {
  id: 'c1',
  text: 'The talks lasted ninety minutes.',
  verdict: 'conflicted',
  sources: [
    {
      articleId: 'a1',
      outlet: 'Example Wire',
      title: 'Talks end early',
      text: 'The talks lasted 20 minutes.',
      relation: 'conflicts',
      score: 0.8,
      why: 'says 20 minutes, not 90',
      independent: true,
      emphasis: [[17, 19]],
    },
  ],
};

/** Capture the closed shadow root as it is created (a page cannot, but a test may). */
function spyShadow(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const original = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = original.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

function setup() {
  document.body.innerHTML = '<p>Text <claimlens-mark tabindex="0">The talks lasted ninety minutes.</claimlens-mark> more.</p><button id="elsewhere">x</button>';
  const mark = document.querySelector('claimlens-mark') as HTMLElement;
  return { mark, cards: new CardHost(document), roots: spyShadow() };
}

afterEach(() => {
  vi.restoreAllMocks();
  document.querySelectorAll('claimlens-card').forEach((el) => el.remove());
  document.body.innerHTML = '';
});

describe('CardHost', () => {
  it('mounts the SourceCard in a closed shadow root on a claimlens-card host', () => {
    const { mark, cards, roots } = setup();
    cards.open(mark, CLAIM);
    const host = document.querySelector('claimlens-card') as HTMLElement;
    expect(host).not.toBeNull();
    expect(host.shadowRoot).toBeNull(); // closed: page scripts cannot reach in
    expect(roots.length).toBe(1);
    expect(roots[0].mode).toBe('closed');
    const text = roots[0].textContent ?? '';
    expect(text).toContain('The talks lasted ninety minutes.');
    expect(text).toContain('Example Wire');
    // The article text is not in the light DOM of the host.
    expect(host.textContent).toBe('');
    expect(host.style.position).toBe('absolute');
    expect(cards.openFor).toBe(mark);
  });

  it('Esc closes it and gives focus back to the mark', () => {
    const { mark, cards } = setup();
    cards.open(mark, CLAIM);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(document.querySelector('claimlens-card')).toBeNull();
    expect(document.activeElement).toBe(mark);
    expect(cards.openFor).toBeNull();
  });

  it('the close button closes it and returns focus', () => {
    const { mark, cards, roots } = setup();
    cards.open(mark, CLAIM);
    (roots[0].querySelector('button') as HTMLButtonElement).click();
    expect(document.querySelector('claimlens-card')).toBeNull();
    expect(document.activeElement).toBe(mark);
  });

  it('a click outside closes it, a click inside does not', () => {
    const { mark, cards, roots } = setup();
    cards.open(mark, CLAIM);
    const inside = roots[0].querySelector('p') as HTMLElement;
    inside.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(document.querySelector('claimlens-card')).not.toBeNull();
    document.getElementById('elsewhere')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(document.querySelector('claimlens-card')).toBeNull();
  });

  it('opening another card replaces the first; destroy removes it and its listeners', () => {
    const { mark, cards } = setup();
    cards.open(mark, CLAIM);
    cards.open(mark, { ...CLAIM, id: 'c2' });
    expect(document.querySelectorAll('claimlens-card').length).toBe(1);
    cards.destroy();
    expect(document.querySelector('claimlens-card')).toBeNull();
    const focusBefore = document.activeElement;
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(document.activeElement).toBe(focusBefore);
  });
});
