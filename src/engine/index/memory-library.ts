import { normalizeForHash } from '../hash';
import { indexTerms } from './index-terms';
import type { AnalyzedArticle, ArticleRecord, LibraryPack, LibraryReader, StoredClaim } from '../types';

/**
 * A library held in memory: the command line's corpus and the benchmark's. The extension keeps
 * the same structures in IndexedDB (src/store) behind the same LibraryReader interface.
 */
export class MemoryLibrary implements LibraryReader {
  private readonly articleMap = new Map<string, ArticleRecord>();
  private readonly claimMap = new Map<number, StoredClaim>();
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
    for (const c of analyzed.claims) this.insert({ ...c, key: this.nextKey++, articleId: r.id });
    return true;
  }

  private insert(claim: StoredClaim): void {
    this.claimMap.set(claim.key, claim);
    for (const t of indexTerms(claim.features)) {
      const list = this.index.get(t);
      if (list) list.push(claim.key);
      else this.index.set(t, [claim.key]);
    }
  }

  /** Rebuild a library from a pack (postings are derived, so packs do not carry them). */
  static fromPack(pack: LibraryPack): MemoryLibrary {
    const lib = new MemoryLibrary();
    for (const a of pack.articles) {
      lib.articleMap.set(a.id, a);
      lib.hashes.set(a.textHash, a.id);
      if (a.url) lib.urls.set(normalizeForHash(a.url), a.id);
    }
    for (const c of [...pack.claims].sort((x, y) => x.key - y.key)) {
      lib.insert(c);
      lib.nextKey = Math.max(lib.nextKey, c.key + 1);
    }
    for (const [id, t] of Object.entries(pack.texts ?? {})) lib.texts.set(id, t);
    return lib;
  }

  /** Serialise to a plain object. */
  toPack(): LibraryPack {
    const pack: LibraryPack = { format: 'claimlens-pack', version: 1, articles: [...this.articleMap.values()], claims: [...this.claimMap.values()] };
    if (this.texts.size) pack.texts = Object.fromEntries(this.texts);
    return pack;
  }

  /** Number of articles. */
  get size(): number {
    return this.articleMap.size;
  }

  async claimCount(): Promise<number> {
    return this.claimMap.size;
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
    return keys.map((k) => this.claimMap.get(k)).filter((c): c is StoredClaim => !!c);
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
