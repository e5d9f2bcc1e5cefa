/**
 * What a page says about its article besides the text: title, publication date, canonical URL.
 * Standard metadata first (Open Graph, schema.org), visible markup second.
 */

function meta(doc: Document, selector: string): string | undefined {
  const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return value || undefined;
}

function text(el: Element | null): string | undefined {
  const value = el?.textContent?.replace(/\s+/g, ' ').trim();
  return value || undefined;
}

/** The article's title: og:title, then the first <h1>, then <title>. */
export function pageTitle(doc: Document): string {
  return (
    meta(doc, 'meta[property="og:title"]') ??
    meta(doc, 'meta[name="twitter:title"]') ??
    text(doc.querySelector('h1')) ??
    text(doc.querySelector('title')) ??
    ''
  );
}

/** When the article was published, as the page states it (ISO string when it gives one). */
export function pagePublished(doc: Document): string | undefined {
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime')?.trim();
  const itemprop = doc.querySelector('[itemprop="datePublished"]');
  return (
    meta(doc, 'meta[property="article:published_time"]') ??
    meta(doc, 'meta[name="date"]') ??
    (itemprop?.getAttribute('content')?.trim() || itemprop?.getAttribute('datetime')?.trim() || text(itemprop)) ??
    (time || undefined)
  );
}

/** The page's canonical URL when it declares one, else its location (absent under linkedom). */
export function pageUrl(doc: Document): string | undefined {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const href = (doc as { location?: { href?: string } | null }).location?.href;
  return meta(doc, 'meta[property="og:url"]') ?? (canonical || undefined) ?? (href && href !== 'about:blank' ? href : undefined);
}
