/**
 * The article of a document as "Add this article to my library" reads it: Readability for the
 * article body, the page's own metadata for outlet and date. Shared by the injected extractor
 * (entrypoints/extract.ts) and the library page's .html import (with DOMParser).
 */
import { Readability } from '@mozilla/readability';
import type { ArticleInput } from '../engine/types';
import { hostOf, isoDate, readPageMeta } from './article-meta';
import { paragraphText } from './paragraph-text';
import { readPageSignals } from '../reading/article-signals';
import type { ExtractResult } from '../reading/extract-result';

// Re-exported so the library page and tests reach every pure extraction step through one module.
export { paragraphText, paragraphs } from './paragraph-text';
export { readPageMeta, isoDate, hostOf } from './article-meta';

export type { ExtractResult } from '../reading/extract-result';

/** Fewer characters of article text than this and the page is treated as having no article. */
export const MIN_ARTICLE_CHARS = 140;

/** Outlet name used when neither the page nor its address names one. */
export const UNNAMED_OUTLET = 'unnamed outlet';

/**
 * Extract the article of `doc`. `url` is where the document lives (location.href in a tab; for
 * an imported file, leave it out and the page's canonical address is used). The document itself
 * is left untouched: Readability mutates what it parses, so it gets a clone.
 */
export function extractArticle(doc: Document, url?: string): ExtractResult {
  const meta = readPageMeta(doc);
  // Read before Readability: it works on a clone, but the signals are about the page as it is.
  const signals = readPageSignals(doc);
  const clone = doc.cloneNode(true) as Document;
  // The serializer hands back the content element itself, so no HTML string is re-parsed.
  const parsed = new Readability<Element>(clone, { serializer: (node) => node as Element }).parse();
  const content = parsed?.content;
  if (!parsed || !content) return { ok: false, error: "Readability found no article on this page." };
  const text = paragraphText(content) || (parsed.textContent ?? '').trim();
  // Readability always finds *something* (a menu, a cookie notice); a few words are not an article.
  if (text.replace(/\s+/g, ' ').length < MIN_ARTICLE_CHARS) {
    return { ok: false, error: "This page doesn't look like an article: no article text found." };
  }
  const address = url ?? meta.canonical;
  const article: ArticleInput = {
    id: '',
    text,
    title: (parsed.title || meta.title || '').trim() || 'Untitled article',
    outlet: meta.siteName || parsed.siteName?.trim() || hostOf(address) || UNNAMED_OUTLET,
  };
  if (address) article.url = address;
  const published = meta.published ?? isoDate(parsed.publishedTime);
  if (published) article.published = published;
  return { ok: true, article, signals };
}

/** Parse an HTML file (DOMParser: inert, no scripts run, nothing loaded) and extract its article. */
export function extractArticleFromHtml(html: string, url?: string): ExtractResult {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return extractArticle(doc, url);
}
