/**
 * The content script's state on one page: paused for this site, or an Annotator at work.
 * It answers the popup's requests (state, scroll to a claim, refresh) in either case.
 */
import type { LinkedClaim } from '../engine/types';
import type { CardEvent, PageState } from '../messaging/protocol';
import { Annotator, type AnnotatorOptions } from './annotator';

/** Annotator options plus how to ask whether the reader paused this site. */
export interface PageSessionOptions extends AnnotatorOptions {
  /** Resolves true when the reader paused ClaimLens on this site. */
  isPaused: () => Promise<boolean>;
  /** Resolves when the page can be read (the content script starts before it is parsed). */
  ready?: () => Promise<void>;
}

const PAUSED: PageState = { status: 'paused', claims: [] };

/** Starts, pauses and refreshes the annotation of one page. */
export class PageSession {
  private annotator: Annotator | null = null;
  private paused = false;
  private starting: Promise<PageState> | null = null;

  constructor(private readonly options: PageSessionOptions) {}

  /** Check the pause setting, then annotate unless paused. */
  start(): Promise<PageState> {
    this.starting ??= this.apply();
    return this.starting;
  }

  /** The page's state for the popup. */
  state(): PageState {
    if (this.paused) return { ...PAUSED };
    return this.annotator?.state() ?? { status: 'loading', claims: [] };
  }

  /** Scroll to a painted claim. */
  scrollTo(claimId: string): boolean {
    return this.annotator?.scrollTo(claimId) ?? false;
  }

  /** A message of the card frame (through the background); unknown tokens get no claim. */
  card(token: string, event: CardEvent['event'], height?: number): { claim: LinkedClaim | null } {
    return this.annotator?.cardEvent({ token, event, height }) ?? { claim: null };
  }

  /** Re-read the pause setting and the page (after the library grew or the site was (un)paused). */
  async refresh(): Promise<PageState> {
    await this.starting;
    this.starting = this.apply(true);
    return this.starting;
  }

  /** After a history navigation: re-annotate if the URL changed. */
  async navigate(): Promise<PageState> {
    await this.starting;
    return this.annotator ? this.annotator.followLocation() : this.state();
  }

  /** Remove everything from the page. */
  destroy(): void {
    this.annotator?.destroy();
    this.annotator = null;
  }

  private async apply(again = false): Promise<PageState> {
    try {
      return await this.applyUnsafe(again);
    } catch (err) {
      // Never let an error reach the page's console as an unhandled rejection.
      return { status: 'error', claims: [], message: err instanceof Error ? err.message : String(err) };
    }
  }

  private async applyUnsafe(again: boolean): Promise<PageState> {
    // When the setting cannot be read, annotate: the match request will report the real problem.
    // The setting is asked for while the page loads (on a stopped worker the request starts it).
    const [paused] = await Promise.all([this.options.isPaused().catch(() => false), this.options.ready?.()]);
    this.paused = paused;
    if (this.options.signal.aborted) return this.state();
    if (this.paused) {
      this.destroy();
      return this.state();
    }
    if (!this.annotator) {
      this.annotator = new Annotator(this.options);
      return this.annotator.start();
    }
    return again ? this.annotator.refresh() : this.annotator.state();
  }
}
