import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import { antonymsOf, baseOf, lexicon, synonymsOf } from '../../src/engine/data/lexicon';
import { STOP_WORDS } from '../../src/engine/text/stopwords';

// Pairs of plain English words, written as words and stemmed here, so the test checks the
// table the way the engine reads it (Porter stems).
const SYNONYMS: Array<[string, string]> = [
  ['deal', 'agreement'],
  ['talks', 'negotiations'],
  ['agree', 'agreement'],
  ['buy', 'purchase'],
  ['ban', 'prohibit'],
  ['allow', 'permit'],
  ['huge', 'vast'],
  ['big', 'large'],
  ['wrong', 'incorrect'],
  ['start', 'commence'],
  ['close', 'shut'],
  ['war', 'warfare'],
  ['storm', 'tempest'],
  ['team', 'squad'],
  ['vote', 'ballot'],
];

const ANTONYMS: Array<[string, string]> = [
  ['agree', 'disagree'],
  ['succeed', 'fail'],
  ['win', 'lose'],
  ['rise', 'fall'],
  ['increase', 'decrease'],
  ['accept', 'reject'],
  ['longer', 'shorter'],
  ['long', 'short'],
  ['buy', 'sell'],
  ['open', 'close'],
  ['true', 'false'],
  ['right', 'wrong'],
  ['strong', 'weak'],
  ['hot', 'cold'],
  ['high', 'low'],
  ['good', 'bad'],
  ['war', 'peace'],
  ['begin', 'end'],
  ['success', 'failure'],
  ['private', 'public'],
  ['include', 'exclude'],
  ['huge', 'small'], // through the satellite "huge" & "large"
  ['attack', 'defend'],
];

const BASES: Array<[string, string]> = [
  ['met', 'meet'],
  ['held', 'hold'],
  ['spoke', 'speak'],
  ['told', 'tell'],
  ['better', 'good'],
  ['won', 'win'],
  ['fell', 'fall'],
  ['rose', 'rise'],
  ['bought', 'buy'],
  ['thought', 'think'],
  ['men', 'man'],
  ['children', 'child'],
];

describe('lexicon (WordNet, pruned)', () => {
  it.each(SYNONYMS)('%s ~ %s', (a, b) => {
    expect(synonymsOf(stemmer(a))).toContain(stemmer(b));
    expect(synonymsOf(stemmer(b))).toContain(stemmer(a));
  });

  it.each(ANTONYMS)('%s vs %s', (a, b) => {
    expect(antonymsOf(stemmer(a))).toContain(stemmer(b));
    expect(antonymsOf(stemmer(b))).toContain(stemmer(a));
  });

  it.each(BASES)('%s -> %s', (form, base) => {
    expect(baseOf(stemmer(form))).toBe(stemmer(base));
  });

  it('leaves unknown stems alone and never reads Object.prototype', () => {
    expect(baseOf('summit')).toBe('summit');
    expect(synonymsOf('constructor')).toEqual([]);
    expect(antonymsOf('__proto__')).toEqual([]);
    expect(baseOf('toString')).toBe('toString');
  });

  it('is symmetric and never relates a stem to itself', () => {
    for (const field of ['syn', 'ant'] as const) {
      const table = lexicon[field];
      for (const [a, list] of Object.entries(table)) {
        expect(list.length).toBeGreaterThan(0);
        expect(new Set(list).size).toBe(list.length);
        for (const b of list) {
          expect(b).not.toBe(a);
          expect(table[b], `${field}: ${b} lists ${a}`).toContain(a);
        }
      }
    }
  });

  it('keeps antonyms out of the synonym lists', () => {
    for (const [a, list] of Object.entries(lexicon.ant)) {
      const syn = new Set(synonymsOf(a));
      for (const b of list) expect(syn.has(b), `${a} / ${b}`).toBe(false);
    }
  });

  it('leaves out antonyms that only a Porter-stem collision or a rare sense would give', () => {
    // "positions"/"positive" share a stem, "business"/"busy" too, and "even" is mostly an adverb.
    expect(antonymsOf(stemmer('positions'))).not.toContain(stemmer('negative'));
    expect(antonymsOf(stemmer('odds'))).not.toContain(stemmer('even'));
    expect(antonymsOf(stemmer('objectives'))).not.toContain(stemmer('subjective'));
    // "minute" (tiny) is mostly a unit of time: no clash with "big".
    expect(antonymsOf(stemmer('minutes'))).not.toContain(stemmer('big'));
  });

  it('holds no stop words and no short stems', () => {
    const stopStems = new Set([...STOP_WORDS].map((w) => stemmer(w)));
    const all = [
      ...Object.entries(lexicon.syn).flat(2),
      ...Object.entries(lexicon.ant).flat(2),
      ...Object.entries(lexicon.base).flat(),
    ];
    for (const s of all) {
      expect(STOP_WORDS.has(s), s).toBe(false);
      expect(stopStems.has(s), s).toBe(false);
      expect(s).toMatch(/^[a-z]{3,}$/);
    }
  });

  it('stays small, but not empty', () => {
    const bytes = JSON.stringify(lexicon).length;
    expect(bytes).toBeLessThan(1_000_000);
    expect(Object.keys(lexicon.syn).length).toBeGreaterThan(1000);
    expect(Object.keys(lexicon.ant).length).toBeGreaterThan(500);
    expect(Object.keys(lexicon.base).length).toBeGreaterThan(100);
    expect(lexicon.version).toBe(1);
  });

  it('maps irregular forms to base stems that are not themselves mapped', () => {
    for (const [form, base] of Object.entries(lexicon.base)) {
      expect(base).not.toBe(form);
      expect(Object.hasOwn(lexicon.base, base), `${form} -> ${base}`).toBe(false);
      // The engine maps stems through baseOf before lookups, so an inflected stem is never a key.
      expect(Object.hasOwn(lexicon.syn, form)).toBe(false);
    }
  });
});
