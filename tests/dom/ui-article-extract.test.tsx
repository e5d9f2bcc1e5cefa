import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractArticle, extractArticleFromHtml, isoDate, paragraphText, readPageMeta } from '../../src/ui/article-extract';

const PAGES = '/work/shared/pages';
// happy-dom logs each <iframe> of the saved pages as a failed load: expected noise (it loads nothing).
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('paragraphText', () => {
  it('separates blocks by blank lines and keeps inline text together', () => {
    const doc = parse(`<div id="r"><h2>Talks end</h2><p>The leaders <b>met</b> for
      ninety minutes.</p><div>Loose text before a list<ul><li>One.</li><li>Two.</li></ul>after.</div>
      <p>Line one<br>Line two</p><script>var x = "<p>no</p>";</script></div>`);
    expect(paragraphText(doc.getElementById('r')!)).toBe(
      ['Talks end', 'The leaders met for ninety minutes.', 'Loose text before a list', 'One.', 'Two.', 'after.', 'Line one', 'Line two'].join('\n\n'),
    );
  });
});

describe('page metadata', () => {
  it('reads JSON-LD and <time> dates as ISO days, as written', () => {
    const doc = parse(`<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle",
      "datePublished":"2016-09-05T23:30:00-04:00","publisher":{"name":"Example News"}}]}</script></head><body></body></html>`);
    expect(readPageMeta(doc)).toMatchObject({ published: '2016-09-05', siteName: 'Example News' });
    const timed = parse('<html><body><time datetime="2015-11-16">Nov 16</time></body></html>');
    expect(readPageMeta(timed).published).toBe('2015-11-16');
    expect(isoDate('not a date')).toBeUndefined();
  });
});

describe('extractArticle on real pages', () => {
  it('guardian-1: og:site_name, article:published_time, paragraphs kept', () => {
    const html = readFileSync(`${PAGES}/guardian-1.html`, 'utf8');
    const result = extractArticleFromHtml(html);
    if (!result.ok) throw new Error(result.error);
    const { article } = result;
    expect(article.outlet).toBe('the Guardian');
    expect(article.published).toBe('2019-01-03');
    expect(article.id).toBe('');
    expect(article.url).toMatch(/^http:\/\/www\.theguardian\.com\/environment\/2019/);
    const paras = article.text.split('\n\n');
    expect(paras.length).toBeGreaterThan(10);
    expect(paras[0]).toMatch(/^Whale whisperer Hori Parata was just seven years old/);
    // No two sentences glued across a paragraph boundary ("sand.Seven decades").
    expect(article.text).not.toMatch(/[a-z][.!?”"][A-Z]/);
  });

  it('cnn: outlet from og:site_name; the location wins over og:url; the page is left as it was', () => {
    const doc = parse(readFileSync(`${PAGES}/cnn.html`, 'utf8'));
    const before = doc.body.innerHTML.length;
    const result = extractArticle(doc, 'https://money.cnn.com/x');
    if (!result.ok) throw new Error(result.error);
    expect(result.article.outlet).toBe('CNNMoney');
    expect(result.article.url).toBe('https://money.cnn.com/x');
    expect(result.article.text.split('\n\n')[0]).toMatch(/^The U\.S\. has long been heralded as a land of opportunity/);
    expect(doc.body.innerHTML.length).toBe(before);
  });

  it('nytimes-1: schema.org datePublished; outlet falls back to the host without www.', () => {
    const result = extractArticleFromHtml(readFileSync(`${PAGES}/nytimes-1.html`, 'utf8'));
    if (!result.ok) throw new Error(result.error);
    expect(result.article.published).toBe('2017-01-13');
    expect(result.article.outlet).toBe('nytimes.com');
    expect(result.article.title).toBe('United States to Lift Sudan Sanctions');
  });

  it('reports a page without an article as an error, not a throw', () => {
    const result = extractArticleFromHtml('<html><head><title>x</title></head><body><nav><a href="/">Home</a></nav></body></html>');
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/doesn't look like an article/) });
  });
});
