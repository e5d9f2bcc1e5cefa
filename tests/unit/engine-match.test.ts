import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, matchPage, MemoryLibrary, splitSentences, type LibraryReader } from '../../src/engine';
import { loadCorpus } from '../../src/cli/corpus';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const seedText = (f: string) => readFileSync(join(SEEDS, f), 'utf8');
const sentences = (text: string) => splitSentences(text).map((s, i) => ({ id: `s${i}`, text: s.text }));

describe('matchPage on the seed library', () => {
  const lib = loadCorpus([SEEDS]);

  it('never lists the page own article as a source, even without its URL', async () => {
    const claims = await matchPage(sentences(seedText('003_41b868dbc988e1ab.txt')), {}, lib);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) for (const s of c.sources) expect(s.articleId).not.toBe('003_41b868dbc988e1ab');
  });

  it('marks the verbatim copy as not independent, with the reason', async () => {
    const claims = await matchPage(sentences(seedText('003_41b868dbc988e1ab.txt')), { published: '2016-09-05' }, lib);
    const copied = claims.flatMap((c) => c.sources).find((s) => s.articleId === '004_4f6c05089ed85c55' && s.text.startsWith('The exchange came'));
    expect(copied).toMatchObject({ independent: false, relation: 'corroborates' });
    expect(copied!.why).toMatch(/copied, not independent/);
  });

  it('flags the quote given to Putin where Xinhua gives it to Obama', async () => {
    const claims = await matchPage(sentences(seedText('000_4709e33d23a5151a.txt')), { published: '2016-09-05' }, lib);
    const gaps = claims.find((c) => c.text.includes('gaps of trust'));
    expect(gaps?.verdict).toBe('conflicted');
    expect(gaps?.sources[0]).toMatchObject({ outlet: 'Xinhua', relation: 'conflicts' });
    expect(gaps?.sources[0].why).toMatch(/attributed to Obama, not Putin/);
  });

  it('does not let the 2015 Antalya meeting confirm or contradict the 2016 one', async () => {
    const page = 'The two leaders met for ninety minutes on the sidelines of the summit, an official said.\nThe pair met for 20 minutes, Russian news agencies said.';
    const claims = await matchPage(sentences(page), { published: '2016-09-05' }, lib);
    for (const c of claims) for (const s of c.sources) expect(s.articleId).not.toBe('002_fb9aa70f9a0b43c6');
  });

  it('emphasises the differing part of a conflicting source', async () => {
    const claims = await matchPage([{ id: 'x', text: 'The two leaders conversed on the sidelines of the Group of 20 summit here for twenty minutes, a senior US official said.' }], { published: '2016-09-05' }, lib);
    const src = claims[0].sources.find((s) => s.relation === 'conflicts')!;
    expect(src.why).toBe(`this says twenty minutes; ${src.outlet} says ninety minutes`);
    expect(src.emphasis.map(([a, b]) => src.text.slice(a, b))).toContain('ninety minutes');
  });
});

describe('the page itself, and a page that quotes an article', () => {
  const towns = ['Riverton', 'Lakeside', 'Hillcrest', 'Brookfield', 'Fairview', 'Oakdale', 'Milltown', 'Westbury', 'Ashford', 'Kingsley', 'Northgate', 'Elmwood', 'Granby', 'Harwick', 'Linden', 'Marston', 'Newbury', 'Penfold', 'Quarry Bay', 'Redmond', 'Stanton', 'Thornbury', 'Upton', 'Valemont', 'Whitby', 'Yardley', 'Zelton', 'Bramley', 'Colby', 'Dunmore'];
  const wire = towns.map((t, i) => `Flood waters forced ${120 + i * 7} families from their homes in ${t} on Tuesday, the regional council said.`);
  const other = towns.map((t, i) => `Volunteers in ${t} handed out ${40 + i * 3} blankets at the ${t} community hall overnight.`);
  const lib = new MemoryLibrary();
  lib.add(analyzeArticle({ id: 'wire', outlet: 'Wire', title: 'Floods force families from homes', text: wire.join(' '), published: '2026-03-03' }), wire.join(' '));

  it('a live blog quoting ten sentences of a long wire story keeps the wire story as a source', async () => {
    const page = [...other.slice(0, 25), ...wire.slice(0, 10)].map((text, i) => ({ id: `p${i}`, text }));
    const claims = await matchPage(page, { published: '2026-03-03' }, lib);
    expect(claims.flatMap((c) => c.sources).some((s) => s.articleId === 'wire')).toBe(true);
  });
  it('the same article read again is still the page itself', async () => {
    const page = wire.map((text, i) => ({ id: `p${i}`, text }));
    const claims = await matchPage(page, { published: '2026-03-03' }, lib);
    expect(claims.flatMap((c) => c.sources).some((s) => s.articleId === 'wire')).toBe(false);
  });
});

describe('retrieval reads only the page terms and a bounded set of claims', () => {
  it('asks the library for postings of the page terms and fetches few claims', async () => {
    const mem = loadCorpus([SEEDS]);
    const asked: string[][] = [];
    const fetched: number[][] = [];
    const spy: LibraryReader = {
      claimCount: () => mem.claimCount(),
      postings: (t) => { asked.push(t); return mem.postings(t); },
      claims: (k) => { fetched.push(k); return mem.claims(k); },
      articles: (ids) => mem.articles(ids),
      findSelf: (p) => mem.findSelf(p),
    };
    const page = sentences('Obama and Putin met for ninety minutes in Hangzhou.\nThe weather in Hangzhou was warm.');
    await matchPage(page, {}, spy);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain('hangzhou');
    expect(asked[0]).not.toContain('antalya');
    expect(fetched.flat().length).toBeLessThanOrEqual(2 * 12);
  });
});

describe('MemoryLibrary', () => {
  it('refuses the same text twice and round-trips through a pack', async () => {
    const lib = new MemoryLibrary();
    const a = { id: 'a', outlet: 'X', title: 'T', text: 'Alpha met Beta on Monday in Paris. They discussed trade and tariffs at length. The talks ended without a deal.' };
    expect(lib.add(analyzeArticle(a), a.text)).toBe(true);
    expect(lib.add(analyzeArticle({ ...a, id: 'b' }), a.text)).toBe(false);
    const back = MemoryLibrary.fromPack(JSON.parse(JSON.stringify(lib.toPack())));
    expect(await back.claimCount()).toBe(await lib.claimCount());
    expect(await back.postings(['trade'])).toEqual(await lib.postings(['trade']));
    expect(back.texts.get('a')).toBe(a.text);
  });
});

describe('matchPage on odd page metadata', () => {
  it('does not throw on an address that is not a URL', async () => {
    const lib = loadCorpus([SEEDS]);
    const page = sentences('The exchange came after talks between Secretary of State John Kerry and his Russian counterpart Sergey Lavrov failed to result in a Syria ceasefire agreement.');
    const claims = await matchPage(page, { url: '::not a url::' }, lib);
    expect(claims[0].sources.find((s) => !s.independent)?.copiedFrom).toBe('this page');
  });
});
