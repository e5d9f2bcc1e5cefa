import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/engine';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps abbreviations, initials and dotted acronyms inside a sentence', () => {
    expect(texts('Mr. Putin met U.S. President Obama on Sept. 5 in Hangzhou. It can be said that Russia-U.S. efforts improved.')).toEqual([
      'Mr. Putin met U.S. President Obama on Sept. 5 in Hangzhou.',
      'It can be said that Russia-U.S. efforts improved.',
    ]);
  });
  it('ends a sentence after a dotted acronym when a sentence starter follows', () => {
    expect(texts('The talks were held in the U.S. The next round is in Geneva.')).toHaveLength(2);
  });
  it('splits after closing quotes and keeps a quote-final full stop with its sentence', () => {
    expect(texts('Obama called it "constructive." He left. "But given the gaps of trust, that\'s a tough negotiation".')).toEqual([
      'Obama called it "constructive."',
      'He left.',
      '"But given the gaps of trust, that\'s a tough negotiation".',
    ]);
  });
  it('treats every line as its own sentence (headlines and bylines have no full stop)', () => {
    expect(texts('Obama, Putin hold talks at G20\n\nWorld Bulletin / News Desk\nThe pair met for 20 minutes.')).toEqual([
      'Obama, Putin hold talks at G20',
      'World Bulletin / News Desk',
      'The pair met for 20 minutes.',
    ]);
  });
  it('gives offsets into the original text', () => {
    const text = 'First line here.\n\n  Second one.  Third one!';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('keeps a bullet-separated link list as one piece', () => {
    expect(texts('Xi urges trust • Only 50 refugees relocated • Merkel unhappy. With outcome')).toHaveLength(1);
  });
});
