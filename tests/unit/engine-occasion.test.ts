/** Stages of a series (src/engine/claims/occasion.ts): the first round and the runoff, the first and
 *  the second quarter are two events, though they share names, places and words. */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/engine';
import { featuresInContext } from '../../src/engine/claims/context';
import { articleOccasions, occasionsIn } from '../../src/engine/claims/occasion';
import { relate } from '../../src/engine/relate/relation';

describe('occasionsIn', () => {
  it('names the stage a sentence reports', () => {
    expect(occasionsIn('Smith came first in the first round with 24 percent.')).toEqual(['round:1']);
    expect(occasionsIn('Smith won Sunday\'s run-off against Jones.')).toEqual(['round:2']);
    expect(occasionsIn('Revenue in the second quarter rose 40 percent; Q1 revenue was lower.')).toEqual(['quarter:1', 'quarter:2']);
  });
  it('does not take a stage still to come for the one reported', () => {
    expect(occasionsIn('Smith and Jones will face each other in a runoff on May 7.')).toEqual([]);
    expect(occasionsIn('Smith and Jones head for a run-off')).toEqual([]);
    expect(occasionsIn('The company aims to build 50,000 cars in the third quarter.')).toEqual([]);
  });
});

describe('articleOccasions', () => {
  it('takes the stage its headline and lead name, though the rest names the next stage more', () => {
    const claims = featuresInContext([
      'Smith and Jones head for run-off',
      'Smith won Sunday\'s first round by 17 points but fell short of a majority.',
      'The runoff will be held on Oct. 28.',
      'Polls show Smith ahead in the runoff.',
      'Jones hopes to win the runoff with the backing of other candidates.',
    ]);
    expect(articleOccasions(claims)).toEqual(['round:1']);
  });
});

describe('relations across stages', () => {
  const article = (id: string, published: string, text: string) => analyzeArticle({ id, outlet: id, title: id, published, text });
  const first = article('first', '2018-10-08', 'Smith and Jones head for run-off\n\nRIO DE JANEIRO – Smith, the far-right candidate, won Sunday\'s first round of the presidential election by 17 points. He fell short of the majority needed to win outright. Jones came second.');
  const runoff = article('runoff', '2018-10-28', 'Smith wins presidential election\n\nSmith won the runoff of the presidential election on Sunday, beating Jones. Smith, the far-right candidate, will take office in January. Jones conceded.');
  const claim = (a: ReturnType<typeof article>, starts: string) => a.claims.find((c) => c.text.startsWith(starts))!;

  it('a report of the first round neither confirms nor contradicts one of the runoff', () => {
    const a = claim(runoff, 'Smith won the runoff');
    const b = claim(first, 'RIO DE JANEIRO');
    const r = relate({ text: a.text, features: a.features, event: runoff.record.event }, { text: b.text, features: b.features, event: first.record.event });
    expect(r.relation).toBe('unrelated');
    expect(r.why).toMatch(/another stage/);
  });
  it('a sentence that names its stage is about it, whatever its article\'s stage', () => {
    const [fa, fb] = featuresInContext(['Jones came second in the first round with 29 percent.', 'In the first round, Jones came second with 29 percent.']);
    const r = relate({ text: 'Jones came second in the first round with 29 percent.', features: fa, event: runoff.record.event }, { text: 'In the first round, Jones came second with 29 percent.', features: fb, event: first.record.event });
    expect(r.relation).toBe('corroborates');
  });
});
