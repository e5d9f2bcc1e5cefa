import { analyzeArticle, MIN_ARTICLE_CLAIMS, textHash } from '../engine';
import type { AnalyzedArticle, ArticleInput, ArticleRecord } from '../engine/types';
import type { ArticleOrigin, ArticleSummary } from '../messaging/protocol';

/** Refusal to add an article that is empty or too short to be one. */
export class RefusedArticleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefusedArticleError';
  }
}

/**
 * Analyse an article the reader adds, filling what they left out (id from the text hash, title
 * from the first line). Throws RefusedArticleError for empty text or too few claims.
 */
export function prepareArticle(input: ArticleInput, now: number = Date.now()): AnalyzedArticle {
  const text = input.text;
  if (!text.trim()) throw new RefusedArticleError('empty text: nothing to add');
  const firstLine = text.split('\n').find((l) => l.trim())?.trim() ?? '';
  const analyzed = analyzeArticle(
    { ...input, id: input.id.trim() || `a-${textHash(text)}`, title: input.title.trim() || firstLine.slice(0, 200) },
    now,
  );
  const n = analyzed.claims.length;
  if (n < MIN_ARTICLE_CLAIMS) {
    throw new RefusedArticleError(`too short: ${n} sentence${n === 1 ? '' : 's'} (an article needs at least ${MIN_ARTICLE_CLAIMS})`);
  }
  return analyzed;
}

/** The library page's view of a record (stored with `origin`, or told it). */
export function toSummary(r: ArticleRecord & { origin?: ArticleOrigin }, origin: ArticleOrigin = r.origin ?? 'hand'): ArticleSummary {
  return {
    id: r.id,
    origin,
    outlet: r.outlet,
    title: r.title,
    claimCount: r.claimCount,
    added: r.added,
    ...(r.url !== undefined && { url: r.url }),
    ...(r.published !== undefined && { published: r.published }),
  };
}
