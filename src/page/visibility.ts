/**
 * Which text a reader can actually see: only that is annotated, so a page cannot plant hidden,
 * off-screen, transparent, clipped or aria-hidden sentences to ask "is this in the reader's
 * library?" without showing them to the reader. Layout is read, never changed; computed styles
 * are cached per element for one pass (a long article shares most ancestors).
 */
import type { NodeRange } from './text-map';

/** Smallest box (CSS px) that counts as readable text. */
const MIN_SIZE = 4;

/** A per-pass visibility check with its caches. */
export class VisibilityCheck {
  private readonly styles = new Map<Element, boolean>();
  private readonly clips = new Map<Element, DOMRect | null>();
  private readonly win: Window | null;
  /** One range, moved from sentence to sentence (live ranges cost the document on every change). */
  private readonly range: Range;

  constructor(private readonly doc: Document) {
    this.win = doc.defaultView;
    this.range = doc.createRange();
  }

  /** True when every part of the sentence is painted where the reader can scroll to it. */
  readable(ranges: NodeRange[]): boolean {
    if (!ranges.length) return false;
    let area = 0;
    for (const r of ranges) {
      const parent = r.node.parentElement;
      if (!parent || !this.elementVisible(parent)) return false;
      const range = this.range;
      range.setStart(r.node, r.start);
      range.setEnd(r.node, r.end);
      const rects = Array.from(range.getClientRects());
      const clip = this.clipOf(parent);
      for (const rect of rects) {
        if (rect.width < 1 || rect.height < 1) continue;
        if (!this.inDocument(rect)) return false;
        if (clip && !overlaps(rect, clip)) return false;
        area += rect.width * rect.height;
      }
    }
    this.range.collapse(true);
    // Zero-size text (font-size 0, collapsed boxes) shows nothing.
    return area >= MIN_SIZE * MIN_SIZE;
  }

  /** Viewport distance of a sentence's first box from the viewport (0 when in view). */
  distance(ranges: NodeRange[]): number {
    const r = ranges[0];
    if (!r) return Infinity;
    const range = this.range;
    range.setStart(r.node, r.start);
    range.setEnd(r.node, r.end);
    const rect = range.getBoundingClientRect();
    range.collapse(true);
    const vh = this.win?.innerHeight ?? 0;
    if (rect.bottom >= 0 && rect.top <= vh) return 0;
    return rect.top > vh ? rect.top - vh : -rect.bottom;
  }

  /** Inside the document's scrollable area (negative or beyond-the-end positions are not). */
  private inDocument(rect: DOMRect): boolean {
    const sx = this.win?.scrollX ?? 0;
    const sy = this.win?.scrollY ?? 0;
    const el = this.doc.documentElement;
    const width = Math.max(el.scrollWidth, el.clientWidth);
    const height = Math.max(el.scrollHeight, el.clientHeight);
    return rect.right + sx > 0 && rect.bottom + sy > 0 && rect.left + sx < width && rect.top + sy < height;
  }

  /** Not hidden, not transparent, not aria-hidden, not content-visibility:hidden, not inert. */
  private elementVisible(el: Element): boolean {
    const known = this.styles.get(el);
    if (known !== undefined) return known;
    let ok = true;
    const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
    if (check && !check.call(el, { opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: false })) ok = false;
    if (ok && el.closest('[aria-hidden="true"], [inert], [hidden]')) ok = false;
    if (ok && this.win) {
      const style = this.win.getComputedStyle(el);
      if (transparent(style.color) && !isStroked(style)) ok = false;
      if (ok && parseFloat(style.fontSize) < 4) ok = false;
    }
    this.styles.set(el, ok);
    return ok;
  }

  /** The intersection of the clip boxes (overflow / clip-path / clip) of `el`'s ancestors, in the viewport. */
  private clipOf(el: Element): DOMRect | null {
    if (this.clips.has(el)) return this.clips.get(el) ?? null;
    const parent = el.parentElement;
    let clip = parent ? this.clipOf(parent) : null;
    // The root's and body's overflow belong to the viewport (scrolling), not to a clip box.
    const root = el === this.doc.documentElement || el === this.doc.body;
    if (this.win && !root) {
      const style = this.win.getComputedStyle(el);
      // Scroll boxes (auto/scroll) are not clips: the reader can scroll to what they hold.
      const clips =
        /hidden|clip/.test(style.overflowX + style.overflowY) ||
        (style.clipPath && style.clipPath !== 'none') ||
        (style.clip && style.clip !== 'auto' && style.position === 'absolute');
      if (clips) {
        const box = el.getBoundingClientRect();
        // A clip path or rect(0 0 0 0) (the "visually hidden" pattern) hides at least as much as the box.
        const shrunk = style.clip && /rect\(\s*0(px)?[ ,]+0(px)?[ ,]+0(px)?[ ,]+0(px)?\s*\)/.test(style.clip) ? new DOMRect(box.left, box.top, 0, 0) : box;
        clip = clip ? intersect(clip, shrunk) : shrunk;
        if (/inset\(\s*50%|circle\(\s*0/.test(style.clipPath ?? '')) clip = new DOMRect(box.left, box.top, 0, 0);
      }
    }
    this.clips.set(el, clip);
    return clip;
  }
}

function transparent(color: string): boolean {
  return color === 'transparent' || /rgba\([^)]*,\s*0(\.0+)?\s*\)$/.test(color) || /\/\s*0(\.0+)?\s*\)$/.test(color);
}

function isStroked(style: CSSStyleDeclaration): boolean {
  const width = parseFloat(style.getPropertyValue('-webkit-text-stroke-width') || '0');
  return width > 0 && !transparent(style.getPropertyValue('-webkit-text-stroke-color'));
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.right > b.left + 1 && a.left < b.right - 1 && a.bottom > b.top + 1 && a.top < b.bottom - 1;
}

function intersect(a: DOMRect, b: DOMRect): DOMRect {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  return new DOMRect(left, top, Math.max(0, Math.min(a.right, b.right) - left), Math.max(0, Math.min(a.bottom, b.bottom) - top));
}
