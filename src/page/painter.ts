/**
 * Paints claims with the CSS Custom Highlight API: one `Highlight` per verdict in the document's
 * `CSS.highlights`, styled by the manifest's `::highlight()` rules (public/claimlens-highlights.css).
 * No element is inserted and no text node is split: the page's DOM stays exactly as it was. The
 * ranges are live, so when the page rewrites the text under a claim the claim is no longer
 * `intact` and is dropped (and painted again from the cache once the text is back).
 */
import type { LinkedClaim, Verdict } from '../engine/types';
import { normalize } from './page-sentences';
import type { NodeRange } from './text-map';

/** Highlight names; the style sheet in public/ uses the same. */
export const HIGHLIGHT_NAMES: Record<Verdict | 'flash', string> = {
  corroborated: 'claimlens-corroborated',
  conflicted: 'claimlens-conflicted',
  mixed: 'claimlens-mixed',
  flash: 'claimlens-flash',
};

/** The part of `Highlight` we use (a Set of ranges). */
interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
}

/** The part of `CSS.highlights` we use. */
interface RegistryLike {
  get(name: string): unknown;
  set(name: string, h: HighlightLike): unknown;
  delete(name: string): boolean;
}

/** One painted claim: its data and its live ranges, in reading order. */
export interface PaintedClaim {
  claim: LinkedClaim;
  ranges: Range[];
}

/** The document's highlight registry, or null where the API is missing (happy-dom in tests). */
function registryOf(doc: Document): { registry: RegistryLike; make: () => HighlightLike } | null {
  const win = doc.defaultView as (Window & { CSS?: { highlights?: RegistryLike }; Highlight?: new () => HighlightLike }) | null;
  const registry = win?.CSS?.highlights;
  const Ctor = win?.Highlight;
  return registry && Ctor ? { registry, make: () => new Ctor() } : null;
}

/** Draws and removes claim highlights on one document. */
export class ClaimPainter {
  private readonly painted = new Map<string, PaintedClaim>();
  private readonly highlights = new Map<string, HighlightLike>();
  private readonly api: ReturnType<typeof registryOf>;

  constructor(private readonly doc: Document) {
    this.api = registryOf(doc);
  }

  /** Paint `claim` over `ranges` (its text, as read from the page). False when they do not resolve. */
  paint(claim: LinkedClaim, ranges: NodeRange[]): boolean {
    this.remove(claim.id);
    const live: Range[] = [];
    for (const r of ranges) {
      if (!r.node.isConnected || r.end > r.node.data.length) return false;
      const range = this.doc.createRange();
      range.setStart(r.node, r.start);
      range.setEnd(r.node, r.end);
      live.push(range);
    }
    if (!live.length) return false;
    const entry = { claim, ranges: live };
    if (!this.intactEntry(entry)) return false;
    this.painted.set(claim.id, entry);
    const highlight = this.highlight(HIGHLIGHT_NAMES[claim.verdict]);
    for (const range of live) highlight?.add(range);
    return true;
  }

  /** Stop painting one claim. */
  remove(claimId: string): void {
    const entry = this.painted.get(claimId);
    if (!entry) return;
    this.painted.delete(claimId);
    const highlight = this.highlights.get(HIGHLIGHT_NAMES[entry.claim.verdict]);
    for (const range of entry.ranges) highlight?.delete(range);
  }

  /** Is this claim painted? */
  has(claimId: string): boolean {
    return this.painted.has(claimId);
  }

  /** The painted claims in reading order. */
  all(): PaintedClaim[] {
    return [...this.painted.values()].sort((a, b) => compareRanges(a.ranges[0], b.ranges[0]));
  }

  /** One painted claim. */
  get(claimId: string): PaintedClaim | undefined {
    return this.painted.get(claimId);
  }

  /** True while the claim's ranges still hold exactly its text in the document. */
  intact(claimId: string): boolean {
    const entry = this.painted.get(claimId);
    return !!entry && this.intactEntry(entry);
  }

  /** Drop claims the page changed under us; returns their ids. */
  dropBroken(): string[] {
    const broken = [...this.painted.values()].filter((e) => !this.intactEntry(e)).map((e) => e.claim.id);
    broken.forEach((id) => this.remove(id));
    return broken;
  }

  /** Drop the claims for which `test` holds (e.g. now inside an editable region). */
  dropWhere(test: (entry: PaintedClaim) => boolean): string[] {
    const gone = [...this.painted.values()].filter(test).map((e) => e.claim.id);
    gone.forEach((id) => this.remove(id));
    return gone;
  }

  /** The claim whose text is drawn at viewport point (x, y), if any. */
  hitTest(x: number, y: number): string | null {
    for (const { claim, ranges } of this.painted.values()) {
      for (const range of ranges) {
        for (const r of Array.from(range.getClientRects?.() ?? [])) {
          if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return claim.id;
        }
      }
    }
    return null;
  }

  /** Briefly paint a claim with the flash style (after the popup scrolled to it). */
  flash(claimId: string, on: boolean): void {
    const entry = this.painted.get(claimId);
    const highlight = this.highlight(HIGHLIGHT_NAMES.flash);
    if (!entry || !highlight) return;
    for (const range of entry.ranges) {
      if (on) highlight.add(range);
      else highlight.delete(range);
    }
  }

  /** Put our highlights back if the page deleted or replaced them in the registry. */
  reassert(): void {
    if (!this.api) return;
    for (const [name, highlight] of this.highlights) {
      if (this.api.registry.get(name) !== highlight) this.api.registry.set(name, highlight);
    }
  }

  /** Remove every highlight. */
  clear(): void {
    this.painted.clear();
    for (const highlight of this.highlights.values()) highlight.clear();
  }

  /** clear() and leave the registry as the page had it. */
  destroy(): void {
    this.clear();
    if (this.api) for (const [name, h] of this.highlights) if (this.api.registry.get(name) === h) this.api.registry.delete(name);
    this.highlights.clear();
  }

  private highlight(name: string): HighlightLike | null {
    if (!this.api) return null;
    let h = this.highlights.get(name);
    if (!h) {
      h = this.api.make();
      this.highlights.set(name, h);
      this.api.registry.set(name, h);
    }
    return h;
  }

  private intactEntry(entry: PaintedClaim): boolean {
    let text = '';
    for (const range of entry.ranges) {
      if (range.collapsed || !range.startContainer.isConnected) return false;
      text += range.toString();
    }
    return normalize(text) === entry.claim.text;
  }
}

/** Document order of two ranges' starts. */
export function compareRanges(a: Range, b: Range): number {
  try {
    return a.compareBoundaryPoints(0 /* START_TO_START */, b);
  } catch {
    return 0;
  }
}
