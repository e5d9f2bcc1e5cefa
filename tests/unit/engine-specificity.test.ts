/** Topic is not fact: shared topic words do not make one fact when each sentence adds rare details
 *  the other lacks (src/engine/relate/specificity.ts), and a source must be of the page's story. */
import { describe, expect, it } from 'vitest';
import { analyzeArticle, splitSentences } from '../../src/engine';
import { featuresInContext } from '../../src/engine/claims/context';
import { MemoryLibrary } from '../../src/engine/index/memory-library';
import { matchPage } from '../../src/engine/match';
import { sharedDetail, specificityFrom } from '../../src/engine/relate/specificity';
import { generateLibrary } from '../bench/generate';

const sentences = (text: string) => splitSentences(text).map((s, i) => ({ id: `s${i}`, text: s.text }));

describe('sharedDetail', () => {
  // Story words are common in the library; details are rare.
  const df = new Map([['camera', 40], ['phone', 60], ['front', 12], ['back', 12], ['samsung', 50]]);
  // As postings give them: a list per term, whose length is its claim count.
  const spec = specificityFrom(new Map([...df].map(([t, n]) => [t, { length: n }])), 400);
  const [a, b, c] = featuresInContext([
    'On the back is a 13-megapixel camera, and the front camera has 2 megapixels.',
    'A dual camera mode puts the front and back cameras to work at once.',
    'The phone has a 13-megapixel camera on the back and a 2-megapixel camera on the front.',
  ]);

  it('is low one way at least for two sentences on one topic that add different details', () => {
    const d = sharedDetail(a, b, spec);
    expect(Math.min(d.claim, d.source)).toBeLessThan(0.3);
  });
  it('is high both ways for two wordings of the same details', () => {
    const d = sharedDetail(a, c, spec);
    expect(d.claim).toBeGreaterThan(0.5);
    expect(d.source).toBeGreaterThan(0.5);
  });
  it('is directional: a source that says the claim and more covers the claim, not the other way round', () => {
    const [short, long] = featuresInContext([
      'The phone has a 13-megapixel camera.',
      'The phone has a 13-megapixel camera, a five-inch screen, an eight-core processor and a removable battery.',
    ]);
    const d = sharedDetail(short, long, spec);
    expect(d.claim).toBeGreaterThan(0.8);
    expect(d.source).toBeLessThan(d.claim);
    expect(sharedDetail(long, short, spec).claim).toBe(d.source);
  });
});

describe('the page tells its topic words', () => {
  // In a library of many stories, a story's own words are rare: rarity alone weighs "reactor" like a detail.
  const spec0 = specificityFrom(new Map([['reactor', { length: 9 }], ['coolant', { length: 9 }], ['pump', { length: 9 }], ['leak', { length: 9 }]]), 2000);
  const page = featuresInContext([
    'The reactor was shut down on Monday after a coolant leak.',
    'Engineers found the reactor pump had failed.',
    'The reactor had been running for 30 years.',
    'A coolant leak at the reactor was first reported by workers.',
    'Inspectors will visit the reactor next week.',
    'The reactor supplies power to 200,000 homes.',
    'Residents near the reactor were told to stay indoors.',
    'The operator said the reactor posed no danger.',
  ]);
  const spec = specificityFrom(new Map([['reactor', { length: 9 }], ['coolant', { length: 9 }], ['pump', { length: 9 }], ['leak', { length: 9 }]]), 2000, page);

  it('a word in most of the page\'s sentences weighs less than one in a single sentence, however rare both are in the library', () => {
    expect(spec0.idf('reactor')).toBeCloseTo(spec0.idf('pump'));
    expect(spec.idf('reactor')).toBeLessThan(spec.idf('pump') / 2);
    expect(spec.idf('pump')).toBeCloseTo(spec0.idf('pump'));
  });
  it('so two sentences that share the topic word and little else share few details', () => {
    const [a, b] = featuresInContext(['Engineers found the reactor pump had failed.', 'Inspectors will visit the reactor next week.']);
    expect(sharedDetail(a, b, spec).claim).toBeLessThan(sharedDetail(a, b, spec0).claim);
  });
  it('a short page says nothing of its topic', () => {
    const few = specificityFrom(new Map([['reactor', { length: 9 }]]), 2000, page.slice(0, 3));
    expect(few.idf('reactor')).toBeCloseTo(spec0.idf('reactor'));
  });
});

describe('library matching', () => {
  const lib = new MemoryLibrary();
  const add = (id: string, text: string) => lib.add(analyzeArticle({ id, outlet: id, title: id, published: '2013-03-15', text }), text);
  // Word rarity needs a library of several stories (match.ts RARITY_LIBRARY): other topics first.
  // Every tenth generated article is about the seed story; none is about phones.
  for (const a of generateLibrary(50, 7, 1000)) lib.add(analyzeArticle(a), a.text);
  add('verge', 'Galaxy S4 unveiled\n\nSamsung unveiled the Galaxy S4 phone in New York on Thursday. A dual camera mode puts the front and back cameras to work at once. The phone has a five-inch screen. Samsung did not give a price for the phone. Sales of the phone begin in April in 155 countries. The phone tracks the eyes of its user to scroll pages.');
  add('star', 'Samsung shows new phone\n\nSamsung showed the Galaxy S4 phone in New York on Thursday evening. The phone has a five-inch screen and a faster processor. Samsung gave no price for the phone. The phone goes on sale in 155 countries in late April. The phone scrolls pages when its user looks at it.');
  // Other phone reviews: camera, front and back are common words in this library.
  for (const [i, model] of ['Pixel', 'iPhone', 'Xperia', 'Lumia'].entries()) {
    add(`review-${i}`, `${model} review\n\nThe ${model} camera on the back takes sharp photos in daylight. The front camera is good for video calls. The back of the ${model} is glass and the front is a large screen. Its camera app opens quickly from the lock screen. Battery life is a full day.`);
  }
  add('fed', 'Fed raises rates\n\nThe Federal Reserve raised interest rates on Wednesday for the first time in nearly a decade. Stocks rose on the news as investors welcomed the decision. Chair Janet Yellen said the economy was strong. The rate will rise to a range of 0.25 to 0.5 percent. Officials expect gradual increases next year.');

  it('does not take a sentence on the same topic with other details as the same fact', async () => {
    const page = 'Galaxy S4 launch\n\nSamsung launched the Galaxy S4 phone in New York on Thursday. On the back is the main camera, and the front camera takes sharp selfies in low light. The phone has a five-inch screen. Samsung did not say what the phone will cost. The phone will be sold in 155 countries from April.';
    const claims = await matchPage(sentences(page), { published: '2013-03-15' }, lib);
    const camera = claims.find((c) => c.text.includes('main camera'));
    expect(camera?.sources.map((s) => s.articleId) ?? []).not.toContain('verge');
    // The same facts in other words are still linked.
    expect(claims.find((c) => c.text.includes('five-inch'))?.sources.map((s) => s.articleId).sort()).toEqual(['star', 'verge']);
  });

  it('takes no source from another story that shares one phrase with a long page', async () => {
    const page = 'Markets cheer phone launch\n\nSamsung unveiled the Galaxy S4 phone in New York on Thursday. Stocks rose on the news as investors welcomed the phone. The phone has a five-inch screen. Samsung gave no price for the phone. The phone goes on sale in 155 countries in April. The phone scrolls pages when its user looks at it.';
    const claims = await matchPage(sentences(page), { published: '2013-03-15' }, lib);
    const sources = new Set(claims.flatMap((c) => c.sources.map((s) => s.articleId)));
    expect(sources.has('fed')).toBe(false);
    expect(sources.has('star')).toBe(true);
  });
});
