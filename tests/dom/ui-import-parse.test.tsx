import { describe, expect, it } from 'vitest';
import { ImportError, parseImportFile, parseImportFiles, parseJsonImport } from '../../src/ui/import-parse';

const art = (n: number) => ({ title: `T${n}`, outlet: 'AP', text: `Text ${n}.` });

describe('parseJsonImport', () => {
  it('accepts a library export, one article, or a list', () => {
    const exported = { format: 'claimlens-library', version: 1, exported: '2026-01-01', articles: [art(1), art(2)] };
    expect(parseJsonImport(JSON.stringify(exported)).map((a) => a.title)).toEqual(['T1', 'T2']);
    expect(parseJsonImport(JSON.stringify(art(3)))).toEqual([{ id: '', title: 'T3', outlet: 'AP', text: 'Text 3.' }]);
    expect(parseJsonImport(JSON.stringify([art(4), { text: 'Only text\nmore' }])).map((a) => [a.title, a.outlet])).toEqual([
      ['T4', 'AP'],
      ['Only text', 'unnamed outlet'],
    ]);
  });

  it('rejects bad JSON with a clear message', () => {
    expect(() => parseJsonImport('{"title": "x",')).toThrow(ImportError);
    expect(() => parseJsonImport('{"title": "x",')).toThrow(/not valid JSON/);
  });

  it('rejects JSON of the wrong shape, naming the bad entry', () => {
    expect(() => parseJsonImport('{"hello": 1}')).toThrow(/not a ClaimLens library, an article/);
    expect(() => parseJsonImport(JSON.stringify([art(1), { title: 'no text' }]))).toThrow('Article 2 has no "text".');
    expect(() => parseJsonImport(JSON.stringify([art(1), { text: 'x', outlet: 5 }]))).toThrow(/Article 2 has a "outlet" that is not text/);
    expect(() => parseJsonImport('{"format":"claimlens-library","articles":7}')).toThrow(/no "articles" list/);
    expect(() => parseJsonImport('[]')).toThrow(/empty list/);
  });
});

describe('parseImportFile', () => {
  it('takes a .txt title from its first line', () => {
    const [a] = parseImportFile({ name: 'talks.txt', text: '\uFEFFLeaders meet\r\n\r\nThey met.\r\n\r\nThey talked.' });
    expect(a.title).toBe('Leaders meet');
    expect(a.text).toBe('They met.\n\nThey talked.');
  });

  it('names the file in errors and refuses unknown or binary files', () => {
    expect(() => parseImportFile({ name: 'x.json', text: 'nope' })).toThrow(/^x\.json: This file is not valid JSON/);
    expect(() => parseImportFile({ name: 'x.pdf', text: 'abc' })).toThrow(/only \.txt, \.html and \.json/);
    expect(() => parseImportFile({ name: 'x.txt', text: 'a\u0000b' })).toThrow(/not a text file/);
    expect(() => parseImportFile({ name: 'empty.txt', text: '  \n' })).toThrow(/empty/);
  });

  it('reads an .html file through Readability', () => {
    const paras = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} says something long enough to count as article prose, with commas, clauses, and more words here.</p>`).join('');
    const html = `<html><head><meta property="og:site_name" content="Daily Test"><title>T</title></head><body><article><h1>Big news</h1>${paras}</article></body></html>`;
    const [a] = parseImportFile({ name: 'page.html', text: html });
    expect(a.outlet).toBe('Daily Test');
    expect(a.text.split('\n\n').filter((p) => p.startsWith('Paragraph'))).toHaveLength(6);
  });

  it('one bad file stops the whole set', () => {
    expect(() => parseImportFiles([{ name: 'a.txt', text: 'A\nbody' }, { name: 'b.json', text: '{' }])).toThrow(/^b\.json/);
  });
});
