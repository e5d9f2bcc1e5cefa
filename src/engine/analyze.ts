import { isClaimWorthy } from './text/boilerplate';
import { featuresInContext } from './claims/context';
import { eventSignature } from './claims/event';
import { textHash } from './hash';
import { splitSentences } from './text/segment';
import type { AnalyzedArticle, ArticleInput } from './types';

/** An article with fewer claim-worthy sentences than this is too short to add. */
export const MIN_ARTICLE_CLAIMS = 3;

/**
 * Analyse an article for a library: split, drop boilerplate, extract features in reading order,
 * and summarise the event it reports. Pure: the caller stores the result.
 */
export function analyzeArticle(input: ArticleInput, now: number = Date.now()): AnalyzedArticle {
  const sentences = splitSentences(input.text);
  const kept = sentences.map((s, index) => ({ s, index })).filter(({ s }) => isClaimWorthy(s.text));
  const features = featuresInContext(kept.map(({ s }) => s.text));
  const claims = kept.map(({ s, index }, k) => ({ index, text: s.text, features: features[k] }));
  return {
    record: {
      id: input.id,
      outlet: input.outlet || 'unnamed outlet',
      title: input.title,
      url: input.url,
      published: input.published,
      place: input.place,
      event: eventSignature(input, features, kept.map(({ s }) => s.text), sentences.map((s) => s.text)),
      textHash: textHash(input.text),
      claimCount: claims.length,
      added: now,
    },
    claims,
  };
}
