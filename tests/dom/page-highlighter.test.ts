import { afterEach, describe, expect, it } from 'vitest';
import { Highlighter } from '../../src/page/highlighter';
import { buildTextMap, rangesFor } from '../../src/page/text-map';

const HTML =
  '<p>Before. The talks <a href="/x">collapsed after <em>ninety</em> minutes</a> on Friday. After.</p>' +
  '<p>Second claim sits here. Third claim sits here.</p>';

function setup() {
  document.head.innerHTML = '';
  document.body.innerHTML = `<div id="root">${HTML}</div>`;
  const root = document.getElementById('root')!;
  const map = buildTextMap(root);
  const span = (sentence: string) => {
    const start = map.text.indexOf(sentence);
    expect(start).toBeGreaterThanOrEqual(0);
    return rangesFor(map, start, start + sentence.length);
  };
  return { root, map, span, highlighter: new Highlighter(root) };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Highlighter', () => {
  it('wraps exactly the claim text across <a> and <em>, with one mark per text piece', () => {
    const { root, span, highlighter } = setup();
    const claim = 'The talks collapsed after ninety minutes on Friday.';
    const marks = highlighter.paint('c1', 'conflicted', 'ClaimLens: conflicted — 2 sources. Open details', span(claim));
    expect(marks.map((m) => m.textContent)).toEqual(['The talks ', 'collapsed after ', 'ninety', ' minutes', ' on Friday.']);
    expect(marks.map((m) => m.textContent).join('')).toBe(claim);
    expect(root.querySelectorAll('claimlens-mark').length).toBe(5);
    expect(marks[1].parentElement!.tagName).toBe('A');
    expect(marks[2].parentElement!.tagName).toBe('EM');
    expect(marks[3].parentElement!.tagName).toBe('A');
    expect(marks[4].parentElement!.tagName).toBe('P');
    // The text outside the claim is untouched and outside any mark.
    expect(root.textContent).toBe(HTML.replace(/<[^>]+>/g, ''));
    expect(root.querySelector('p')!.firstChild!.textContent).toBe('Before. ');
  });

  it('sets the in-page contract attributes', () => {
    const { span, highlighter } = setup();
    const marks = highlighter.paint('c7', 'mixed', 'ClaimLens: mixed — 3 sources. Open details', span('Second claim sits here.'));
    expect(marks.length).toBe(1);
    const m = marks[0];
    expect(m.tagName.toLowerCase()).toBe('claimlens-mark');
    expect(m.getAttribute('data-claim')).toBe('c7');
    expect(m.getAttribute('data-verdict')).toBe('mixed');
    expect(m.getAttribute('tabindex')).toBe('0');
    expect(m.getAttribute('role')).toBe('button');
    expect(m.getAttribute('aria-label')).toContain('mixed');
    expect(m.hasAttribute('data-last')).toBe(true);
    expect(document.getElementById('claimlens-mark-style')).not.toBeNull();
  });

  it('every mark is a tab stop and only the last one of a claim carries the marker', () => {
    const { span, highlighter } = setup();
    const marks = highlighter.paint('c1', 'corroborated', 'l', span('The talks collapsed after ninety minutes on Friday.'));
    expect(marks.map((m) => m.getAttribute('tabindex'))).toEqual(['0', '0', '0', '0', '0']);
    expect(marks.map((m) => m.hasAttribute('data-last'))).toEqual([false, false, false, false, true]);
  });

  it('paints several claims read from one map even when they share a text node', () => {
    const { span, highlighter } = setup();
    const second = span('Second claim sits here.');
    const third = span('Third claim sits here.');
    expect(second[0].node).toBe(third[0].node);
    // Paint the later one first, then the earlier one, with ranges read before either paint.
    expect(highlighter.paint('c3', 'corroborated', 'l', third).map((m) => m.textContent)).toEqual(['Third claim sits here.']);
    expect(highlighter.paint('c2', 'conflicted', 'l', second).map((m) => m.textContent)).toEqual(['Second claim sits here.']);
    expect(highlighter.marksOf('c2').length).toBe(1);
    expect(highlighter.marksOf().length).toBe(2);
  });

  it('clear() restores textContent and innerHTML byte for byte and the original text nodes', () => {
    const { root, span, highlighter } = setup();
    const before = root.innerHTML;
    const firstText = root.querySelector('p')!.firstChild;
    const nodeCount = root.querySelectorAll('*').length;
    highlighter.paint('c1', 'conflicted', 'l', span('The talks collapsed after ninety minutes on Friday.'));
    highlighter.paint('c3', 'mixed', 'l', span('Third claim sits here.'));
    highlighter.paint('c2', 'corroborated', 'l', span('Second claim sits here.'));
    expect(root.innerHTML).not.toBe(before);
    highlighter.clear();
    expect(root.innerHTML).toBe(before);
    expect(root.textContent).toBe(HTML.replace(/<[^>]+>/g, ''));
    expect(root.querySelectorAll('*').length).toBe(nodeCount);
    expect(root.querySelector('p')!.firstChild).toBe(firstText);
    expect(root.querySelector('p')!.childNodes.length).toBe(3);
  });

  it('destroy() also removes the style sheet', () => {
    const { root, span, highlighter } = setup();
    const before = root.innerHTML;
    highlighter.paint('c2', 'corroborated', 'l', span('Second claim sits here.'));
    highlighter.destroy();
    expect(root.innerHTML).toBe(before);
    expect(document.getElementById('claimlens-mark-style')).toBeNull();
  });

  it('refuses ranges that no longer resolve and leaves the page untouched', () => {
    const { root, span, highlighter } = setup();
    const ranges = span('Second claim sits here.');
    ranges[0].node.data = 'short';
    const before = root.innerHTML;
    expect(highlighter.read(span('Third claim sits here.'))).toBeNull();
    expect(highlighter.paint('c2', 'corroborated', 'l', span('Third claim sits here.'))).toEqual([]);
    expect(root.innerHTML).toBe(before);
  });

  it('read() returns the current text of ranges, also after other claims split their nodes', () => {
    const { span, highlighter } = setup();
    const third = span('Third claim sits here.');
    highlighter.paint('c2', 'corroborated', 'l', span('Second claim sits here.'));
    expect(highlighter.read(third)).toBe('Third claim sits here.');
  });
});
