import { describe, expect, it } from 'vitest';
import { compareSentences } from '../../src/engine';
import { certaintyOf, otherOutcome, scoresOf, verdictOf } from '../../src/engine/relate/outcomes';

describe('outcomes: scores and verdicts', () => {
  it('reads match scores, either way round, and not ranges or seasons', () => {
    expect(scoresOf('The match ended in a 2-1 win for the home side.')).toEqual(['1-2']);
    expect(scoresOf('They lost 1–2 in the final.')).toEqual(['1-2']);
    expect(scoresOf('Inflation should be 3-5 percent next year.')).toEqual([]);
    expect(scoresOf('Prices rose 3-5 percent after the final.')).toEqual([]);
  });

  it('reads verdicts, and takes a plea for none', () => {
    expect(verdictOf('The jury found the former executive guilty of fraud.')).toBe('convicted');
    expect(verdictOf('The jury acquitted the former executive of fraud.')).toBe('acquitted');
    expect(verdictOf('He was found not guilty on all counts.')).toBe('acquitted');
    expect(verdictOf('He pleaded not guilty to all charges.')).toBeUndefined();
    expect(verdictOf('She was acquitted of murder but found guilty of manslaughter.')).toBeUndefined();
  });

  it('sets different outcomes apart: neither corroborated nor called a conflict', () => {
    expect(otherOutcome('The match ended in a 2-1 win for the home side.', 'The match ended 3-1 to the home side.')).toMatch(/another score/);
    expect(otherOutcome('The match ended in a 2-1 win.', 'The home side won 1-2... no, 2-1.')).toBeUndefined();
    expect(compareSentences('The match ended in a 2-1 win for the home side.', 'The match ended 3-1 to the home side.').relation).toBe('unrelated');
    expect(compareSentences('The jury found the former executive guilty of fraud.', 'The jury acquitted the former executive of fraud.').relation).toBe('unrelated');
    expect(compareSentences('The jury found the former executive guilty of fraud on Monday.', 'On Monday a jury convicted the former executive of fraud.').relation).not.toBe('conflicts');
  });
});

describe('outcomes: how sure a finding is', () => {
  it('grades possible, probable and definite, and not "unlikely", "impossible" or "certain people"', () => {
    expect(certaintyOf('Investigators named a possible cause of the fire.')).toEqual(['possible']);
    expect(certaintyOf('The board said the probable cause was pilot error.')).toEqual(['probable']);
    expect(certaintyOf('The drug is likely to be approved.')).toEqual(['probable']);
    expect(certaintyOf('A deal is unlikely this week.')).toEqual([]);
    expect(certaintyOf('It was impossible to reach the village; certain people stayed.')).toEqual([]);
  });
  it('a finding graded "possible" by one outlet and "probable" by another is not corroborated', () => {
    expect(compareSentences(
      'The panel classed the solvent as a possible cause of cancer in humans.',
      'The panel classed the solvent as a probable cause of cancer in humans.',
    ).relation).toBe('unrelated');
    expect(compareSentences(
      'Health officials counted 14 probable cases of the disease in the county.',
      'Health officials said the county had 14 probable cases of the disease.',
    ).relation).toBe('corroborates');
  });
});
