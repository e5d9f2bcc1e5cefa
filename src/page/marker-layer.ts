/**
 * The extension's one element on the page: a host appended to <html> (outside the article) with a
 * CLOSED shadow root holding one focusable marker per claim and, when open, the card frame.
 * Markers are transparent buttons laid over their claim's first line: they give keyboard and
 * screen-reader access (Tab in reading order, a name with the claim's words and its verdict) and
 * show a focus ring, while pointer events pass through them to the page's text.
 */
import { HOST_STYLE, LAYER_CSS } from './layer-styles';

/** What a marker needs to know about its claim. */
export interface MarkerSpec {
  id: string;
  label: string;
  verdict: string;
  /** The claim's live ranges, in reading order. */
  ranges: Range[];
}

/** How many screens above and below the viewport have their markers displayed. */
const NEAR_SCREENS = 1;

/** Host element, shadow root, markers; repositioned once per frame at most. */
export class MarkerLayer {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  /** The markers' parent inside the shadow root (the card frame sits after it). */
  private readonly list: HTMLElement;
  private readonly markers = new Map<string, { el: HTMLButtonElement; spec: MarkerSpec }>();
  private frame = 0;
  private readonly resize: ResizeObserver | null;
  private readonly listeners = new AbortController();

  constructor(
    private readonly doc: Document,
    /** Called on the reader's Enter, Space or (screen reader) click on a marker. */
    private readonly onActivate: (claimId: string) => void,
  ) {
    this.host = doc.createElement('claimlens-layer');
    for (const [prop, value] of HOST_STYLE) this.host.style.setProperty(prop, value, 'important');
    this.root = this.host.attachShadow({ mode: 'closed' });
    this.adoptStyles();
    this.list = doc.createElement('div');
    this.root.appendChild(this.list);
    const win = doc.defaultView;
    const options = { capture: true, passive: true, signal: this.listeners.signal };
    win?.addEventListener('resize', () => this.schedule(), options);
    // Scrolling inside a page's scroll box moves its text under our markers.
    doc.addEventListener('scroll', () => this.schedule(), options);
    this.resize = typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.schedule()) : null;
    if (doc.body) this.resize?.observe(doc.body);
  }

  /** Put the host back under <html> if the page removed or moved it (not merely appended after it). */
  attach(): void {
    const html = this.doc.documentElement;
    if (this.host.parentNode !== html) html.appendChild(this.host);
  }

  /** Also follow size changes of this element (the article). */
  observe(el: Element): void {
    this.resize?.observe(el);
  }

  /** Make the markers exactly `specs` (reading order), keeping existing buttons (and focus). */
  sync(specs: MarkerSpec[]): void {
    const keep = new Set(specs.map((s) => s.id));
    for (const [id, m] of this.markers) {
      if (!keep.has(id)) {
        m.el.remove();
        this.markers.delete(id);
      }
    }
    let previous: Element | null = null;
    for (const spec of specs) {
      let entry = this.markers.get(spec.id);
      if (!entry) {
        entry = { el: this.button(spec.id), spec };
        this.markers.set(spec.id, entry);
      }
      entry.spec = spec;
      if (entry.el.getAttribute('aria-label') !== spec.label) entry.el.setAttribute('aria-label', spec.label);
      entry.el.dataset.verdict = spec.verdict;
      // Reading order = DOM order inside the root (Tab follows it); move only what is out of place.
      const wanted: Element | null = previous ? previous.nextElementSibling : this.list.firstElementChild;
      if (wanted !== entry.el) this.list.insertBefore(entry.el, wanted);
      previous = entry.el;
    }
    if (specs.length) this.attach();
    this.schedule();
  }

  /** The marker button of a claim. */
  marker(claimId: string): HTMLButtonElement | null {
    return this.markers.get(claimId)?.el ?? null;
  }

  /** Claim ids of the markers, in Tab order. */
  order(): string[] {
    return Array.from(this.list.children).map((b) => (b as HTMLElement).dataset.claim ?? '');
  }

  /** Reposition on the next animation frame (coalesced). */
  schedule(): void {
    const win = this.doc.defaultView;
    if (this.frame || !win?.requestAnimationFrame) return;
    this.frame = win.requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  }

  /**
   * Lay the markers near the viewport over their claims' first lines now; the others are not
   * displayed. Every displayed marker is a positioned box the browser walks on each frame we
   * change: on a page with thousands of claims that walk alone stalled the page for 40 ms and
   * more. Scrolling (and Tab, which scrolls to the next marker) brings the window along, so the
   * next marker in reading order is always displayed before it is reached. `keep` (a claim the
   * reader asked to go to) and the focused marker are displayed wherever they are.
   */
  place(keep?: string): void {
    if (!this.markers.size) return;
    // Read every rect first, then write: a style write between two reads would make each read
    // lay out the page again (on a page of 20,000 paragraphs that is a visible stall).
    const origin = this.host.getBoundingClientRect();
    const entries = [...this.markers.values()];
    const rects = entries.map(({ spec }) => firstRect(spec.ranges));
    const view = this.doc.defaultView?.innerHeight ?? 0;
    const focused = this.root.activeElement;
    const near = (rect: DOMRect): boolean => !view || (rect.bottom >= -NEAR_SCREENS * view && rect.top <= (1 + NEAR_SCREENS) * view);
    entries.forEach(({ el, spec }, i) => {
      const rect = rects[i];
      const style = el.style;
      if (!rect || (!near(rect) && spec.id !== keep && el !== focused)) {
        if (style.getPropertyValue('display') !== 'none') style.setProperty('display', 'none');
        return;
      }
      style.removeProperty('display');
      style.setProperty('left', `${rect.left - origin.left}px`);
      style.setProperty('top', `${rect.top - origin.top}px`);
      style.setProperty('width', `${rect.width}px`);
      style.setProperty('height', `${rect.height}px`);
    });
  }

  /** Remove the host and everything in it. */
  destroy(): void {
    this.listeners.abort();
    this.resize?.disconnect();
    if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.markers.clear();
    this.host.remove();
  }

  private button(id: string): HTMLButtonElement {
    const el = this.doc.createElement('button');
    el.type = 'button';
    el.className = 'marker';
    el.dataset.claim = id;
    el.addEventListener('keydown', (event) => {
      if (!event.isTrusted || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault(); // no synthetic click after it, and Space does not scroll
      this.onActivate(id);
    });
    // A screen reader's "press" arrives as a click on the button (pointer clicks pass through it).
    el.addEventListener('click', (event) => {
      if (event.isTrusted) this.onActivate(id);
    });
    return el;
  }

  private adoptStyles(): void {
    const Sheet = this.doc.defaultView?.CSSStyleSheet;
    try {
      if (Sheet && 'adoptedStyleSheets' in this.root) {
        const sheet = new Sheet();
        sheet.replaceSync(LAYER_CSS);
        this.root.adoptedStyleSheets = [sheet];
        return;
      }
    } catch {
      // fall back to a <style> inside the closed root
    }
    const style = this.doc.createElement('style');
    style.textContent = LAYER_CSS;
    this.root.appendChild(style);
  }
}

/** The first non-empty client rect of a claim (its first line), or null when it is not laid out. */
export function firstRect(ranges: Range[]): DOMRect | null {
  for (const range of ranges) {
    for (const r of Array.from(range.getClientRects?.() ?? [])) if (r.width > 0 && r.height > 0) return r;
  }
  return null;
}
