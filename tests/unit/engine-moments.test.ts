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
