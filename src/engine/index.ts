/**
 * The engine's public surface: pure TypeScript, no DOM, no browser APIs. The extension's
 * background, its content script and the `claimlens` command line all call these same functions.
 */
export * from './types';
export { splitSentences } from './segment';
export { isClaimWorthy } from './boilerplate';
export { analyzeArticle, MIN_ARTICLE_CLAIMS } from './analyze';
export { indexTerms } from './index-terms';
export { matchPage } from './match';
export { compareSentences } from './compare';
export { MemoryLibrary } from './memory-library';
export { normalizeForHash, textHash } from './hash';
