/** Figures as retrieval terms and as details (engine v6): two reports of one figure find each
 *  other however differently the rest is worded, and a figure read wrongly confirms nothing. */
import { describe, expect, it } from 'vitest';
import { analyzeArticle, compareSentences } from '../../src/engine';
import { featuresInContext } from '../../src/engine/claims/context';
import { figureTerms, indexTerms } from '../../src/engine/index/index-terms';
import { MemoryLibrary } from '../../src/engine/index/memory-library';
import { queryTerms, retrieve } from '../../src/engine/index/retrieve';

const f = (t: string) => featuresInContext([t])[0];

describe('figure terms', () => {
  it('index the numbers a figure is written with, in digits or words, and not years', () => {
    const terms = indexTerms(f('The ferry was carrying 312 passengers and nine crew when it sank in 2014.'));
    expect(terms).toContain('n:312');
    expect(terms).toContain('n:9');
    expect(terms).not.toContain('n:2014');
  });
  it('write one number one way ("1,250" and "1250"; "0.50" and "0.5")', () => {
    expect(figureTerms(f('Some 1,250 workers walked out, a 0.50 percent share.'))).toEqual(expect.arrayContaining(['n:1250', 'n:0.5']));
    expect(figureTerms(f('About 1250 workers walked out.'))).toContain('n:1250');
  });
});

describe('money written with a glued scale', () => {
  it('reads "$717m" and "£4.2bn" as millions and billions', () => {
    const [m] = f('The carmaker lost $717m in the quarter.').quantities;
    expect(m.lo).toBeGreaterThan(7e8);
    const [b] = f('The group raised £4.2bn from investors.').quantities;
    expect(b.lo).toBeGreaterThan(4e9);
  });
  it('does not read a glued "m" as millions off money ("a 100m sprint")', () => {
    expect(f('She won the 100m sprint in Berlin.').quantities.every((q) => q.lo < 1e6)).toBe(true);
  });
  it('so a loss "of more than $717m" is not confirmed by a loss of $710 million', () => {
    expect(compareSentences('The airline lost more than $717m in the quarter, a record.', 'The airline reported a record loss of $710 million in the quarter.').relation).not.toBe('corroborates');
  });
});

describe('retrieval', () => {
  it("finds a report of the same figures when the claim's rarest words are ones no other outlet used", () => {
    const lib = new MemoryLibrary();
    const page = 'Shortly before dawn on a stormy Friday, the northbound overnight ferry Aurora Borealis capsized off Skerry Point near Lerwick harbour in Shetland, carrying 312 passengers and a crew of nine.';
    const other = [
      'There were 312 passengers and nine crew members on board, the operator said.',
      'Rescuers pulled survivors from the cold water for hours.',
      'The operator said it would cooperate with investigators.',
    ];
    lib.add(analyzeArticle({ id: 'other', outlet: 'Other', title: 'Ferry capsizes', text: other.join(' ') }), other.join(' '));
    // Other stories: passengers and crews are everywhere, and each rarer word of the page turns
    // up once or twice (so more than a dozen of its words are rarer than the two it shares).
    const rare = ['shortly', 'dawn', 'Friday', 'overnight', 'Aurora Borealis', 'capsized', 'Skerry Point', 'Lerwick', 'ferry', 'carrying', 'stormy', 'northbound', 'harbour', 'Shetland'];
    for (let i = 0; i < 40; i++) {
      const t = [`Passengers on route ${i} waited as the crew checked the ship.`, `The crew of vessel ${i} docked early with passengers.`, `Officials mentioned ${rare[i % rare.length]} in a statement about line ${i}.`].join(' ');
      lib.add(analyzeArticle({ id: `n${i}`, outlet: 'N', title: `Line ${i}`, text: t }), t);
    }
    const q = queryTerms(indexTerms(f(page)));
    return (async () => {
      const n = await lib.claimCount();
      const found = await lib.claims(retrieve(q, await lib.postings([...q.keys()]), n));
      expect(found.map((c) => c.text)).toContain(other[0]);
    })();
  });
});

describe('figures of the same thing', () => {
  it('two sentences that agree on one figure of a kind and give another close one differently do not corroborate', () => {
    expect(compareSentences(
      'The river rose 12 feet at the bridge and 19 feet at the weir, the agency said.',
      'The agency said the river rose 12 feet at the bridge and 22 feet at the weir.',
    ).relation).not.toBe('corroborates');
  });
  it('a figure fused to its noun is a figure of that noun: a "ten-day strike" is no "three-year contract"', () => {
    expect(compareSentences(
      'The labour minister said on Monday that the airline and two unions had reached a tentative agreement that will end a bitter, ten-day strike.',
      'The airline and its unions reached a deal in principle on Monday for a three-year labour agreement, Reuters reported.',
    ).relation).not.toBe('conflicts');
  });
});
