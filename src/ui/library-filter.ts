/** The library page's search box: which articles match what the reader typed. */
import type { ArticleSummary } from '../messaging/protocol';

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A word index over outlets and titles, built once per list: a query word matches an article
 * when it is inside one of its words (exactly what "the title contains it" means for a word
 * without spaces), so a keystroke scans the distinct words, not every row.
 */
export class ArticleIndex {
  private readonly words = new Map<string, number[]>();
  private readonly memo = new Map<string, Set<number>>();

  constructor(readonly articles: readonly ArticleSummary[]) {
    articles.forEach((a, i) => {
      for (const w of new Set(fold(`${a.outlet} ${a.title}`).split(/\s+/))) {
        if (!w) continue;
        const list = this.words.get(w);
        if (list) list.push(i);
        else this.words.set(w, [i]);
      }
    });
  }

  private matching(word: string): Set<number> {
    let hit = this.memo.get(word);
    if (!hit) {
      hit = new Set<number>();
      for (const [w, list] of this.words) if (w.includes(word)) for (const i of list) hit.add(i);
      if (this.memo.size > 200) this.memo.clear();
      this.memo.set(word, hit);
    }
    return hit;
  }

  /** Articles whose outlet or title contains every word of `query` (case- and accent-insensitive), in list order. */
  filter(query: string): readonly ArticleSummary[] {
    const words = fold(query).split(/\s+/).filter(Boolean);
    if (!words.length) return this.articles;
    const sets = words.map((w) => this.matching(w)).sort((a, b) => a.size - b.size);
    const out: number[] = [];
    for (const i of sets[0]) if (sets.every((s) => s.has(i))) out.push(i);
    return out.sort((a, b) => a - b).map((i) => this.articles[i]);
  }
}

/** Articles whose outlet or title contains every word of `query` (case- and accent-insensitive). */
export function filterArticles(articles: readonly ArticleSummary[], query: string): ArticleSummary[] {
  return [...new ArticleIndex(articles).filter(query)];
}
