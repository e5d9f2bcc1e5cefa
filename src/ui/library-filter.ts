/** The library page's search box: which articles match what the reader typed. */
import type { ArticleSummary } from '../messaging/protocol';

/** Articles whose outlet or title contains every word of `query` (case- and accent-insensitive). */
export function filterArticles(articles: readonly ArticleSummary[], query: string): ArticleSummary[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...articles];
  return articles.filter((a) => {
    const hay = fold(`${a.outlet} ${a.title}`);
    return words.every((w) => hay.includes(w));
  });
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
