/**
 * The engine's public surface: pure TypeScript, no DOM, no browser APIs. The extension's
 * background, its content script and the `claimlens` command line all call these same functions.
 */
export * from './types';
export { splitSentences } from './text/segment';
export { isClaimWorthy } from './text/boilerplate';
export { analyzeArticle, MIN_ARTICLE_CLAIMS } from './analyze';
export { indexTerms } from './index/index-terms';
export { matchPage, matchPageWithEvents, type OtherEventArticle, type PageArticle, type PageMatch } from './match';
export { compareSentences } from './relate/compare';
export { MemoryLibrary } from './index/memory-library';
export { normalizeForHash, textHash } from './hash';
export { ENGINE_VERSION } from './version';
export { loadTagger, taggerStats } from './text/pos';
