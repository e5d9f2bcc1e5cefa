/**
 * Where a `match` answer's time goes, for debug.stats and the browser bench: the engine is
 * handed this reader over the real one, so the store can tell the page's analysis (everything
 * before the first read, including a cold worker's part-of-speech model) from the reads and
 * from the relations weighed after them, without the engine knowing.
 */
import type { ArticleRecord, LibraryReader, StoredClaim } from '../engine/types';

/** Milliseconds per phase of one match (rounded by the caller). */
export interface MatchPhases {
  /** From the request to the first read: the page's features. */
  analysis: number;
  postings: number;
  claims: number;
  articles: number;
  self: number;
  /** Everything else: retrieval, relations, emphasis. */
  rest: number;
}

/** A LibraryReader that times each kind of read of the reader it wraps. */
export class TimedLibrary implements LibraryReader {
  private readonly t0 = performance.now();
  private firstRead: number | undefined;
  private readonly spent = { postings: 0, claims: 0, articles: 0, self: 0 };

  constructor(private readonly inner: LibraryReader) {}

  private async time<T>(kind: keyof TimedLibrary['spent'], read: () => Promise<T>): Promise<T> {
    const t = performance.now();
    this.firstRead ??= t;
    try {
      return await read();
    } finally {
      this.spent[kind] += performance.now() - t;
    }
  }

  claimCount(): Promise<number> {
    return this.inner.claimCount();
  }
  postings(terms: string[]): Promise<Map<string, number[]>> {
    return this.time('postings', () => this.inner.postings(terms));
  }
  claims(keys: number[]): Promise<StoredClaim[]> {
    return this.time('claims', () => this.inner.claims(keys));
  }
  articles(ids: string[]): Promise<ArticleRecord[]> {
    return this.time('articles', () => this.inner.articles(ids));
  }
  findSelf(page: { url?: string; textHash?: string }): Promise<string[]> {
    return this.time('self', () => this.inner.findSelf(page));
  }

  /** The phases so far (call when the match is answered). */
  phases(): MatchPhases {
    const total = performance.now() - this.t0;
    const analysis = (this.firstRead ?? performance.now()) - this.t0;
    const { postings, claims, articles, self } = this.spent;
    return { analysis, postings, claims, articles, self, rest: total - analysis - postings - claims - articles - self };
  }
}
