import { normalizeForHash } from '../hash';
import { indexTerms } from './index-terms';
import type { AnalyzedArticle, ArticleRecord, LibraryPack, LibraryReader, StoredClaim } from '../types';
import { packClaims, unpackClaims, type PackedClaims } from './packed-claims';

/** Decoded claims kept between pages (a page asks for a few thousand; bounds the heap). */
const DECODED_KEPT = 8_000;

/**
 * A library held in memory: the command line's corpus and the benchmark's. The extension keeps
 * the same structures in IndexedDB (src/store) behind the same LibraryReader interface.
 */
export class MemoryLibrary implements LibraryReader {
  private readonly articleMap = new Map<string, ArticleRecord>();
  /** Each article's claims, packed (see packed-claims.ts), and which packed article holds each key. */
  private readonly packed: PackedClaims[] = [];
  /** By key: keys are consecutive small integers, so an array (less heap than a Map, and cheaper to fill). */
  private readonly packOf: number[] = [];
  private claimTotal = 0;
  /** Recently decoded claims, oldest first. */
  private readonly decoded = new Map<number, StoredClaim>();
  private readonly index = new Map<string, number[]>();
  private readonly hashes = new Map<string, string>();
  /** Article ids by normalised URL, so finding the page itself is a lookup. */
  private readonly urls = new Map<string, string>();
  private nextKey = 1;
  /** Full texts by article id, kept when given (for packs that can be re-analysed). */
  readonly texts = new Map<string, string>();

  /** Add an analysed article; returns false (and changes nothing) when its id or text is already here. */
  add(analyzed: AnalyzedArticle, text?: string): boolean {
    const r = analyzed.record;
    if (this.articleMap.has(r.id) || this.hashes.has(r.textHash)) return false;
    this.articleMap.set(r.id, r);
    this.hashes.set(r.textHash, r.id);
    if (r.url) this.urls.set(normalizeForHash(r.url), r.id);
    if (text !== undefined) this.texts.set(r.id, text);
    this.insert(r.id, analyzed.claims.map((c) => ({ index: c.index, text: c.text, features: c.features, key: this.nextKey++, articleId: r.id })));
    return true;
  }

  /** Index and pack one article's claims (ascending keys). */
  private insert(articleId: string, claims: StoredClaim[]): void {
    if (!claims.length) return;
    for (const claim of claims) {
      for (const t of indexTerms(claim.features)) {
        const list = this.index.get(t);
        if (list) list.push(claim.key);
        else this.index.set(t, [claim.key]);
      }
      if (this.packOf[claim.key] === undefined) this.claimTotal++;
      this.packOf[claim.key] = this.packed.length;
    }
    this.packed.push(packClaims(articleId, claims));
  }

  /** Rebuild a library from a pack (postings are derived, so packs do not carry them). */
  static fromPack(pack: LibraryPack): MemoryLibrary {
    const lib = new MemoryLibrary();
    for (const a of pack.articles) {
      lib.articleMap.set(a.id, a);
      lib.hashes.set(a.textHash, a.id);
      if (a.url) lib.urls.set(normalizeForHash(a.url), a.id);
    }
    // Runs of consecutive claims of one article are packed together.
    let run: StoredClaim[] = [];
    for (const c of [...pack.claims].sort((x, y) => x.key - y.key)) {
      if (run.length && run[0].articleId !== c.articleId) {
        lib.insert(run[0].articleId, run);
        run = [];
      }
      run.push(c);
      lib.nextKey = Math.max(lib.nextKey, c.key + 1);
    }
    if (run.length) lib.insert(run[0].articleId, run);
    for (const [id, t] of Object.entries(pack.texts ?? {})) lib.texts.set(id, t);
    return lib;
  }

  /** Serialise to a plain object. */
  toPack(): LibraryPack {
    const claims = this.packed.flatMap((p) => unpackClaims(p)).sort((a, b) => a.key - b.key);
    const pack: LibraryPack = { format: 'claimlens-pack', version: 1, articles: [...this.articleMap.values()], claims };
    if (this.texts.size) pack.texts = Object.fromEntries(this.texts);
    return pack;
  }

  /** Number of articles. */
  get size(): number {
    return this.articleMap.size;
  }

  async claimCount(): Promise<number> {
    return this.claimTotal;
  }

  async postings(terms: string[]): Promise<Map<string, number[]>> {
    const out = new Map<string, number[]>();
    for (const t of terms) {
      const list = this.index.get(t);
      if (list) out.set(t, list);
    }
    return out;
  }

  async claims(keys: number[]): Promise<StoredClaim[]> {
    const found = new Map<number, StoredClaim>();
    const wanted = new Map<number, number[]>();
    for (const k of keys) {
      const hit = this.decoded.get(k);
      if (hit) {
        found.set(k, hit);
        continue;
      }
      const p = this.packOf[k];
      if (p === undefined) continue;
      const at = this.packed[p].keys.indexOf(k);
      const list = wanted.get(p);
      if (!list) wanted.set(p, [at]);
      else if (!list.includes(at)) list.push(at);
    }
    // Each packed article is inflated once for all the claims wanted from it.
    for (const [p, at] of wanted) for (const c of unpackClaims(this.packed[p], at)) found.set(c.key, c);
    for (const [k, c] of found) {
      this.decoded.delete(k);
      this.decoded.set(k, c);
    }
    while (this.decoded.size > DECODED_KEPT) this.decoded.delete(this.decoded.keys().next().value!);
    return keys.map((k) => found.get(k)).filter((c): c is StoredClaim => !!c);
  }

  async articles(ids: string[]): Promise<ArticleRecord[]> {
    return ids.map((id) => this.articleMap.get(id)).filter((a): a is ArticleRecord => !!a);
  }

  async findSelf(page: { url?: string; textHash?: string }): Promise<string[]> {
    const out = new Set<string>();
    const byHash = page.textHash ? this.hashes.get(page.textHash) : undefined;
    if (byHash) out.add(byHash);
    const byUrl = page.url ? this.urls.get(normalizeForHash(page.url)) : undefined;
    if (byUrl) out.add(byUrl);
    return [...out];
  }
}
