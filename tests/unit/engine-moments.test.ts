import { describe, expect, it } from 'vitest';
import { momentsOf, otherMoment } from '../../src/engine/relate/moments';

const other = (a: string, b: string) => otherMoment(momentsOf(a), momentsOf(b));

describe('moments a sentence names', () => {
  it('tells sentences about different months, quarters, sessions and parts of a day', () => {
    expect(other('Unemployment fell to 3.9 percent in March.', 'Unemployment rose to 4.1 percent in April.')).toBe('march / april');
    expect(other('Sales grew 8 percent in the first quarter.', 'Sales grew 5 percent in the last quarter of the year.')).toBe('1 / last');
    expect(other('Shares opened 2 percent higher.', 'Shares closed 3 percent lower.')).toBe('open / close');
    expect(other('Shares rose on Monday morning.', 'Shares fell on Monday afternoon.')).toBe('morning / afternoon');
    expect(other('Revenue rose in Q3.', 'Revenue fell in the fourth quarter.')).toBe('3 / 4');
  });

  it('finds no other moment when one side names none, or they share one', () => {
    expect(other('The meeting lasted forty minutes.', 'The meeting on Monday lasted two hours.')).toBeUndefined();
    expect(other('They met on Monday, September 5.', 'The Monday meeting lasted an hour.')).toBeUndefined();
    expect(other('Profit rose in the third quarter of 2016.', 'Third-quarter profit climbed in 2016.')).toBeUndefined();
  });

  it('does not take the verb "may" or "mar" for a month', () => {
    expect(momentsOf('The deal may come in June.').get('month')).toEqual(new Set(['june']));
    expect(momentsOf('Protests may mar the summit.').get('month')).toBeUndefined();
    expect(momentsOf('The vote was held in May.').get('month')).toEqual(new Set(['may']));
    expect(momentsOf('It opened on May 5.').get('month')).toEqual(new Set(['may']));
  });
});

describe('figures of other times or other people are other facts', () => {
  it("does not link a month's figure with another month's, nor opening with closing prices", async () => {
    const { compareSentences } = await import('../../src/engine');
    expect(compareSentences('Unemployment fell to 3.9 percent in March.', 'Unemployment rose to 4.1 percent in April.').relation).toBe('unrelated');
    expect(compareSentences('Shares opened 2 percent higher on Monday.', 'Shares closed 3 percent lower on Monday.').relation).toBe('unrelated');
    expect(compareSentences('Sales grew 8 percent in the first quarter.', 'Sales grew 5 percent in the last quarter of the year.').relation).toBe('unrelated');
  });

  it('does not link the dead with the injured, but knows "none survived" is a death toll', async () => {
    const { compareSentences } = await import('../../src/engine');
    const { fatesOf } = await import('../../src/engine/relate/casualties');
    expect(compareSentences('Three people were killed in the crash on the motorway.', 'Three people were injured in the crash on the motorway.').relation).toBe('unrelated');
    expect([...fatesOf('None of the 149 passengers and eight crew survived the crash.')]).toEqual(['dead']);
    expect([...fatesOf('There were no survivors among the 157 people aboard.')]).toEqual(['dead']);
    expect(compareSentences('All 157 people on board were killed.', 'None of the 157 people on board survived.').relation).not.toBe('conflicts');
  });
});
