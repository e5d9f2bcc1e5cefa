/**
 * Shows a claim's sources next to its mark: a `claimlens-card` host with a CLOSED shadow root
 * (page scripts cannot read the reader's library through it) rendering the UI's SourceCard.
 * Esc or the close button closes it and gives focus back to the mark; a click outside closes it.
 */
import { h, render } from 'preact';
import type { LinkedClaim } from '../engine/types';
import { SourceCard } from '../ui/SourceCard';

const GAP = 6;
const MARGIN = 8;

/** Opens at most one card at a time on a document. */
export class CardHost {
  private host: HTMLElement | null = null;
  private container: HTMLElement | null = null;
  private mark: HTMLElement | null = null;
  private listeners: AbortController | null = null;

  constructor(private readonly doc: Document) {}

  /** The mark whose card is open, if any. */
  get openFor(): HTMLElement | null {
    return this.mark;
  }

  /** Open the card of `claim` next to `mark` (closing any other card first). */
  open(mark: HTMLElement, claim: LinkedClaim): void {
    this.close(false);
    const host = this.doc.createElement('claimlens-card');
    // Inline and !important: page rules for unknown elements (or `*`) must not move or hide it.
    host.style.cssText = 'all: initial !important; position: absolute !important; z-index: 2147483647 !important; top: 0; left: 0;';
    const shadow = host.attachShadow({ mode: 'closed' });
    const container = this.doc.createElement('div');
    shadow.appendChild(container);
    this.doc.documentElement.appendChild(host);
    this.host = host;
    this.container = container;
    this.mark = mark;
    render(h(SourceCard, { claim, onClose: () => this.close(true) }), container);
    this.place(host, mark);
    this.listen(host);
    (shadow.querySelector('button') as HTMLElement | null)?.focus({ preventScroll: true });
  }

  /** Close the card; with `returnFocus`, focus goes back to its mark. */
  close(returnFocus = false): void {
    const mark = this.mark;
    this.listeners?.abort();
    this.listeners = null;
    if (this.container) render(null, this.container);
    this.host?.remove();
    this.host = this.container = this.mark = null;
    if (returnFocus && mark?.isConnected) mark.focus({ preventScroll: true });
  }

  /** Close and forget everything. */
  destroy(): void {
    this.close(false);
  }

  /** Below the mark when it fits in the viewport, else above; never off the sides. */
  private place(host: HTMLElement, mark: HTMLElement): void {
    const win = this.doc.defaultView;
    const rect = mark.getBoundingClientRect();
    const card = host.getBoundingClientRect();
    const sx = win?.scrollX ?? 0;
    const sy = win?.scrollY ?? 0;
    const vw = win?.innerWidth ?? 1024;
    const vh = win?.innerHeight ?? 768;
    const width = card.width || 360;
    let top = rect.bottom + GAP;
    if (top + card.height > vh && rect.top - GAP - card.height >= 0) top = rect.top - GAP - card.height;
    const left = Math.max(MARGIN, Math.min(rect.left, vw - width - MARGIN));
    host.style.setProperty('top', `${Math.round(top + sy)}px`, 'important');
    host.style.setProperty('left', `${Math.round(left + sx)}px`, 'important');
  }

  private listen(host: HTMLElement): void {
    const controller = new AbortController();
    const options = { capture: true, signal: controller.signal };
    this.doc.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        this.close(true);
      },
      options,
    );
    // A click elsewhere closes the card; focus stays where the reader clicked.
    this.doc.addEventListener(
      'pointerdown',
      (event) => {
        if (!event.composedPath().includes(host)) this.close(false);
      },
      options,
    );
    this.listeners = controller;
  }
}
