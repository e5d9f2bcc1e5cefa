/**
 * The source card, out of the page's reach: an <iframe> of the extension's own card page
 * (entrypoints/card) inside the layer's closed shadow root. Its origin is the extension's, so the
 * page's window.find, selection and layout tricks cannot read the reader's library in it. The
 * frame learns which claim to show by asking, through the background, with the unguessable token
 * in its address; the claim itself never travels in a URL or a window message. Esc (in the page or
 * in the card) or a click outside closes it; focus goes into the card and back to the marker.
 */
import type { LinkedClaim } from '../engine/types';
import type { CardEvent } from '../messaging/protocol';

const GAP = 6;
const MARGIN = 8;
const MAX_HEIGHT_SHARE = 0.7;

/** 128 random bits as hex. */
function newToken(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The open card: one at a time per page. */
export class CardFrame {
  private frame: HTMLIFrameElement | null = null;
  private token = '';
  private claim: LinkedClaim | null = null;
  private anchor: DOMRect | null = null;
  private listeners: AbortController | null = null;

  constructor(
    private readonly doc: Document,
    private readonly root: ShadowRoot,
    /** The card page's address for a token (runtime.getURL('/card.html#' + token)). */
    private readonly url: (token: string) => string,
    /** Give focus back to the claim's marker. */
    private readonly refocus: (claimId: string) => void,
  ) {}

  /** The claim whose card is open, if any. */
  get openFor(): string | null {
    return this.claim?.id ?? null;
  }

  /** Open the card of `claim` below (or above) `anchor`, the claim's first line in the viewport. */
  open(claim: LinkedClaim, anchor: DOMRect | null): void {
    this.close(false);
    this.token = newToken();
    this.claim = claim;
    this.anchor = anchor;
    const frame = this.doc.createElement('iframe');
    frame.className = 'card';
    frame.setAttribute('title', 'ClaimLens sources');
    frame.setAttribute('allowtransparency', 'true');
    frame.src = this.url(this.token);
    this.root.appendChild(frame);
    this.frame = frame;
    this.place(120);
    this.listen();
    frame.focus({ preventScroll: true });
  }

  /** A message of the card page (relayed by the background). Unknown tokens get nothing. */
  handle(event: CardEvent): { claim: LinkedClaim | null } {
    if (!this.claim || !this.token || event.token !== this.token) return { claim: null };
    const claim = this.claim;
    if (event.event === 'size' && event.height !== undefined) this.place(event.height);
    if (event.event === 'close') this.close(true);
    if (event.event === 'ready') {
      this.frame?.focus({ preventScroll: true });
      return { claim };
    }
    return { claim: null };
  }

  /** Close the card; with `returnFocus` focus goes back to the claim's marker. */
  close(returnFocus = false): void {
    const id = this.claim?.id;
    const frame = this.frame;
    this.listeners?.abort();
    this.listeners = null;
    if (frame && returnFocus) {
      // Esc pressed inside the card: hide it now, remove it once the key's keyup has landed
      // (removing a focused frame in the middle of a key press leaves the keyup nowhere to go).
      frame.style.setProperty('display', 'none');
      this.doc.defaultView?.setTimeout(() => frame.remove(), 300);
    } else {
      frame?.remove();
    }
    this.frame = null;
    this.token = '';
    this.claim = null;
    if (returnFocus && id) this.refocus(id);
  }

  /** Below the claim when it fits in the viewport, else above; never off the sides. */
  private place(height: number): void {
    const frame = this.frame;
    if (!frame) return;
    const win = this.doc.defaultView;
    const vw = win?.innerWidth ?? 1024;
    const vh = win?.innerHeight ?? 768;
    const h = Math.max(60, Math.min(Math.ceil(height), Math.round(vh * MAX_HEIGHT_SHARE)));
    const width = Math.min(400, vw - 2 * MARGIN);
    const a = this.anchor ?? new DOMRect(MARGIN, MARGIN, 0, 0);
    let top = a.bottom + GAP;
    if (top + h > vh && a.top - GAP - h >= 0) top = a.top - GAP - h;
    const left = Math.max(MARGIN, Math.min(a.left, vw - width - MARGIN));
    // The host sits at the document's origin: viewport coordinates minus the host's own offset.
    const origin = (this.root.host as HTMLElement).getBoundingClientRect();
    frame.style.setProperty('top', `${Math.round(top - origin.top)}px`);
    frame.style.setProperty('left', `${Math.round(left - origin.left)}px`);
    frame.style.setProperty('height', `${h}px`);
  }

  private listen(): void {
    const controller = new AbortController();
    const options = { capture: true, signal: controller.signal };
    // Only the reader's own keys and clicks count: a page cannot close (or keep open) the card.
    this.doc.addEventListener(
      'keydown',
      (event) => {
        if (!event.isTrusted || event.key !== 'Escape') return;
        event.stopPropagation();
        this.close(true);
      },
      options,
    );
    // Clicks inside the card happen in its own document: every pointerdown here is outside it.
    this.doc.addEventListener(
      'pointerdown',
      (event) => {
        if (event.isTrusted) this.close(false);
      },
      options,
    );
    this.listeners = controller;
  }
}
