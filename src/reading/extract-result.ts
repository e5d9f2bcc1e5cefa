/** What the article extractor hands back across executeScript: plain data, never a throw. */
import type { ArticleInput } from '../engine/types';
import type { PageSignals } from './article-signals';

/** The article with the page's signals (article-signals.ts), or why there is none. */
export type ExtractResult = { ok: true; article: ArticleInput; signals?: PageSignals } | { ok: false; error: string };
