/**
 * Metadata of an article page (outlet, date, canonical address) read from its <head>, the way
 * news sites publish it: Open Graph, article:* properties, schema.org JSON-LD and <time>.
 */

/** What a page says about itself. */
export interface PageMeta {
  title?: string;
  /** og:site_name, or the JSON-LD publisher's name. */
  siteName?: string;
  /** og:url or <link rel=canonical>. */
  canonical?: string;
  /** ISO date YYYY-MM-DD. */
  published?: string;
}

/**
 * An ISO calendar date from a date string. The day is taken as written when the string starts
 * with one ("2017-01-13T00:00:04-05:00" -> 2017-01-13): converting to UTC would move it.
 */
export function isoDate(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(text);
  if (day) return day[1];
  const parsed = new Date(text);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString().slice(0, 10);
}

function metaContent(doc: Document, selectors: string[]): string | undefined {
  for (const sel of selectors) {
    const value = doc.querySelector(sel)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

/** Every object in the page's JSON-LD blocks (nested @graph and arrays flattened). */
function jsonLdObjects(doc: Document): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 6 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    const obj = value as Record<string, unknown>;
    out.push(obj);
    if (obj['@graph']) visit(obj['@graph'], depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // Broken JSON-LD is common on real pages; the other sources still apply.
    }
  }
  return out;
}

function jsonLdString(objects: Array<Record<string, unknown>>, read: (o: Record<string, unknown>) => unknown): string | undefined {
  for (const obj of objects) {
    const value = read(obj);
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}

/** Publication date: article:published_time, schema.org datePublished (meta, <time>, JSON-LD), then the first <time datetime>. */
function readPublished(doc: Document, ld: Array<Record<string, unknown>>): string | undefined {
  const candidates = [
    metaContent(doc, [
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[property="og:published_time"]',
    ]),
    doc.querySelector('time[itemprop="datePublished"][datetime]')?.getAttribute('datetime'),
    jsonLdString(ld, (o) => o.datePublished),
    doc.querySelector('time[datetime]')?.getAttribute('datetime'),
  ];
  for (const candidate of candidates) {
    const date = isoDate(candidate);
    if (date) return date;
  }
  return undefined;
}

/** Read a page's own metadata. */
export function readPageMeta(doc: Document): PageMeta {
  const ld = jsonLdObjects(doc);
  const publisher = (o: Record<string, unknown>) =>
    o.publisher && typeof o.publisher === 'object' ? (o.publisher as Record<string, unknown>).name : undefined;
  return {
    title: metaContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ?? (doc.title.trim() || undefined),
    siteName: metaContent(doc, ['meta[property="og:site_name"]', 'meta[name="og:site_name"]']) ?? jsonLdString(ld, publisher),
    canonical:
      metaContent(doc, ['meta[property="og:url"]']) ??
      doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ??
      undefined,
    published: readPublished(doc, ld),
  };
}

/** The host name of a URL without a leading "www.", or undefined for a non-URL. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const host = new URL(url).hostname.replace(/^www\./i, '');
    return host || undefined;
  } catch {
    return undefined;
  }
}
