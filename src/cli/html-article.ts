import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractPageText } from '../page/text-map';
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

/** The article of a corpus HTML file as "Add to library" reads it (Readability), paragraphs kept. */
export function libraryArticle(html: string, path: string): { text: string; title: string; published?: string; outlet?: string; url?: string } {
  const doc = parseDocument(html, path);
  const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content') ?? undefined;
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  if (!parsed?.content) throw new CliError(`${path}: no article found in the HTML`);
  const body = parseHTML(`<body>${parsed.content}</body>`).document as unknown as Document;
  const blocks = [...body.querySelectorAll('p, h1, h2, h3, h4, li, blockquote, pre')]
    .filter((el) => !el.querySelector('p, li'))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const text = blocks.length ? blocks.join('\n\n') : (parsed.textContent ?? '').trim();
  if (!text) throw new CliError(`${path}: no article text found in the HTML`);
  return {
    text,
    title: parsed.title || doc.title,
    published: meta('meta[property="article:published_time"]') ?? parsed.publishedTime ?? undefined,
    outlet: meta('meta[property="og:site_name"]') ?? parsed.siteName ?? undefined,
    url: meta('meta[property="og:url"]') ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined,
  };
}
