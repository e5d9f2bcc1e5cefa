import { describe, expect, it } from 'vitest';
import { featuresInContext } from '../../src/engine/claims/context';

describe('claim features', () => {
  it('normalises aliases and surnames to shared entity keys', () => {
    const [a, b] = featuresInContext([
      'U.S. President Barack Obama met Russian President Vladimir Putin.',
      'Obama and Putin of the Russian Federation met the USA delegation.',
    ]);
    expect(a.entities).toEqual(expect.arrayContaining(['united states', 'obama', 'russia', 'putin']));
    expect(b.entities).toEqual(expect.arrayContaining(['united states', 'obama', 'russia', 'putin']));
  });
  it('attributes quotes to the named speaker, "he" to the last person, and a bare quote to the last speaker', () => {
    const f = featuresInContext([
      'Putin later told reporters an agreement could be reached.',
      '"But given the gaps of trust that exist, that\'s a tough negotiation".',
      'Meanwhile, Obama called the meeting "constructive" but not "conclusive."',
      'However, he said that given the gaps of trust that exist, that\'s a tough negotiation.',
    ]);
    expect(f[0].speech[0].speaker).toBe('putin');
    expect(f[1].speech[0].speaker).toBe('putin');
    expect(f[2].speech[0].speaker).toBe('obama');
    expect(f[3].speech[0].speaker).toBe('obama');
  });
  it('scopes negation to the clause it is in', () => {
    const [f] = featuresInContext(['Obama called the meeting "constructive" but not "conclusive."']);
    expect(f.negated).toContain('conclus');
    expect(f.negated).not.toContain('construct');
    const [g] = featuresInContext(['Obama and Putin failed to agree on Syria']);
    expect(g.negated).toContain('agre');
  });
  it('records weekdays and years', () => {
    const [f] = featuresInContext(['They met on Monday, September 5, 2016.']);
    expect(f.weekdays).toEqual([1]);
    expect(f.years).toEqual([2016]);
  });
});

describe('entity keys', () => {
  it('keeps company names whole instead of merging them on a common last word', () => {
    const [f] = featuresInContext(['Oritaltor Motors said sales rose, and Ford Motors agreed.']);
    expect(f.entities).toEqual(['oritaltor motors', 'ford motors']);
  });
});
