import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SourceCard } from '../../src/ui/SourceCard';
import { splitEmphasis } from '../../src/ui/emphasis';
import type { LinkedClaim, SourceMatch } from '../../src/engine/types';

const source = (over: Partial<SourceMatch>): SourceMatch => ({
  articleId: 'a',
  outlet: 'CNN',
  title: 'Putin and Obama meet at G20',
  published: '2016-09-05',
  text: 'The meeting lasted 90 minutes.',
  relation: 'corroborates',
  score: 0.8,
  why: 'same duration',
  independent: true,
  emphasis: [],
  ...over,
});

function mount(claim: LinkedClaim, onClose = () => {}) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<SourceCard claim={claim} onClose={onClose} />, root));
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('SourceCard', () => {
  const claim: LinkedClaim = {
    id: 's1',
    text: 'Putin and Obama talked for about 90 minutes.',
    verdict: 'mixed',
    sources: [
      source({ articleId: 'cnn', outlet: 'CNN', title: 'Obama, Putin meet', why: 'same 90 minutes' }),
      source({
        articleId: 'xin',
        outlet: 'Xinhua',
        title: 'Leaders hold talks',
        published: '2016-09-06T10:00:00+08:00',
        text: 'They talked for 20 minutes.',
        relation: 'conflicts',
        why: 'says 20 minutes, not 90',
        emphasis: [[16, 26]],
      }),
      source({ articleId: 'rt', outlet: 'RT', independent: false, copiedFrom: 'CNN', why: 'same wording as CNN' }),
    ],
  };

  it('shows the claim and each source with outlet, title, readable date and reason', () => {
    const root = mount(claim);
    expect(root.querySelector('.cl-claim')?.textContent).toBe(claim.text);
    const items = [...root.querySelectorAll('.cl-source')];
    expect(items).toHaveLength(3);
    const text = items.map((li) => li.textContent ?? '');
    expect(text.some((t) => t.includes('CNN') && t.includes('Obama, Putin meet') && t.includes('same 90 minutes'))).toBe(true);
    const cnnDate = items[1].querySelector('time');
    expect(cnnDate?.getAttribute('datetime')).toBe('2016-09-05');
    // Readable, not ISO: the year is there, the dashes are not.
    expect(cnnDate?.textContent).toMatch(/2016/);
    expect(cnnDate?.textContent).not.toContain('2016-09-05');
    // The day as written, not shifted by the reader's time zone.
    expect(items[0].querySelector('time')?.textContent).toMatch(/\b6\b/);
  });

  it('lists conflicts first and labels relations with an icon and a word', () => {
    const root = mount(claim);
    const first = root.querySelector('.cl-source');
    expect(first?.textContent).toContain('Xinhua');
    const badges = [...root.querySelectorAll('.cl-badge')].map((b) => b.textContent);
    expect(badges[0]).toBe('✕Conflicts');
    expect(badges[1]).toBe('✓Corroborates');
  });

  it('says when a source is a copy, not an independent source', () => {
    const root = mount(claim);
    const notes = [...root.querySelectorAll('.cl-copy')].map((n) => n.textContent);
    expect(notes).toEqual(['copied from CNN — not an independent source']);
  });

  it('wraps exactly the emphasis ranges in <mark>', () => {
    const root = mount(claim);
    const marks = [...root.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['20 minutes']);
    expect(root.querySelector('.cl-source .cl-sentence')?.textContent).toBe('They talked for 20 minutes.');
  });

  it('renders hostile text as text, creating no element', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const root = mount({
      ...claim,
      text: `Claim ${hostile}`,
      sources: [source({ text: `Before ${hostile} after`, title: hostile, why: hostile, emphasis: [[0, 12]] })],
    });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.cl-sentence')?.textContent).toBe(`Before ${hostile} after`);
    expect(root.querySelector('.cl-article')?.textContent).toBe(hostile);
  });

  it('does not link non-web addresses', () => {
    const root = mount({ ...claim, sources: [source({ url: 'javascript:alert(1)' })] });
    expect(root.querySelector('a')).toBeNull();
    const linked = mount({ ...claim, sources: [source({ url: 'https://example.org/a' })] });
    expect(linked.querySelector('a')?.getAttribute('href')).toBe('https://example.org/a');
  });

  it('has a named close button that calls onClose, and carries its own style', () => {
    const onClose = vi.fn();
    const root = mount(claim, onClose);
    const close = root.querySelector<HTMLButtonElement>('button[aria-label="Close"]');
    expect(close).not.toBeNull();
    act(() => close!.click());
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(root.querySelector('style')?.textContent).toContain('.cl-card');
  });
});

describe('splitEmphasis', () => {
  it('merges overlapping, clamps out-of-range and keeps the text whole', () => {
    const text = 'abcdefghij';
    const pieces = splitEmphasis(text, [[6, 20], [1, 3], [2, 4], [-5, 0]]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.emphasis).map((p) => p.text)).toEqual(['bcd', 'ghij']);
  });
});
