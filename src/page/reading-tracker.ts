/**
 * Tells when the reader has actually read a page, for "add the articles I read": the page was
 * visible (its tab in front, the window not minimised) for READ_MS in all, and the reader
 * scrolled through part of it (or it fits on one screen). A page opened and left, or left open
 * in a background tab, is never "read". Nothing is measured beyond that: no per-paragraph timing,
 * nothing stored, and the only thing sent is "read" once per page.
 */

/** Visible time that counts as reading: about what a news article of 150 words takes. */
export const READ_MS = 30_000;
/** How far the reader must scroll, as a share of the window's height (or to the page's end). */
export const SCROLL_SHARE = 0.5;
/** How often visible time is added up. */
const TICK_MS = 1000;

/** The page facts the tracker reads (a Document and its window, or a test double). */
export interface ReadingView {
  visible(): boolean;
  scrollY(): number;
  /** The window's height. */
  viewport(): number;
  /** How far the page can scroll at most. */
  scrollRange(): number;
}

/** The real page. */
export function documentView(doc: Document): ReadingView {
  const win = doc.defaultView;
  return {
    visible: () => doc.visibilityState === 'visible',
    scrollY: () => win?.scrollY ?? 0,
    viewport: () => win?.innerHeight ?? 0,
    scrollRange: () => Math.max(0, (doc.scrollingElement ?? doc.documentElement).scrollHeight - (win?.innerHeight ?? 0)),
  };
}

/** Calls `onRead` once, when the page has been read; stops with `signal`. */
export class ReadingTracker {
  private visibleMs = 0;
  private startY: number;
  private scrolled = false;
  private done = false;
  private last: number;

  constructor(
    private readonly view: ReadingView,
    private readonly onRead: () => void,
    private readonly timers: { setTimeout: (handler: () => void, ms: number) => unknown; now: () => number; signal: AbortSignal },
    private readonly readMs = READ_MS,
  ) {
    this.startY = view.scrollY();
    this.last = timers.now();
    this.schedule();
  }

  /** Visible time counted so far (ms). */
  get counted(): number {
    return this.visibleMs;
  }

  /** Check now (also called by the timer). */
  tick(): void {
    if (this.done || this.timers.signal.aborted) return;
    const now = this.timers.now();
    // A tick that comes late (the tab was throttled in the background) counts only while visible,
    // and never more than two ticks' worth: a sleeping laptop is not reading.
    if (this.view.visible()) this.visibleMs += Math.min(now - this.last, 2 * TICK_MS);
    this.last = now;
    const range = this.view.scrollRange();
    const needed = Math.min(this.view.viewport() * SCROLL_SHARE, range);
    if (!this.scrolled && (range < 1 || Math.abs(this.view.scrollY() - this.startY) >= needed)) this.scrolled = true;
    if (this.visibleMs >= this.readMs && this.scrolled) {
      this.done = true;
      this.onRead();
    }
  }

  private schedule(): void {
    if (this.done || this.timers.signal.aborted) return;
    this.timers.setTimeout(() => {
      this.tick();
      this.schedule();
    }, TICK_MS);
  }
}
