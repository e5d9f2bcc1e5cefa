/**
 * The real-news set (FORMAT.md): its shape, and the engine's quality on each half. The issue's
 * targets (precision >= 0.90 on the test half) are not met yet; the floors below are the measured
 * level, so a change that makes the engine worse fails here. `npx tsx tests/eval/real/eval.ts`
 * prints the full table.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { splits, STORIES, storyArticles, storyPairs, storySlugs } from './corpus';
import { scoreHalf, type HalfScore } from './score';

const KINDS = ['negation-scope', 'negative-verb', 'modality', 'reported', 'numbers', 'antonym', 'event', 'topic', 'quoting', 'paraphrase', 'disagreement'];

describe('the real-news set', () => {
  const slugs = storySlugs();
  const pairs = slugs.flatMap(storyPairs);

  it('has at least 10 stories of at least 4 outlets, split by story into dev and test', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(10);
    for (const s of slugs) expect(new Set(storyArticles(s).filter((a) => a.event === 'main').map((a) => a.outlet)).size).toBeGreaterThanOrEqual(4);
    const { dev, test } = splits();
    expect([...dev, ...test].sort()).toEqual(slugs);
    expect(dev.filter((s) => test.includes(s))).toEqual([]);
  });

  it('has at least 400 labelled pairs, each kind at least 15 times, every sentence found in its article', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(400);
    for (const k of KINDS) expect(pairs.filter((p) => p.kinds?.includes(k)).length, k).toBeGreaterThanOrEqual(15);
    for (const p of pairs) {
      for (const ref of [p.a, p.b]) {
        const path = join(STORIES, p.story, ref.file);
        expect(existsSync(path), path).toBe(true);
        expect(readFileSync(path, 'utf8').includes(ref.text), `${p.story}/${ref.file}: ${ref.text}`).toBe(true);
      }
    }
  });
});

describe('engine quality on the real-news set', () => {
  const halves: Record<string, HalfScore> = {};
  beforeAll(async () => {
    for (const h of ['dev', 'test'] as const) halves[h] = await scoreHalf(splits()[h]);
    for (const [h, s] of Object.entries(halves)) {
      console.log(h, JSON.stringify({ ...s.perRelation, sameFactRecall: s.sameFactRecall, unlabelled: s.unlabelled.length }));
    }
  }, 600_000);

  // Floors a little under the level measured on 2026-11-30 with engine v11 (docs/ARCHITECTURE.md:
  // dev 0.89 on 23 stories, test 0.89 on 13; links across stories counted as wrong unless a label
  // names both), below the targets.
  it('keeps corroborations at least as precise as measured (dev >= 0.88, test >= 0.87)', () => {
    expect(halves.dev.perRelation.corroborates.precision).toBeGreaterThanOrEqual(0.88);
    expect(halves.test.perRelation.corroborates.precision).toBeGreaterThanOrEqual(0.87);
  });

  it('calls few conflicts: at most 1 in 30 labelled pairs is called a conflict', () => {
    for (const s of Object.values(halves)) expect(s.perRelation.conflicts.said).toBeLessThanOrEqual(s.pairs / 30);
  });

  it('leaves few of its links unlabelled (the labels cover what the engine does)', () => {
    for (const s of Object.values(halves)) expect(s.unlabelled.length).toBeLessThanOrEqual(20);
  });

  // Engine v5 traded recall for precision (a wrong "corroborated" is worse than a missed link):
  // same-fact recall went from 0.43 / 0.32 to 0.35 / 0.25 (dev of 18 stories / test of 6). On the
  // 28 stories of the fifth round, v9 measures 0.35 / 0.36; v10, with the stricter rarity check,
  // 0.31 on dev and 0.28 on the 10 test stories (docs/ARCHITECTURE.md).
  it('links at least 26% of the same-fact pairs', () => {
    for (const s of Object.values(halves)) expect(s.sameFactRecall).toBeGreaterThanOrEqual(0.26);
  });
});
