import { describe, expect, it } from 'vitest';
import { compareSentences } from '../../src/engine';
import { otherOutcome, scoresOf, verdictOf } from '../../src/engine/relate/outcomes';

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
