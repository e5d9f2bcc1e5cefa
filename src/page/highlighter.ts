/**
 * Paints claims on the page: wraps exact text-node ranges in `claimlens-mark` elements and
 * undoes it byte for byte. Splitting a text node keeps its head in the original node, and every
 * split is recorded (node -> the node split off its end), so ranges computed before earlier
 * paints still resolve, and clear() can merge each chain back into the page's original node.
 */
import type { Verdict } from '../engine/types';
import { MARK_TAG } from './dom-rules';
import { MARK_CSS, MARK_STYLE_ID } from './mark-styles';
import type { NodeRange } from './text-map';

/** Draws and removes claim highlights under one root. */
export class Highlighter {
  private readonly doc: Document;
  /** For each text node we split: the node holding the text that followed it. */
  private readonly next = new Map<Text, Text>();
  private marks: HTMLElement[] = [];
  private style: HTMLStyleElement | null = null;

  constructor(root: Element) {
    this.doc = root.ownerDocument;
  }

  /** The current text of `ranges` (offsets as they were when computed), or null if they no longer resolve. */
  read(ranges: NodeRange[]): string | null {
    let out = '';
    for (const range of ranges) {
      const at = this.locate(range);
      if (!at) return null;
      out += at.node.data.slice(at.start, at.end);
    }
    return out;
  }

  /**
   * Wrap `ranges` (one claim, in document order) in marks. Returns the marks, or [] when a range
   * no longer resolves (the page changed since the ranges were read), leaving the page untouched.
   */
  paint(claimId: string, verdict: Verdict, label: string, ranges: NodeRange[]): HTMLElement[] {
    const located = ranges.map((r) => this.locate(r));
    if (!located.length || located.some((at) => !at || !at.node.parentNode || insideMark(at.node))) return [];
    this.injectStyle();
    const painted = (located as Located[]).map((at) => {
      const mark = this.wrap(this.isolate(at));
      mark.setAttribute('data-claim', claimId);
      mark.setAttribute('data-verdict', verdict);
      mark.setAttribute('role', 'button');
      mark.setAttribute('aria-label', label);
      // Every piece is a tab stop (the in-page contract): a claim split by a link is still
      // reachable from whichever piece the reader lands on.
      mark.setAttribute('tabindex', '0');
      return mark;
    });
    painted[painted.length - 1].setAttribute('data-last', '');
    this.marks.push(...painted);
    return painted;
  }

  /** All marks, or those of one claim, in paint order. */
  marksOf(claimId?: string): HTMLElement[] {
    return claimId === undefined ? [...this.marks] : this.marks.filter((m) => m.getAttribute('data-claim') === claimId);
  }

  /** True when `el` is one of our marks. */
  owns(el: Element): boolean {
    return this.marks.includes(el as HTMLElement);
  }

  /** Stop tracking marks the page removed from the document (it re-rendered their text). */
  forgetDetached(): void {
    this.marks = this.marks.filter((m) => m.isConnected);
  }

  /** Remove every mark and merge split text nodes back: the page's text is as it was. */
  clear(): void {
    // Also copies of our marks the page made (a framework re-rendering from its own DOM).
    const strays = Array.from(this.doc.querySelectorAll(MARK_TAG)) as HTMLElement[];
    for (const mark of new Set([...this.marks, ...strays])) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    this.marks = [];
    const tails = new Set(this.next.values());
    for (const head of this.next.keys()) {
      if (tails.has(head)) continue;
      let data = head.data;
      for (let tail = this.next.get(head); tail; tail = this.next.get(tail)) {
        data += tail.data;
        tail.parentNode?.removeChild(tail);
      }
      head.data = data;
    }
    this.next.clear();
  }

  /** clear() and remove the style sheet. */
  destroy(): void {
    this.clear();
    this.style?.remove();
    this.style = null;
  }

  /** Follow the split chain from the node the range was read from to the node holding it now. */
  private locate(range: NodeRange): Located | null {
    let node = range.node;
    let base = 0;
    while (range.start >= base + node.data.length) {
      const tail = this.next.get(node);
      if (!tail) return null;
      base += node.data.length;
      node = tail;
    }
    const start = range.start - base;
    const end = range.end - base;
    return end <= node.data.length && start < end ? { node, start, end } : null;
  }

  /** Split so that exactly [start, end) is one text node, and return it. */
  private isolate({ node, start, end }: Located): Text {
    if (end < node.data.length) this.split(node, end);
    return start > 0 ? this.split(node, start) : node;
  }

  private split(node: Text, offset: number): Text {
    const tail = node.splitText(offset);
    const after = this.next.get(node);
    this.next.set(node, tail);
    if (after) this.next.set(tail, after);
    return tail;
  }

  private wrap(text: Text): HTMLElement {
    const mark = this.doc.createElement(MARK_TAG);
    text.parentNode!.insertBefore(mark, text);
    mark.appendChild(text);
    return mark;
  }

  private injectStyle(): void {
    if (this.style?.isConnected) return;
    const style = this.doc.createElement('style');
    style.id = MARK_STYLE_ID;
    style.textContent = MARK_CSS;
    (this.doc.head ?? this.doc.documentElement).appendChild(style);
    this.style = style;
  }
}

interface Located {
  node: Text;
  start: number;
  end: number;
}

function insideMark(node: Text): boolean {
  return node.parentElement?.closest(MARK_TAG) != null;
}
