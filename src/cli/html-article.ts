import { parseHTML } from 'linkedom';
import { extractPageText } from '../page/text-map';
import { extractArticle } from '../ui/article-extract';
import { CliError } from './errors';

/** Parse HTML into a document the page code and Readability can read (no scripts run). */
export function parseDocument(html: string, path: string): Document {
  try {
    return parseHTML(html).document as unknown as Document;
  } catch {
    throw new CliError(`${path}: unreadable HTML`);
  }
}

/** The article text of a page exactly as the content script reads it (same region and text map). */
export function pageArticle(html: string, path: string): { text: string; title: string; url?: string; published?: string } {
  const doc = parseDocument(html, path);
  const page = extractPageText(doc);
  if (!page || !page.text.trim()) throw new CliError(`${path}: no article text found in the HTML`);
  return page;
}

/** The article of a corpus HTML file as "Add to library" reads it (the extension's own extractor). */
export function libraryArticle(html: string, path: string): { text: string; title: string; published?: string; outlet?: string; url?: string } {
  const result = extractArticle(parseDocument(html, path));
  if (!result.ok) throw new CliError(`${path}: ${result.error}`);
  return result.article;
}
