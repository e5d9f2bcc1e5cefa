import { describe, expect, it } from 'vitest';
import { compareSentences } from '../../src/engine';

// General pairs, not from the seed corpus: the engine must work on stories it has never seen.
describe('compareSentences', () => {
  it('corroborates the same fact in other words', () => {
    const r = compareSentences('The company said profits rose in the third quarter.', 'Profits at the company increased in the third quarter, it said.');
    expect(r.relation).toBe('corroborates');
    expect(r.why).toMatch(/same fact/);
  });
  it('conflicts on incompatible numbers for the same quantity, with the numbers in the reason', () => {
    const r = compareSentences('The storm killed 12 people in the coastal town.', 'The storm killed 40 people in the coastal town.');
    expect(r).toMatchObject({ relation: 'conflicts' });
    expect(r.why).toBe('this says 12 people; the source says 40 people');
  });
  it('does not call compatible numbers a conflict', () => {
    expect(compareSentences('The hearing lasted more than an hour.', 'The hearing lasted ninety minutes.').relation).toBe('corroborates');
  });
  it('conflicts on negation of the same predicate', () => {
    expect(compareSentences('The union and the airline reached an agreement on pay.', 'The union and the airline failed to reach an agreement on pay.').relation).toBe('conflicts');
  });
  it('conflicts when the same quote is given to someone else', () => {
    const r = compareSentences('"We will not raise taxes this year," Smith said.', '"We will not raise taxes this year," Johnson said.');
    expect(r.relation).toBe('conflicts');
    expect(r.why).toMatch(/attributed to Johnson, not Smith/);
  });
  it('keeps claims about another year apart', () => {
    expect(compareSentences('In 2015 the summit lasted two days.', 'In 2016 the summit lasted three days.').relation).toBe('unrelated');
  });
  it('leaves different facts about the same people unrelated', () => {
    expect(compareSentences('Smith met Johnson in Paris on Monday.', 'Smith criticised the budget plan in a radio interview.').relation).toBe('unrelated');
  });
});

describe('clause roles: polarity, mood and assertion belong to the predicate', () => {
  const rel = (a: string, b: string) => compareSentences(a, b);
  it('scopes a negation to the phrase its head governs, not the whole sentence', () => {
    expect(rel("Talks fail to produce a deal at the summit's sideline meeting.", "The two leaders met on the summit's sidelines.").relation).not.toBe('conflicts');
    expect(rel('They have not given up on talks.', 'Talks continue, given the deep mistrust between the two.').relation).not.toBe('conflicts');
  });
  it('reads negative verbs as negation, and two negative reports agree', () => {
    expect(rel('The spokesman would not comment.', 'The spokesman declined to comment.').relation).toBe('corroborates');
    expect(rel('The two sides were unsuccessful in their attempt to reach a deal on Syria.', 'The two sides failed to produce an agreement on Syria.').relation).not.toBe('conflicts');
    const r = rel('The two leaders failed to reach a deal on Syria.', 'The two leaders reached a deal on Syria.');
    expect(r.relation).toBe('conflicts');
    expect(r.why).toMatch(/this says ".*failed to reach.*"; the source says ".*reached a deal.*"/);
  });
  it('lets a forecast, hope or question contradict nothing', () => {
    expect(rel('The talks ended without agreement.', 'An agreement could come within days, officials said.').relation).not.toBe('conflicts');
    expect(rel('The talks ended without a deal.', 'We will see whether we can reach a deal.').relation).not.toBe('conflicts');
  });
  it('takes an outlet refuting a report as a conflict with it, a party denying it as neither', () => {
    expect(rel('Reports that the minister resigned on Tuesday are false.', 'The minister resigned on Tuesday.').relation).toBe('conflicts');
    expect(rel('The ministry denied that the minister resigned on Tuesday.', 'The minister resigned on Tuesday.').relation).not.toBe('corroborates');
  });
  it('reads ranges and written precision, and only figures of the same measured thing conflict', () => {
    expect(rel('Growth will be three percent to five percent this year.', 'Growth will be 3 to 5 percent this year.').relation).not.toBe('conflicts');
    expect(rel('After half an hour the two leaders talked alone.', 'The meeting of the two leaders lasted over an hour.').relation).not.toBe('conflicts');
    expect(rel('Japan sales fell 4.5 percent, while Europe sales declined 3.3 percent.', 'Sales in Japan slid 4.5 percent in the quarter.').relation).not.toBe('conflicts');
  });
  it('counts antonyms only on the aligned predicate, never words of time or age', () => {
    expect(rel('Two 20-year-old cadets, both young women, were hurt in the crash.', 'Two teenage girls were hurt in the crash.').relation).not.toBe('conflicts');
    expect(rel("Profit rose in the first quarter, the company said.", 'Profit rose in the last quarter, the company said.').relation).not.toBe('conflicts');
  });
});
