/** An undated page or source is dated by the reports it shares facts with (src/engine/relate/story-dates.ts). */
import { describe, expect, it } from 'vitest';
import { analyzeArticle, splitSentences } from '../../src/engine';
import { MemoryLibrary } from '../../src/engine/index/memory-library';
import { matchPageWithEvents } from '../../src/engine/match';
import { inferredDate } from '../../src/engine/relate/story-dates';

const sentences = (text: string) => splitSentences(text).map((s, i) => ({ id: `s${i}`, text: s.text }));

function library(withUndated: boolean): MemoryLibrary {
  const lib = new MemoryLibrary();
  const add = (id: string, published: string | undefined, text: string) => lib.add(analyzeArticle({ id, outlet: id, title: id, published, text }), text);
  add('june-a', '2017-06-14', 'Fire guts tower block\n\nA fire swept through a residential tower block in west London overnight. Firefighters battled the blaze for more than 24 hours. Residents said the smoke alarms did not sound.');
  add('june-b', '2017-06-15', 'Tower block blaze\n\nA huge fire swept through a residential tower block in west London. Residents said smoke alarms did not sound when the fire started. Firefighters battled the blaze through the night.');
  add('years-before', '2009-07-04', 'Tower fire\n\nA fire swept through a residential tower block in south London. Residents said smoke alarms did not sound. Six people died.');
  if (withUndated) add('undated', undefined, 'Tower inferno\n\nA fire swept through a residential tower block in west London. Residents said smoke alarms did not sound as the fire spread.');
  return lib;
}

const sourcesOf = (m: Awaited<ReturnType<typeof matchPageWithEvents>>) => new Set(m.claims.flatMap((c) => c.sources.map((s) => s.articleId)));

describe('dating by the reports a page agrees with', () => {
  const undatedPage = 'Blaze in London\n\nFire swept through a residential tower block in west London. Residents said the smoke alarms did not sound. Firefighters battled the blaze for hours.';

  it('an undated page linked mostly to reports of one week sets aside a report filed years away', async () => {
    const m = await matchPageWithEvents(sentences(undatedPage), {}, library(false));
    expect([...sourcesOf(m)].sort()).toEqual(['june-a', 'june-b']);
    expect(m.otherEvents.map((o) => o.articleId)).toEqual(['years-before']);
    expect(m.otherEvents[0].why).toMatch(/^about another event \(2009-07-04/);
  });

  it('the same page, dated, keeps its own event (the rule only fills a missing date)', async () => {
    const m = await matchPageWithEvents(sentences(undatedPage), { published: '2009-07-05' }, library(false));
    expect([...sourcesOf(m)]).toEqual(['years-before']);
  });

  it('an undated source whose shared sentences only another event\'s reports share is another event', async () => {
    // The page is the 2009 report itself: no report of its own event shares these sentences.
    const page = 'Tower fire\n\nA fire swept through a residential tower block in south London. Residents said smoke alarms did not sound. Six people died.';
    const then = await matchPageWithEvents(sentences(page), { published: '2009-07-05' }, library(true));
    expect(sourcesOf(then).has('undated')).toBe(false);
    expect(then.otherEvents.map((o) => o.articleId)).toContain('undated');
    // Read as a report of the June fire, the undated article is a source like the dated ones.
    const now = await matchPageWithEvents(sentences(page), { published: '2017-06-16' }, library(true));
    expect(sourcesOf(now).has('undated')).toBe(true);
  });

  it('dated links that do not agree date nothing', () => {
    const ev = (date: string) => ({ years: [Number(date.slice(0, 4))], places: [], date });
    const events = new Map([['x', ev('2017-06-14')], ['y', ev('2009-07-04')], ['z', ev('2012-01-01')]]);
    expect(inferredDate({ years: [], places: [] }, [{ linked: ['x', 'y', 'z'], near: [], otherEvent: [] }], events)).toBeUndefined();
    expect(inferredDate({ years: [], places: [] }, [{ linked: ['x'], near: [], otherEvent: [] }, { linked: ['x', 'y'], near: [], otherEvent: [] }, { linked: ['x'], near: [], otherEvent: [] }], events)).toBe('2017-06-14');
  });
});
