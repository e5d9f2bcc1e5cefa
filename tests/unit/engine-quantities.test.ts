import { describe, expect, it } from 'vitest';
import { compatible, confirms, extractQuantities } from '../../src/engine/claims/quantities';
import { tokenize } from '../../src/engine/text/tokens';

const q = (text: string) => extractQuantities(text, tokenize(text));
const range = (text: string) => {
  const [x] = q(text);
  return x && [x.dim, Math.round(x.lo * 100) / 100, x.hi === Infinity ? 'inf' : Math.round(x.hi * 100) / 100];
};

describe('quantities as ranges', () => {
  it('normalises durations with comparators to minutes', () => {
    expect(range('The meeting lasted more than an hour.')).toEqual(['duration', 60, 'inf']);
    expect(range('They talked for ninety minutes.')).toEqual(['duration', 89.55, 90.45]);
    expect(range('It lasted about 35 minutes.')).toEqual(['duration', 29.75, 40.25]);
    expect(range('It took less than half an hour.')).toEqual(['duration', 0, 30]);
    expect(range('They met for twenty-five minutes.')).toEqual(['duration', 24.55, 25.45]);
  });
  it('reads "and a half" as half a unit more, never as a range ending at one half', () => {
    const around = (text: string, mid: number) => {
      const [x] = q(text);
      expect(x?.dim, text).toBe('duration');
      expect(x.lo, text).toBeLessThanOrEqual(mid);
      expect(x.hi, text).toBeGreaterThanOrEqual(mid);
      expect(x.hi - x.lo, text).toBeLessThan(mid * 0.35); // "about" widens a figure by 15% each way
    };
    around('The meeting lasted an hour and a half.', 90);
    around('The meeting lasted about an hour and a half.', 90);
    around('The flight took two and a half hours.', 150);
    around('He served a year and a half in prison.', 1.5 * 525_600);
    expect(q('The meeting lasted an hour and a half.')[0].surface).toBe('an hour and a half');
  });
  it('reads counts of a noun and percentages', () => {
    expect(q('The assault killed 129 people.')[0]).toMatchObject({ dim: 'count', lo: 128.5 }); // a count in digits is known to the unit
  });
  it('knows a figure to its last written digit, and a range to both ends', () => {
    // "13.58" is not "13.2", but "84" may be a rounded "84.3".
    const [a] = q('Sales came to $13.58 billion.');
    const [b] = q('Sales came to $13.2 billion.');
        expect(a.lo).toBeGreaterThan(b.hi);
    expect(q('Revenue was $84 billion.')[0].hi).toBeGreaterThan(84.3e9);
    expect(q('It rose 3 to 5 percent.')[0]).toMatchObject({ dim: 'percent', lo: 3 * 0.98, hi: 5 * 1.02 });
    expect(q('The train was going 106 miles per hour.')[0]).toMatchObject({ unit: 'mph' });
    expect(q('Turnout rose 12 percent.')[0]).toMatchObject({ dim: 'percent' });
  });
  it('does not take years, dates, ordinals or names for quantities', () => {
    expect(q('On September 5, 2016 the 11th Group of 20 summit met in Hangzhou.')).toEqual([]);
  });
  it('tells compatible from incompatible ranges', () => {
    const [hour] = q('more than an hour');
    const [ninety] = q('ninety minutes');
    const [twenty] = q('20 minutes');
    expect(compatible(hour, ninety)).toBe(true);
    expect(compatible(hour, twenty)).toBe(false);
    expect(compatible(ninety, twenty)).toBe(false);
  });
});

describe('quantities: units of years and look-alike words', () => {
  it('reads decades and years as durations, and does not take "decades" for December', () => {
    const [a] = q('The war lasted about 12 decades.');
    const [b] = q('The war lasted about 28 decades.');
    expect(a).toMatchObject({ dim: 'duration', surface: 'about 12 decades' });
    expect(compatible(a, b)).toBe(false);
  });
});

describe('confirms: a floor of a count', () => {
  const one = (t: string) => q(t)[0];
  it('is confirmed by a count or floor a little above it: "at least five" / "at least seven", "six"', () => {
    expect(confirms(one('At least five people died.'), one('At least seven people died.'))).toBe(true);
    expect(confirms(one('At least five people died.'), one('Six people died.'))).toBe(true);
  });
  it('is not confirmed by a count far above it: a later moment of a rising toll', () => {
    expect(confirms(one('At least 20 people died.'), one('At least 64 people died.'))).toBe(false);
    expect(confirms(one('At least 80 people died.'), one('The toll reached 310 people.'))).toBe(false);
  });
  it('a lower floor never confirms a higher one', () => {
    expect(confirms(one('At least seven people died.'), one('At least five people died.'))).toBe(false);
  });
});

describe('parts of a point', () => {
  it('reads "a quarter of a point", "half a point" and "a quarter point" as percentage points, exactly', () => {
    const [a] = q('The bank raised its rate by a quarter of a point.');
    const [b] = q('The bank raised its rate by half a point.');
    const [c] = q('The bank raised its rate by a quarter point.');
    expect(a).toMatchObject({ dim: 'percent-points', surface: 'a quarter of a point' });
    expect(b).toMatchObject({ dim: 'percent-points' });
    expect(compatible(a, b)).toBe(false);
    expect(compatible(a, c)).toBe(true);
    expect(compatible(a, q('It moved the rate up 25 basis points.')[0])).toBe(true);
  });
  it('counts whole points as points ("scored 30 points")', () => {
    expect(q('She scored 30 points in the final.')[0]).toMatchObject({ dim: 'count' });
  });
});
