import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ClaimList, type ClaimListProps } from '../../src/ui/ClaimList';
import { orderClaims, outletCountText } from '../../src/ui/claim-order';
import type { LinkedClaim, SourceMatch, Verdict } from '../../src/engine/types';
import type { PageState } from '../../src/messaging/protocol';

const src = (outlet: string, relation: SourceMatch['relation'] = 'corroborates'): SourceMatch => ({
  articleId: outlet.toLowerCase(),
  outlet,
  title: `${outlet} story`,
  text: 'x',
  relation,
  score: 0.7,
  why: 'because',
  independent: true,
  emphasis: [],
});
const claim = (id: string, verdict: Verdict, outlets: string[]): LinkedClaim => ({
  id,
  text: `Claim ${id} ${'long words '.repeat(id === 'c2' ? 30 : 1)}`.trim(),
  verdict,
  sources: outlets.map((o) => src(o, verdict === 'corroborated' ? 'corroborates' : 'conflicts')),
});

function mount(state: PageState, over: Partial<ClaimListProps> = {}) {
  const props: ClaimListProps = {
    state,
    paused: false,
    onSelect: vi.fn(),
    onAddArticle: vi.fn(),
    onTogglePause: vi.fn(),
    onOpenLibrary: vi.fn(),
    ...over,
  };
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<ClaimList {...props} />, root));
  return { root, props };
}

afterEach(() => {
  document.body.innerHTML = '';
});

const claims = [
  claim('c1', 'corroborated', ['CNN', 'Xinhua', 'Xinhua']),
  claim('c2', 'conflicted', ['RT']),
  claim('c3', 'mixed', ['BBC', 'CNN']),
  claim('c4', 'conflicted', ['AP']),
];

describe('claim order and counts', () => {
  it('orders conflicts, then mixed, then corroborated, keeping page order within each', () => {
    expect(orderClaims(claims).map((c) => c.id)).toEqual(['c2', 'c4', 'c3', 'c1']);
  });
  it('counts sources per outlet', () => {
    expect(outletCountText(claims[0])).toBe('CNN 1 · Xinhua 2');
  });
});

describe('ClaimList', () => {
  it('lists claims conflicts first with verdict word, truncated text and outlet counts', () => {
    const { root } = mount({ status: 'ok', claims });
    const items = [...root.querySelectorAll<HTMLButtonElement>('.cl-claim-item')];
    expect(items.map((b) => b.dataset.claim)).toEqual(['c2', 'c4', 'c3', 'c1']);
    expect(items[0].querySelector('.cl-verdict')?.textContent).toContain('Conflicted');
    expect(items[2].querySelector('.cl-verdict')?.textContent).toContain('Mixed');
    expect(items[3].querySelector('.cl-outlets')?.textContent).toBe('CNN 1 · Xinhua 2');
    const long = items[0].querySelector('.cl-claim-text')?.textContent ?? '';
    expect(long.length).toBeLessThanOrEqual(140);
    expect(long.endsWith('…')).toBe(true);
    expect(items[0].title).toBe(claims[1].text);
    expect(root.querySelector('.cl-summary')?.textContent).toBe('4 claims linked to your library: 2 conflicted, 1 mixed, 1 corroborated');
  });

  it('calls onSelect with the claim id on click; items are buttons so Enter works', () => {
    const { root, props } = mount({ status: 'ok', claims });
    const item = root.querySelector<HTMLButtonElement>('[data-claim="c3"]')!;
    expect(item.tagName).toBe('BUTTON');
    act(() => item.click());
    expect(props.onSelect).toHaveBeenCalledWith('c3');
  });

  it.each([
    ['none', 'No sentence on this page matches your library'],
    ['not-article', "This page doesn't look like an article"],
    ['paused', 'Paused on this site'],
    ['loading', 'Reading this page'],
  ] as const)('explains the %s state', (status, text) => {
    const { root } = mount({ status, claims: [] });
    expect(root.querySelector('.cl-empty')?.textContent).toContain(text);
    expect(root.querySelector('.cl-claim-item')).toBeNull();
  });

  it('shows the error message of an error state', () => {
    const { root } = mount({ status: 'error', claims: [], message: 'Library unavailable' });
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Library unavailable');
  });

  it('offers pause or resume by state and wires the action buttons', () => {
    const { root, props } = mount({ status: 'none', claims: [] });
    const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name);
    expect(button('Pause on this site')).toBeDefined();
    act(() => button('Add this article to my library')!.click());
    act(() => button('Pause on this site')!.click());
    act(() => button('Open library')!.click());
    expect(props.onAddArticle).toHaveBeenCalledTimes(1);
    expect(props.onTogglePause).toHaveBeenCalledTimes(1);
    expect(props.onOpenLibrary).toHaveBeenCalledTimes(1);
    const paused = mount({ status: 'paused', claims: [] }, { paused: true });
    expect([...paused.root.querySelectorAll('button')].some((b) => b.textContent === 'Resume on this site')).toBe(true);
  });
});
