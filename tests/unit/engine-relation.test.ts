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
