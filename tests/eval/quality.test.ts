import { describe, expect, it } from 'vitest';
import { boilerplateClaims, labels, linkedAnyway, runPairs, scores } from './quality';

// The thresholds are the product's: a linked claim must be right (precision of every label
// >= 0.90), most same-fact pairs must be found, and nothing unrelated may be underlined.
describe('relation quality on the labelled set', () => {
  const rows = runPairs([...labels.seedPairs, ...labels.mutations]);
  const s = scores(rows);
  const misses = rows.filter((r) => r.got !== r.pair.label).map((r) => `${r.pair.label} -> ${r.got}: ${r.pair.note} (${r.why})`);

  it('has the labelled set the issue asks for', () => {
    expect(labels.seedPairs.length).toBeGreaterThanOrEqual(40);
    expect(labels.mutations.length).toBeGreaterThanOrEqual(30);
    expect(labels.unlinked.length).toBeGreaterThanOrEqual(20);
  });

  it('prints precision and recall per relation', () => {
    console.table(Object.fromEntries(Object.entries(s).map(([k, v]) => [k, { precision: v.precision.toFixed(3), recall: v.recall.toFixed(3), n: v.n }])));
    if (misses.length) console.log('misses:\n  ' + misses.join('\n  '));
    expect(rows.length).toBe(labels.seedPairs.length + labels.mutations.length);
  });

  it('finds corroborations (recall >= 0.85)', () => expect(s.corroborates.recall).toBeGreaterThanOrEqual(0.85));
  it('finds conflicts (recall >= 0.75)', () => expect(s.conflicts.recall).toBeGreaterThanOrEqual(0.75));
  it('is precise on every label (>= 0.90)', () => {
    expect(s.corroborates.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.conflicts.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.unrelated.precision).toBeGreaterThanOrEqual(0.9);
  });
  it('links none of the on-topic sentences no seed reports', async () => expect(await linkedAnyway(labels.unlinked)).toEqual([]));
  it('never takes boilerplate for a claim, nor links it', async () => {
    expect(boilerplateClaims()).toEqual([]);
    expect(await linkedAnyway(labels.boilerplate)).toEqual([]);
  });
});
