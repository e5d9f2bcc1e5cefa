/**
 * Orchestrates the content script's work on one page: find the article, read the sentences a
 * reader can see, ask the background about the ones it has not judged yet (a cache by sentence
 * text answers the rest), paint the linked claims as highlights, keep one marker per claim, open
 * cards on the reader's own clicks and keys, and keep up with a page that changes after load.
 * Nothing is inserted into the page's content. Long work runs in slices (no long task), the part
 * of the article in view first. Every failure is contained: highlights are removed and the state
 * becomes 'error'; nothing escapes into the page, and nothing outlives `signal`.
 */
import type { LinkedClaim } from '../engine/types';
import type { BackgroundRequests, CardEvent, OtherEventArticle, PageArticle, PageState, Result } from '../messaging/protocol';
import { CardFrame } from './card-frame';
import { isEditable } from './editable';
import { firstRect, MarkerLayer } from './marker-layer';
import { PageChanges, WATCHED_ATTRIBUTES } from './page-changes';
import { pagePublished, pageTitle, pageUrl } from './page-meta';
import { ClaimPainter } from './painter';
import { drain, findArticleRootSteps } from './region';
import { chunks, sentencesOf, type PageSentenceAt, type PageSentenceText } from './page-sentences';
import { Slicer } from './slicer';
import { buildTextMap, buildTextMapSteps, type NodeRange } from './text-map';
import { VisibilityCheck } from './visibility';

type MatchRequest = BackgroundRequests['match']['req'];
type MatchAnswer = Result<BackgroundRequests['match']['res']>;

/** What the annotator needs from its host (the content script, or a test). */
export interface AnnotatorOptions {
  doc: Document;
  /** Sends sentences for matching; the content script passes askBackground('match', …). */
  match: (request: MatchRequest) => Promise<MatchAnswer>;
  /** The content script's lifetime: aborting it destroys the annotator. */
  signal: AbortSignal;
  /** Timers that end with the lifetime. */
  setTimeout: (handler: () => void, ms: number) => unknown;
  /** A turn for the page between slices of work (default: a zero timer); ends with the lifetime. */
  yieldNow?: (handler: () => void) => void;
  /** The card page's address for a token (absent in tests: no card frame is loaded). */
  cardUrl?: (token: string) => string;
  /** Whether a sentence is shown to the reader (tests without layout replace it). */
  isReadable?: (ranges: NodeRange[]) => boolean;
  /** Quiet time before changed text is re-read. */
  debounceMs?: number;
}

/** Give up looking for an article on a page that keeps changing without growing one. */
const MAX_ROOTLESS_RETRIES = 5;
const FLASH_MS = 1600;
/** How often a document's designMode is checked (it changes without any DOM mutation). */
const DESIGN_MODE_POLL_MS = 250;
/** Pages with more sentences than this are matched in view-first slices. */
const FIRST_REQUEST = 300;
/** Sentences in view asked about first, alone, on a page of more than twice as many (matchAndPaint). */
const PEEK = 40;
/** Work between two turns of the page's own tasks. */
const SLICE_MS = 6;
/** Answers after the first are painted together at most this often (see matchAndPaint). */
const PAINT_EVERY_MS = 1000;
/** A re-read this cheap is done at once on a page change (no frame without highlights). */
const QUICK_READ_MS = 25;

/** The accessible name of a claim's marker: its verdict, its sources and its words. */
export function markLabel(claim: LinkedClaim): string {
  const n = claim.sources.length;
  return `ClaimLens, ${claim.verdict}, ${n} source${n === 1 ? '' : 's'}: ${claim.text}`;
}

/** The peek request, sent while the rest of the page is still being read (see read()). */
interface EarlyPeek {
  part: PageSentenceAt[];
  pending: Promise<MatchAnswer>;
}

interface Known {
  id: string;
  /** undefined while being matched; null when nothing links it. */
  claim: LinkedClaim | null | undefined;
}

/** Annotates one document until destroyed. */
export class Annotator {
  private status: PageState['status'] = 'loading';
  private message: string | undefined;
  private root: Element | null = null;
  private readonly painter: ClaimPainter;
  private readonly layer: MarkerLayer;
  private readonly card: CardFrame;
  private readonly changes: PageChanges;
  private readonly listeners = new AbortController();
  /** The match cache: sentence text -> its id and what the background said about it. */
  private readonly known = new Map<string, Known>();
  private counter = 0;
  private generation = 0;
  private href = '';
  private scheduled = false;
  private rootlessRetries = 0;
  private queue: Promise<void> = Promise.resolve();
  private destroyed = false;
  private designMode = false;
  private lastReadMs = Infinity;
  /** Articles the background set aside as another event / took for the page, by id (story view). */
  private readonly otherEvents = new Map<string, OtherEventArticle>();
  private readonly pageArticles = new Map<string, PageArticle>();
  /** Match requests sent (reported in the state: re-rendering pages must not multiply them). */
  private requests = 0;
  /** Our longest stretch on the page's main thread (ms), reported in the state. */
  private slowest = 0;

  constructor(private readonly options: AnnotatorOptions) {
    const { doc } = options;
    this.painter = new ClaimPainter(doc);
    this.layer = new MarkerLayer(doc, (id) => this.open(id));
    this.card = new CardFrame(doc, this.layer.root, options.cardUrl ?? (() => 'about:blank'), (id) =>
      this.layer.marker(id)?.focus({ preventScroll: true }),
    );
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
      doc.addEventListener('click', (event) => this.onClick(event), { capture: true, signal });
      doc.addEventListener('focusin', () => this.dropEditable(), { capture: true, signal });
      doc.defaultView?.addEventListener('popstate', () => this.schedule(), { signal });
      this.changes.start();
      this.designMode = doc.designMode === 'on';
      this.watchDesignMode();
    } catch (err) {
      this.fail(err);
      return Promise.resolve(this.state());
    }
    return this.refresh();
  }

  /** Forget everything (cache included) and annotate afresh (SPA navigation, library changes). */
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
    const claims = this.painter.all().map((p) => p.claim);
    const status = this.status === 'ok' && !claims.length ? 'none' : this.status === 'none' && claims.length ? 'ok' : this.status;
    const state: PageState = { status, claims, matchRequests: this.requests, slowestTaskMs: Math.round(this.slowest) };
    // An article that became a source in a later answer is not "another event".
    const sourced = new Set(claims.flatMap((c) => c.sources.map((s) => s.articleId)));
    state.otherEvents = [...this.otherEvents.values()].filter((o) => !sourced.has(o.articleId));
    state.pageArticles = [...this.pageArticles.values()];
    if (this.message) state.message = this.message;
    return state;
  }

  /** Scroll a claim into view, focus its marker and flash it; false when it is not painted. */
  scrollTo(claimId: string): boolean {
    const painted = this.painter.get(claimId);
    const marker = this.layer.marker(claimId);
    if (!painted || !marker || !this.painter.intact(claimId)) return false;
    this.layer.place(claimId);
    // A reader who asked for reduced motion gets an instant jump and no flash (the focused marker
    // shows where). A hidden tab (the popup opened as a tab over it) does not run a smooth scroll
    // in Firefox, so it jumps too.
    const win = this.options.doc.defaultView;
    const still = Boolean(win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches) || this.options.doc.visibilityState === 'hidden';
    marker.scrollIntoView?.({ block: 'center', behavior: still ? 'auto' : 'smooth' });
    marker.focus({ preventScroll: true });
    if (win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches) return true;
    this.painter.flash(claimId, true);
    this.options.setTimeout(() => this.painter.flash(claimId, false), FLASH_MS);
    return true;
  }

  /** A message of the card frame, relayed by the background. */
  cardEvent(event: CardEvent): { claim: LinkedClaim | null } {
    return this.card.handle(event);
  }

  /** The text the highlight of a claim covers now, or null when it is not painted (test hook). */
  paintedText(claimId: string): string | null {
    const painted = this.painter.get(claimId);
    return painted ? painted.ranges.map((r) => r.toString()).join('') : null;
  }

  /** Claim ids of the markers in Tab order (test hook). */
  markerOrder(): string[] {
    return this.layer.order();
  }

  /** Remove every trace of the annotator from the page. */
  destroy(): void {
    this.destroyed = true;
    this.generation++;
    this.listeners.abort();
    this.changes.destroy();
    this.card.close(false);
    this.painter.destroy();
    this.layer.destroy();
  }

  private enqueue(full: boolean): Promise<PageState> {
    this.queue = this.queue.then(() => this.run(full));
    return this.queue.then(() => this.state());
  }

  /** Record the slices a pass has run so far (before it awaits something other than a slice). */
  private tasks(slicer: Slicer): void {
    slicer.end();
    this.slowest = Math.max(this.slowest, slicer.longest);
  }

  private slicer(): Slicer {
    const { yieldNow } = this.options;
    return new Slicer(() => new Promise<void>((resolve) => (yieldNow ? yieldNow(resolve) : void this.options.setTimeout(resolve, 0))), SLICE_MS);
  }

  /** One pass: read the visible sentences, paint cached answers, match the rest. */
  private async run(full: boolean): Promise<void> {
    if (this.destroyed) return;
    const generation = this.generation;
    const stale = (): boolean => generation !== this.generation || this.destroyed;
    try {
      if (full) this.reset();
      if (this.designMode) {
        this.status = 'none';
        return;
      }
      const slicer = this.slicer();
      // A full pass (nothing cached) asks about the sentences in view as soon as it has read
      // them, while it reads the rest of the page.
      let early: EarlyPeek | undefined;
      const sendPeek = (peek: PageSentenceText[]): void => {
        const part = peek.map((s) => {
          const entry: Known = { id: `c${++this.counter}`, claim: undefined };
          this.known.set(s.text, entry);
          return { id: entry.id, text: s.text, ranges: s.ranges };
        });
        this.requests++;
        early = { part, pending: this.options.match({ sentences: part.map(({ id, text }) => ({ id, text })), page: this.pageContext() }) };
      };
      const sentences = await this.read(slicer, stale, full ? sendPeek : undefined);
      if (!sentences || stale()) return;
      const peeked = new Set(early?.part.map((p) => p.id));
      // Cached answers first: a page that re-renders the same text is painted without asking.
      const fresh: PageSentenceAt[] = [];
      const repaint: Array<[LinkedClaim, NodeRange[]]> = [];
      for (const s of sentences) {
        if (slicer.due) {
          await slicer.pause();
          if (stale()) return;
        }
        const known = this.known.get(s.text);
        if (!known) {
          const entry: Known = { id: `c${++this.counter}`, claim: undefined };
          this.known.set(s.text, entry);
          fresh.push({ id: entry.id, text: s.text, ranges: s.ranges });
        } else if (peeked.has(known.id)) {
          fresh.push({ id: known.id, text: s.text, ranges: s.ranges });
        } else if (known.claim && !this.painter.intact(known.id)) {
          repaint.push([known.claim, s.ranges]);
        }
      }
      // Highlight changes repaint the page: made together, in one task.
      if (repaint.length) this.changes.quietly(() => repaint.forEach(([claim, ranges]) => this.painter.paint(claim, ranges)));
      this.syncMarkers();
      this.tasks(slicer);
      if (!fresh.length) {
        if (this.status === 'loading') this.status = 'none';
        return;
      }
      await this.matchAndPaint(fresh, slicer, stale, early);
      this.tasks(slicer);
      if (stale()) return;
      if (this.status !== 'error') {
        this.status = this.painter.all().length ? 'ok' : 'none';
        this.message = undefined;
      }
    } catch (err) {
      this.fail(err);
    }
  }

  private pageContext(): MatchRequest['page'] {
    return { url: pageUrl(this.options.doc), title: pageTitle(this.options.doc), published: pagePublished(this.options.doc) };
  }

  /** Ask about `fresh` sentences (view first on big pages) and paint the linked ones; `early` is a peek already asked. */
  private async matchAndPaint(fresh: PageSentenceAt[], slicer: Slicer, stale: () => boolean, early?: EarlyPeek): Promise<void> {
    const page = this.pageContext();
    // A page of more than a few dozen sentences first asks about the sentences in view alone (a
    // small request, answered in a few ms), then about all of them (up to FIRST_REQUEST, view
    // first; the rest after): that answer is the one that stays (the page's own context, e.g. its
    // stored copy, is judged on all of it). `fresh` is in view first, so the peek's sentences are
    // all in the next request.
    const peek = early !== undefined || fresh.length > 2 * PEEK;
    const whole = fresh.length > FIRST_REQUEST ? [fresh.slice(0, FIRST_REQUEST), ...chunks(fresh.slice(FIRST_REQUEST))] : chunks(fresh);
    const parts = peek ? [early?.part ?? fresh.slice(0, PEEK), ...whole] : whole;
    /** Claims painted from the peek: the whole answer keeps, changes or removes them. */
    const provisional = new Set<string>();
    let unpaint: string[] = [];
    // Every highlight change makes the browser re-walk the whole page before its next paint (tens
    // of ms on a page of 20,000 paragraphs): the first answer (the part in view) is painted at
    // once, later ones are gathered and painted together at most once per PAINT_EVERY_MS.
    let gathered: Array<[LinkedClaim, NodeRange[]]> = [];
    let lastPaint = 0;
    /** Paint what was gathered; `settled`: the page leaves 'loading' (not on a peek's answer alone). */
    const flush = (settled = true): void => {
      const batch = gathered;
      const gone = unpaint;
      gathered = [];
      unpaint = [];
      lastPaint = now();
      // Highlight changes repaint the page: made together, in one task.
      if (batch.length || gone.length) {
        this.changes.quietly(() => {
          gone.forEach((id) => this.painter.remove(id));
          batch.forEach(([claim, ranges]) => this.painter.paint(claim, ranges));
        });
      }
      this.syncMarkers();
      if (settled && this.status === 'loading' && this.painter.all().length) this.status = 'ok';
    };
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      let pending: Promise<MatchAnswer>;
      if (i === 0 && early) pending = early.pending;
      else {
        this.requests++;
        pending = this.options.match({ sentences: part.map(({ id, text }) => ({ id, text })), page });
      }
      this.tasks(slicer);
      const answer = await pending;
      slicer.reset();
      if (stale()) return;
      if (!answer.ok) {
        flush();
        // Let a later pass ask about these (and the parts not sent yet) again.
        for (const rest of parts.slice(i)) rest.forEach((p) => this.known.delete(p.text));
        this.status = 'error';
        this.message = answer.error;
        return;
      }
      for (const o of answer.data.otherEvents ?? []) if (!this.otherEvents.has(o.articleId)) this.otherEvents.set(o.articleId, o);
      for (const a of answer.data.pageArticles ?? []) this.pageArticles.set(a.articleId, a);
      const linked = new Map(answer.data.claims.map((c) => [c.id, c]));
      for (const p of part) {
        const found = linked.get(p.id);
        const claim = found ? { ...found, id: p.id, text: p.text } : null;
        const known = this.known.get(p.text);
        if (known) known.claim = claim;
        if (claim) gathered.push([claim, p.ranges]);
        else if (provisional.has(p.id)) unpaint.push(p.id);
        if (claim && peek && i === 0) provisional.add(p.id);
      }
      // The first answer, and after a peek the one that settles it, are painted at once.
      if (i === 0 || (peek && i === 1) || i === parts.length - 1 || now() - lastPaint >= PAINT_EVERY_MS) flush(!(peek && i === 0));
    }
  }

  /**
   * The visible, non-editable sentences of the article, in view first; null without an article.
   * `onPeek` gets the first PEEK sentences in view (then below it) as soon as they and more than
   * 2 * PEEK sentences in all are read: the sentences matchAndPaint would peek at, sent while the
   * rest of a long page is still being read.
   */
  private async read(slicer: Slicer, stale: () => boolean, onPeek?: (peek: PageSentenceText[]) => void): Promise<PageSentenceText[] | null> {
    const started = now();
    const { doc } = this.options;
    if (!this.root?.isConnected) {
      const found = await drive(findArticleRootSteps(doc), slicer, stale);
      if (found === STALE) return null;
      this.root = found;
    }
    if (!this.root) {
      if (!this.painter.all().length) this.status = 'not-article';
      return null;
    }
    this.layer.observe(this.root);
    const map = await drive(buildTextMapSteps(this.root), slicer, stale);
    if (map === STALE) return null;
    let yielded = slicer.yields > 0;
    const check = this.options.isReadable ? null : new VisibilityCheck(doc);
    const readable = this.options.isReadable ?? ((ranges: NodeRange[]) => check!.readable(ranges));
    // In view first, then the rest, each in reading order (two lists: no sort of a huge page).
    const inView: PageSentenceText[] = [];
    const rest: PageSentenceText[] = [];
    /** Sentences below the view, while a peek is still to be sent. */
    const below: PageSentenceText[] = [];
    let peekDue = onPeek !== undefined;
    const texts = new Set<string>();
    for (const part of sentencesOf(map)) {
      for (const s of part) {
        if (texts.has(s.text) || isEditable(s.ranges[0].node) || !readable(s.ranges)) continue;
        texts.add(s.text);
        const distance = check ? check.distance(s.ranges) : 0;
        (distance === 0 ? inView : rest).push(s);
        if (peekDue && distance > 0 && below.length < PEEK) below.push(s);
      }
      if (peekDue && inView.length + below.length >= PEEK && inView.length + rest.length > 2 * PEEK) {
        peekDue = false;
        onPeek!([...inView, ...below].slice(0, PEEK));
      }
      if (slicer.due) {
        yielded = true;
        await slicer.pause();
        if (stale()) return null;
      }
    }
    this.lastReadMs = yielded ? Infinity : now() - started;
    // Stable sort: reading order within the view, and within the rest.
    for (const s of rest) inView.push(s);
    return inView;
  }

  /** The same read without yielding, for cheap pages (the quick repaint after a re-render). */
  private readNow(): PageSentenceText[] {
    if (!this.root?.isConnected) this.root = drain(findArticleRootSteps(this.options.doc));
    if (!this.root) return [];
    const check = this.options.isReadable ? null : new VisibilityCheck(this.options.doc);
    const readable = this.options.isReadable ?? ((ranges: NodeRange[]) => check!.readable(ranges));
    const out: PageSentenceText[] = [];
    const texts = new Set<string>();
    for (const part of sentencesOf(buildTextMap(this.root))) {
      for (const s of part) {
        if (texts.has(s.text) || isEditable(s.ranges[0].node) || !readable(s.ranges)) continue;
        texts.add(s.text);
        out.push(s);
      }
    }
    return out;
  }

  private reset(): void {
    this.changes.quietly(() => {
      this.card.close(false);
      this.painter.clear();
      this.layer.sync([]);
    });
    this.known.clear();
    this.otherEvents.clear();
    this.pageArticles.clear();
    this.root = null;
    this.rootlessRetries = 0;
    this.status = 'loading';
    this.message = undefined;
    this.href = this.options.doc.location?.href ?? '';
  }

  private syncMarkers(): void {
    this.changes.quietly(() =>
      this.layer.sync(
        this.painter.all().map(({ claim, ranges }) => ({ id: claim.id, label: markLabel(claim), verdict: claim.verdict, ranges })),
      ),
    );
  }

  private fail(err: unknown): void {
    try {
      this.changes.quietly(() => {
        this.card.close(false);
        this.painter.clear();
        this.layer.sync([]);
      });
    } catch {
      // Restoring is best effort; the state below still tells the popup what happened.
    }
    this.status = 'error';
    this.message = err instanceof Error ? err.message : String(err);
  }

  /** Editable text loses its highlights at once (a CMS "Edit" button, designMode). */
  private dropEditable(): void {
    const gone = this.painter.dropWhere((p) => isEditable(p.ranges[0].startContainer));
    if (gone.length) {
      if (gone.includes(this.card.openFor ?? '')) this.card.close(false);
      this.syncMarkers();
    }
  }

  private watchDesignMode(): void {
    if (this.destroyed) return;
    // The page can clear or replace the registry without touching the DOM: put ours back.
    this.painter.reassert();
    const on = this.options.doc.designMode === 'on';
    if (on !== this.designMode) {
      this.designMode = on;
      if (on) this.dropEditable();
      else this.schedule();
    }
    this.options.setTimeout(() => this.watchDesignMode(), DESIGN_MODE_POLL_MS);
  }

  /** Page changes outside the article (ads, widgets) are not worth a re-read; navigation is. */
  private onPageChange(records: MutationRecord[]): void {
    if (this.destroyed) return;
    const started = now();
    try {
      this.onPageChangeTimed(records);
    } finally {
      this.slowest = Math.max(this.slowest, now() - started);
    }
  }

  private onPageChangeTimed(records: MutationRecord[]): void {
    if (records.some((r) => r.type === 'attributes' && WATCHED_ATTRIBUTES.includes(r.attributeName ?? ''))) this.dropEditable();
    this.layer.attach();
    this.layer.schedule();
    this.painter.reassert();
    const root = this.root;
    const href = this.options.doc.location?.href ?? '';
    if (root?.isConnected && href === this.href && !records.some((r) => root.contains(r.target))) return;
    if (this.painter.dropBroken().length) this.quickRepaint();
    this.schedule();
  }

  /**
   * A page that re-renders its article (same text, new nodes) gets its highlights back in the
   * same task, from the cache, before the browser paints a frame without them. Only for pages
   * cheap to read; others wait for the debounced pass.
   */
  private quickRepaint(): void {
    if (this.lastReadMs > QUICK_READ_MS || this.designMode) {
      this.syncMarkers();
      return;
    }
    const started = now();
    for (const s of this.readNow()) {
      const known = this.known.get(s.text);
      if (known?.claim && !this.painter.intact(known.id)) this.changes.quietly(() => this.painter.paint(known.claim as LinkedClaim, s.ranges));
    }
    this.lastReadMs = now() - started;
    this.syncMarkers();
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

  /** The reader's own click on highlighted text (links, controls and selections stay the page's). */
  private onClick(event: MouseEvent): void {
    if (!event.isTrusted || event.button !== 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target as Element | null;
    if (target?.closest?.('a[href], button, input, textarea, select, label, summary, [contenteditable]')) return;
    const selection = this.options.doc.getSelection?.();
    if (selection && !selection.isCollapsed) return;
    const id = this.painter.hitTest(event.clientX, event.clientY);
    if (id) this.open(id);
  }

  private open(claimId: string): void {
    try {
      const painted = this.painter.get(claimId);
      if (!painted || !this.painter.intact(claimId)) return;
      this.card.open(painted.claim, firstRect(painted.ranges));
    } catch (err) {
      this.fail(err);
    }
  }
}

const STALE = Symbol('stale');

/** Run a step-wise walk, pausing whenever the slice is used up; STALE when the pass was superseded. */
async function drive<T>(steps: Generator<void, T>, slicer: Slicer, stale: () => boolean): Promise<T | typeof STALE> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (slicer.due) {
      await slicer.pause();
      if (stale()) return STALE;
    }
  }
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
