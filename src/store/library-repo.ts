import type { AnalyzedArticle, ArticleInput, ArticleRecord, StoredClaim } from '../engine/types';
import type { ArticleOrigin, LibraryExport } from '../messaging/protocol';

/** An article record with where it came from. */
export type StoredArticle = ArticleRecord & { origin: ArticleOrigin };
import { inArticleTx, removeArticles, writeArticle, writeArticles, type ArticleToWrite, type WriteOutcome } from './article-tx';
import type { LibraryDb } from './db';
import { libraryChanged } from './idb-library';
import { fromRow, originOf, urlKey } from './rows';
import { readArticleTexts, readTexts } from './texts';

/** How much the library holds. */
export interface LibraryCounts {
  articles: number;
  claims: number;
  /** Distinct retrieval terms in the inverted index. */
  terms: number;
}

/** Writes and whole-library reads of the reader's article library (background only). */
export class LibraryRepo {
  constructor(private readonly db: LibraryDb) {}

  /**
   * Add an analysed article and its text in ONE transaction over every store, so a failure
   * leaves nothing of it. Throws DuplicateArticleError for the same id, URL or text.
   */
  async add(analyzed: AnalyzedArticle, text: string, origin: ArticleOrigin = 'hand'): Promise<{ record: ArticleRecord; claims: StoredClaim[] }> {
    try {
      const claims = await inArticleTx(this.db, (tx) => writeArticle(tx, analyzed, text, origin));
      return { record: analyzed.record, claims };
    } finally {
      libraryChanged();
    }
  }

  /** Add a batch in one transaction (one postings chunk per term); duplicates are refused one by one. */
  async addBatch(batch: ArticleToWrite[]): Promise<WriteOutcome[]> {
    try {
      return await inArticleTx(this.db, (tx) => writeArticles(tx, batch));
    } finally {
      libraryChanged();
    }
  }

  /** Remove articles with their texts, claims and postings (one transaction); returns how many existed. */
  async remove(ids: string[]): Promise<number> {
    try {
      return (await inArticleTx(this.db, (tx) => removeArticles(tx, ids))).length;
    } finally {
      libraryChanged();
    }
  }

  /** Every article record with where it came from, most recently added first. */
  async list(): Promise<StoredArticle[]> {
    const rows = await this.db.getAll('articles');
    return rows.map((r) => ({ ...fromRow(r), origin: originOf(r) })).sort((a, b) => b.added - a.added || a.title.localeCompare(b.title));
  }

  /** One stored article by id, if any. */
  async get(id: string): Promise<StoredArticle | undefined> {
    const row = await this.db.get('articles', id);
    return row && { ...fromRow(row), origin: originOf(row) };
  }

  /** The article stored for `url` (compared as the engine compares URLs), if any. */
  async byUrl(url: string): Promise<StoredArticle | undefined> {
    const key = urlKey(url);
    const row = key ? await this.db.getFromIndex('articles', 'url', key) : undefined;
    return row && { ...fromRow(row), origin: originOf(row) };
  }

  /** Full texts by article id (all of them when `ids` is omitted). */
  async getTexts(ids?: string[]): Promise<Map<string, string>> {
    return readTexts(this.db, ids);
  }

  /** The whole library as an export file: each article's metadata with its full text. */
  async exportAll(now: number = Date.now()): Promise<LibraryExport> {
    const { rows, texts: byId } = await readArticleTexts(this.db);
    const articles: ArticleInput[] = rows.map(fromRow).map((r) => ({
      id: r.id,
      outlet: r.outlet,
      title: r.title,
      ...(r.url !== undefined && { url: r.url }),
      ...(r.published !== undefined && { published: r.published }),
      ...(r.place !== undefined && { place: r.place }),
      text: byId.get(r.id) ?? '',
    }));
    return { format: 'claimlens-library', version: 1, exported: new Date(now).toISOString(), articles };
  }

  /** Article, claim and term counts. */
  async counts(): Promise<LibraryCounts> {
    const tx = this.db.transaction(['articles', 'terms', 'meta'], 'readonly');
    const [articles, terms, claims] = await Promise.all([
      tx.objectStore('articles').count(),
      tx.objectStore('terms').count(),
      tx.objectStore('meta').get('claimCount'),
    ]);
    await tx.done;
    return { articles, terms, claims: typeof claims?.value === 'number' ? claims.value : 0 };
  }
}
