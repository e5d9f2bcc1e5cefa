import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticleRoot } from '../../src/page/region';
import { buildTextMap, extractPageText } from '../../src/page/text-map';

// Real saved news pages (Readability's test pages), read from the shared folder, never copied.
const PAGES = '/work/shared/pages';

/**
 * Parse a saved page. <link> and <iframe> tags are dropped first: happy-dom would try to fetch
 * them (and log each refusal), and neither holds article text (iframes are skipped anyway).
 */
function parseHtml(html: string): Document {
  const quiet = html.replace(/<link\b[^>]*>/gi, '').replace(/<iframe\b[\s\S]*?<\/iframe>/gi, '');
  return new DOMParser().parseFromString(quiet, 'text/html');
}

function parse(file: string): Document {
  return parseHtml(readFileSync(`${PAGES}/${file}`, 'utf8'));
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

const CASES: Array<{ file: string; sentence: string; chrome: string[] }> = [
  {
    file: 'bbc-1.html',
    sentence: 'President Barack Obama has admitted that his failure to pass "common sense gun safety laws" in the US is the greatest frustration of his presidency.',
    chrome: ['CBeebies', 'Bitesize'],
  },
  {
    file: 'lemonde-1.html',
    sentence: 'Les députés ont, sans surprise, adopté à une large majorité (438 contre 86 et 42 abstentions)',
    chrome: ['Accueil International Politique', "Banc d'essai"],
  },
  {
    file: 'telegraph.html',
    sentence: 'Zimbabwe President Robert Mugabe, his wife Grace and two key figures from her G40 political faction are under house arrest',
    chrome: ['Fantasy Football', 'Upgrade to Premium'],
  },
  {
    file: 'wapo-1.html',
    sentence: 'The last major attack on a civilian target in Tunisia was in 2002',
    chrome: ['Accessibility for screenreader', 'Classifieds'],
  },
  {
    // The story is split in two sibling parts (the second behind "read more"): both must be in.
    file: 'salon-1.html',
    sentence: 'Horror stories about the increasingly unpopular taxi service Uber have been commonplace in recent months',
    chrome: ['Investor Relations', 'Reproductive Rights'],
  },
];

describe('findArticleRoot on real pages', () => {
  for (const { file, sentence, chrome } of CASES) {
    it(`${file}: the root holds the story, not the site's navigation`, () => {
      const doc = parse(file);
      const root = findArticleRoot(doc);
      expect(root).not.toBeNull();
      expect(root).not.toBe(doc.body);
      const text = squash(buildTextMap(root!).text);
      expect(text).toContain(sentence);
      for (const words of chrome) expect(text).not.toContain(words);
    });
  }

  it('salon-1.html: keeps both parts of a story split across sibling containers', () => {
    const text = squash(buildTextMap(findArticleRoot(parse('salon-1.html'))!).text);
    expect(text).toContain('When heroism is reduced to a transaction, the soul of a society is sold cheap.');
  });

  it('returns null for a page with too little prose', () => {
    const doc = parseHtml('<html><body><nav>Home News Sport</nav><main><h1>Gallery</h1><p>Photo one.</p><p>Photo two.</p></main></body></html>');
    expect(findArticleRoot(doc)).toBeNull();
    expect(extractPageText(doc)).toBeNull();
  });

  it('prefers the innermost semantic container that still holds the story', () => {
    const para = (n: number) => `<p>Paragraph ${n} of the story has enough words in it to count as real prose for the finder.</p>`;
    const doc = parseHtml(
      `<html><body><main><div class="rail"><a href="/a">Link</a></div><article><div itemprop="articleBody">${[1, 2, 3, 4, 5, 6, 7, 8].map(para).join('')}</div></article></main></body></html>`,
    );
    expect(findArticleRoot(doc)?.getAttribute('itemprop')).toBe('articleBody');
  });
});

describe('extractPageText', () => {
  it('reads title, date and URL from the page metadata', () => {
    const page = extractPageText(parse('telegraph.html'))!;
    expect(page.title).toMatch(/^Zimbabwe coup: Robert Mugabe/);
    expect(page.published).toBe('2017-11-16T14:15+0000');
    expect(page.url).toContain('telegraph.co.uk/news/2017/11/16/');
    expect(page.text.split('\n\n').length).toBeGreaterThan(5);
  });

  it('gives the same text under linkedom (the command line) as in the browser DOM', () => {
    for (const file of ['bbc-1.html', 'telegraph.html', 'lemonde-1.html']) {
      const html = readFileSync(`${PAGES}/${file}`, 'utf8');
      const browserSide = extractPageText(parseHtml(html));
      const cliSide = extractPageText(parseHTML(html).document as unknown as Document);
      expect(cliSide?.text).toBe(browserSide?.text);
      expect(cliSide?.title).toBe(browserSide?.title);
    }
  });
});
