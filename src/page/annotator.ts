/**
 * Orchestrates the content script's work on one page: find the article, read its text, send the
 * claim-worthy sentences for matching, paint the linked claims, open cards, and keep up with a
 * page that changes after load. Every failure is contained: the page is restored and the state
 * becomes 'error'; nothing escapes into the page, and nothing outlives `signal`.
 */
import type { LinkedClaim } from '../engine/types';
import type { BackgroundRequests, PageState, Result } from '../messaging/protocol';
import { CardHost } from './card-host';
import { Highlighter } from './highlighter';
import { listenForMarkActivation } from './mark-activation';
import { PageChanges } from './page-changes';
import { pagePublished, pageTitle, pageUrl } from './page-meta';
import { findArticleRoot } from './region';
import { chunks, normalize, readSentences, type PageSentenceAt } from './page-sentences';

type MatchRequest = BackgroundRequests['match']['req'];
type MatchAnswer = Result<BackgroundRequests['match']['res']>;

/** What the annotator needs from its host (the content script, or a test). */
export interface AnnotatorOptions {
  doc: Document;
  /** Sends sentences for matching; the content script passes askBackground('match', …). */
  match: (request: MatchRequest) => Promise<MatchAnswer>;
  /** The content script's ctx.signal: aborting it destroys the annotator. */
  signal: AbortSignal;
  /** The content script's ctx.setTimeout, so no timer outlives the extension context. */
  setTimeout: (handler: () => void, ms: number) => unknown;
  /** Quiet time before changed text is re-read. */
  debounceMs?: number;
}

/** Give up looking for an article on a page that keeps changing without growing one. */
const MAX_ROOTLESS_RETRIES = 5;
const FLASH_MS = 1600;

/** The accessible name of a claim's marks. */
export function markLabel(claim: LinkedClaim): string {
  const n = claim.sources.length;
  return `ClaimLens: ${claim.verdict} — ${n} source${n === 1 ? '' : 's'}. Open details`;
}

/** Annotates one document until destroyed. */
export class Annotator {
  private status: PageState['status'] = 'loading';
  private message: string | undefined;
  private claims: LinkedClaim[] = [];
  private root: Element | null = null;
  private readonly highlighter: Highlighter;
  private readonly cards: CardHost;
  private readonly changes: PageChanges;
  private readonly listeners = new AbortController();
  private readonly seen = new Set<string>();
  private counter = 0;
  private generation = 0;
  private href = '';
  private scheduled = false;
  private rootlessRetries = 0;
  private queue: Promise<void> = Promise.resolve();
  private destroyed = false;

  constructor(private readonly options: AnnotatorOptions) {
    const { doc } = options;
    this.highlighter = new Highlighter(doc.documentElement);
    this.cards = new CardHost(doc);
    this.changes = new PageChanges(doc, (records) => this.onPageChange(records));
    if (options.signal.aborted) this.destroyed = true;
    options.signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  /** Read and annotate the page; resolves with the state once the first answer is painted. */
  start(): Promise<PageState> {
    if (this.destroyed) return Promise.resolve(this.state());
    try {
      const { doc } = this.options;
      const signal = this.listeners.signal;
      listenForMarkActivation(doc, (el) => this.highlighter.owns(el), (mark) => this.open(mark), signal);
      doc.defaultView?.addEventListener('popstate', () => this.schedule(), { signal });
      this.changes.start();
    } catch (err) {
      this.fail(err);
      return Promise.resolve(this.state());
    }
    return this.refresh();
  }

  /** Forget everything painted and annotate the page afresh (SPA navigation, library changes). */
  refresh(): Promise<PageState> {
    this.generation++;
    return this.enqueue(true);
  }

  /** Re-annotate if the page's URL changed since the last full pass (history navigation in an SPA). */
  followLocation(): Promise<PageState> {
    const href = this.options.doc.location?.href ?? '';
    return href !== this.href && !this.destroyed ? this.refresh() : Promise.resolve(this.state());
  }

  /** What the popup shows about this page. */
  state(): PageState {
    const state: PageState = { status: this.status, claims: [...this.claims] };
    if (this.message) state.message = this.message;
    return state;
  }

  /** Scroll a claim's highlight into view and flash it briefly; false when it is not painted. */
  scrollTo(claimId: string): boolean {
    const marks = this.highlighter.marksOf(claimId).filter((m) => m.isConnected);
    if (!marks.length) return false;
    marks[0].scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    marks[0].focus({ preventScroll: true });
    for (const mark of marks) mark.classList.add('claimlens-flash');
    this.options.setTimeout(() => marks.forEach((m) => m.classList.remove('claimlens-flash')), FLASH_MS);
    return true;
  }

  /** Remove every trace of the annotator from the page. */
  destroy(): void {
    this.destroyed = true;
    this.generation++;
    this.listeners.abort();
    this.changes.destroy();
    this.cards.destroy();
    this.highlighter.destroy();
    this.claims = [];
  }

  private enqueue(full: boolean): Promise<PageState> {
    this.queue = this.queue.then(() => this.run(full));
    return this.queue.then(() => this.state());
  }

  /** One pass: full (reset, then read everything) or incremental (only sentences not seen yet). */
  private async run(full: boolean): Promise<void> {
    if (this.destroyed) return;
    const generation = this.generation;
    try {
      // An SPA that replaced the article element: what was painted is gone, start over.
      if (full || (this.root && !this.root.isConnected)) this.reset();
      const sentences = this.readSentences();
      if (!sentences) return;
      this.forgetErased();
      const fresh = sentences.filter((p) => !this.seen.has(p.text));
      if (!fresh.length) {
        if (this.status === 'loading') this.status = 'none';
        return;
      }
      fresh.forEach((p) => this.seen.add(p.text));
      const paintable = new Set(fresh.map((p) => p.id));
      // The whole article goes out, not only the new sentences: the matcher judges the page as a
      // whole (which library article is the page itself, which event it reports). Only sentences
      // never painted before are painted from the answer.
      for (const part of chunks(sentences)) {
        const answer = await this.options.match({
          sentences: part.map(({ id, text }) => ({ id, text })),
          page: { url: pageUrl(this.options.doc), title: pageTitle(this.options.doc), published: pagePublished(this.options.doc) },
        });
        if (generation !== this.generation || this.destroyed) return;
        if (!answer.ok) {
          // Let a later pass try the sentences not painted yet again.
          fresh.forEach((p) => this.seen.delete(p.text));
          this.status = 'error';
          this.message = answer.error;
          return;
        }
        const linked = answer.data.claims.filter((c) => paintable.has(c.id));
        this.changes.quietly(() => this.paint(linked, part));
      }
      this.status = this.claims.length ? 'ok' : 'none';
      this.message = undefined;
    } catch (err) {
      this.fail(err);
    }
  }

  private reset(): void {
    this.changes.quietly(() => {
      this.cards.close();
      this.highlighter.clear();
    });
    this.claims = [];
    this.seen.clear();
    this.root = null;
    this.rootlessRetries = 0;
    this.status = 'loading';
    this.message = undefined;
    this.href = this.options.doc.location?.href ?? '';
  }

  /** The article's sentences; null when the page has no article (yet). */
  private readSentences(): PageSentenceAt[] | null {
    if (!this.root?.isConnected) this.root = findArticleRoot(this.options.doc);
    if (!this.root) {
      if (!this.claims.length) this.status = 'not-article';
      return null;
    }
    return readSentences(this.root, () => `c${++this.counter}`);
  }

  private paint(claims: LinkedClaim[], batch: PageSentenceAt[]): void {
    const byId = new Map(batch.map((p) => [p.id, p]));
    for (const claim of claims) {
      const pending = byId.get(claim.id);
      if (!pending) continue;
      // The page may have changed while the background was answering: paint only intact text.
      const now = this.highlighter.read(pending.ranges);
      if (now === null || normalize(now) !== pending.text) continue;
      if (this.highlighter.paint(claim.id, claim.verdict, markLabel(claim), pending.ranges).length) this.claims.push(claim);
    }
  }

  private fail(err: unknown): void {
    try {
      this.changes.quietly(() => {
        this.cards.destroy();
        this.highlighter.clear();
      });
    } catch {
      // Restoring is best effort; the state below still tells the popup what happened.
    }
    this.claims = [];
    this.status = 'error';
    this.message = err instanceof Error ? err.message : String(err);
  }

  /** Page changes outside the article (ads, widgets) are not worth a re-read; navigation is. */
  private onPageChange(records: MutationRecord[]): void {
    const root = this.root;
    const href = this.options.doc.location?.href ?? '';
    if (root?.isConnected && href === this.href && !records.some((r) => root.contains(r.target))) return;
    this.schedule();
  }

  /** Claims whose marks the page erased (a re-render): forget them so they are painted again. */
  private forgetErased(): void {
    this.highlighter.forgetDetached();
    this.claims = this.claims.filter((claim) => {
      if (this.highlighter.marksOf(claim.id).length) return true;
      this.seen.delete(claim.text);
      return false;
    });
  }

  private schedule(): void {
    if (this.scheduled || this.destroyed) return;
    const navigated = (this.options.doc.location?.href ?? '') !== this.href;
    if (!navigated && !this.root?.isConnected && ++this.rootlessRetries > MAX_ROOTLESS_RETRIES) return;
    this.scheduled = true;
    this.options.setTimeout(() => {
      this.scheduled = false;
      if (this.destroyed) return;
      const moved = (this.options.doc.location?.href ?? '') !== this.href;
      void (moved ? this.refresh() : this.enqueue(false));
    }, this.options.debounceMs ?? 800);
  }

  private open(mark: HTMLElement): void {
    try {
      const claim = this.claims.find((c) => c.id === mark.getAttribute('data-claim'));
      if (claim) this.changes.quietly(() => this.cards.open(mark, claim));
    } catch (err) {
      this.fail(err);
    }
  }
}
