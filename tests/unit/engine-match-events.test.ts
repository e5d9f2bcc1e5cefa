/** matchPageWithEvents: the claims of matchPage, plus the articles set aside as another event and the page's own. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchPage, matchPageWithEvents, splitSentences } from '../../src/engine';
import { loadCorpus } from '../../src/cli/corpus';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const seedText = (f: string) => readFileSync(join(SEEDS, f), 'utf8');
const sentences = (text: string) => splitSentences(text).map((s, i) => ({ id: `s${i}`, text: s.text }));

describe('matchPageWithEvents on the seed library', () => {
  const lib = loadCorpus([SEEDS]);

  it('gives exactly matchPage\'s claims', async () => {
    const page = sentences(seedText('001_7509974f06f9e3fc.txt'));
    const both = await matchPageWithEvents(page, { published: '2016-09-06' }, lib);
    expect(both.claims).toEqual(await matchPage(page, { published: '2016-09-06' }, lib));
  });

  it('names the 2015 Antalya article as another event on the 2016 Xinhua page, and Xinhua as the page', async () => {
    const { claims, otherEvents, pageArticles } = await matchPageWithEvents(sentences(seedText('001_7509974f06f9e3fc.txt')), { published: '2016-09-06' }, lib);
    expect(otherEvents.map((o) => o.articleId)).toEqual(['002_fb9aa70f9a0b43c6']);
    expect(otherEvents[0]).toMatchObject({ outlet: 'World Bulletin' });
    expect(otherEvents[0].why).toMatch(/^about another event/);
    expect(pageArticles.map((p) => p.outlet)).toEqual(['Xinhua']);
    // Never both a source and another event.
    const sourced = new Set(claims.flatMap((c) => c.sources.map((s) => s.articleId)));
    for (const o of otherEvents) expect(sourced.has(o.articleId)).toBe(false);
  });

  it('keeps the seed story\'s links in a library too small for word rarity (the topic check stays off)', async () => {
    const claims = await matchPage(sentences(seedText('001_7509974f06f9e3fc.txt')), { published: '2016-09-06' }, lib);
    const discussed = claims.find((c) => c.text.startsWith('The two leaders discussed Syria and Ukraine'));
    expect(discussed?.verdict).toBe('corroborated');
    expect(claims.filter((c) => c.verdict === 'corroborated').length).toBeGreaterThanOrEqual(7);
  });

  it('lists no other event for a page with no linked claims', async () => {
    const found = await matchPageWithEvents(sentences('The harbour reopened on Tuesday after the storm, the port authority said.'), {}, lib);
    expect(found).toEqual({ claims: [], otherEvents: [], pageArticles: [] });
  });
});
