import { describe, expect, it } from 'vitest';
import { buildTextMap, rangesFor, readableText } from '../../src/page/text-map';

function root(html: string): HTMLElement {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return document.getElementById('root')!;
}

describe('buildTextMap', () => {
  it('maps every piece back to its text node exactly, across nested inline elements', () => {
    const el = root('<p>The <a href="#">quick <em>brown</em> fox</a> jumps.</p>');
    const map = buildTextMap(el);
    expect(map.text).toBe('The quick brown fox jumps.');
    expect(map.pieces.map((p) => p.node.data)).toEqual(['The ', 'quick ', 'brown', ' fox', ' jumps.']);
    for (const p of map.pieces) expect(map.text.slice(p.start, p.end)).toBe(p.node.data);
    const brown = map.pieces[2];
    expect(brown.node.parentElement!.tagName).toBe('EM');
    expect(map.text.slice(brown.start, brown.end)).toBe('brown');
  });

  it('puts a paragraph break between blocks, never inside inline text', () => {
    const el = root('<h2>Title here</h2><p>First para.</p><div>Second <b>block</b></div><ul><li>One</li><li>Two</li></ul>');
    expect(buildTextMap(el).text).toBe('Title here\n\nFirst para.\n\nSecond block\n\nOne\n\nTwo');
  });

  it('treats <br> as a break and skips indentation between blocks', () => {
    const el = root('\n  <p>Line one<br>Line two</p>\n  <p>Next</p>\n');
    expect(buildTextMap(el).text).toBe('Line one\n\nLine two\n\nNext');
  });

  it('turns line breaks inside a text node into spaces of the same length (offsets stay exact)', () => {
    const el = root('<p>Wrapped\n   source line.</p>');
    const map = buildTextMap(el);
    expect(map.text).toBe('Wrapped    source line.');
    expect(map.pieces[0].end - map.pieces[0].start).toBe(map.pieces[0].node.data.length);
  });

  it('skips chrome, forms, code, hidden elements and our own host element', () => {
    const el = root(
      '<nav>Menu text</nav><p>Kept marked text.</p><aside>Side</aside>' +
        '<footer>Foot</footer><form><button>Go</button></form><pre>code()</pre><p hidden>Hidden</p>' +
        '<p aria-hidden="true">Aria</p><div contenteditable="true">Edit</div><script>var x</script>' +
        '<claimlens-layer>Ours</claimlens-layer><p>End.</p>',
    );
    expect(buildTextMap(el).text).toBe('Kept marked text.\n\nEnd.');
  });

  it('leaves out blocks whose every word is a link (related-story lists)', () => {
    const el = root('<p>Story text with a <a href="#">link</a> in it.</p><ul><li><a href="#">Other story</a></li></ul>');
    expect(buildTextMap(el).text).toBe('Story text with a link in it.');
  });
});

describe('rangesFor', () => {
  it('returns the node pieces of an offset range, in node offsets', () => {
    const el = root('<p>Alpha <a href="#">beta <em>gamma</em> delta</a> epsilon.</p>');
    const map = buildTextMap(el);
    const start = map.text.indexOf('beta');
    const end = map.text.indexOf('delta') + 3;
    const ranges = rangesFor(map, start, end);
    expect(ranges.map((r) => r.node.data.slice(r.start, r.end))).toEqual(['beta ', 'gamma', ' del']);
    expect(ranges.map((r) => r.node.data.slice(r.start, r.end)).join('')).toBe(map.text.slice(start, end));
    expect(ranges[2]).toMatchObject({ start: 0, end: 4 });
  });

  it('handles ranges inside one node and at the very ends', () => {
    const el = root('<p>One two three.</p><p>Four.</p>');
    const map = buildTextMap(el);
    expect(rangesFor(map, 4, 7)).toEqual([{ node: map.pieces[0].node, start: 4, end: 7 }]);
    const four = map.text.indexOf('Four');
    expect(rangesFor(map, four, map.text.length)).toEqual([{ node: map.pieces[1].node, start: 0, end: 5 }]);
    expect(rangesFor(map, 14, four)).toEqual([]); // only the paragraph break
  });
});

describe('readableText', () => {
  it('collapses whitespace and keeps one paragraph per break', () => {
    expect(readableText('  A   b \n\n \n\n C  d ')).toBe('A b\n\nC d');
  });
});
