/**
 * Highlights on news pages built from seed articles (CNN's and Xinhua's): marks, verdicts,
 * accessibility, privacy. CNN's page only has corroborated claims (the seeds' "more than an hour"
 * agrees with its "ninety minutes"); Xinhua's has a conflict (seed 000 puts Obama's "gaps of trust"
 * words right after a Putin sentence).
 */
import { describe, expect, it } from 'vitest';
import { openFixture, useExtension, type OpenedArticle } from './setup';
import { isOurs } from './traffic';
import { readMarks, waitForMarks, type MarkInfo } from './page-probe';

const env = useExtension();

describe('highlights on a seed-derived page', () => {
  let opened: OpenedArticle;
  let marks: MarkInfo[];

  it('marks sentences other outlets reported, with verdicts and accessible names', async () => {
    opened = await openFixture(env, 'cnn-syria.html');
    expect(opened.state.status).toBe('ok');
    marks = await waitForMarks(opened.page);
    for (const m of marks) {
      expect(m.claim, 'data-claim').toBeTruthy();
      expect(['corroborated', 'conflicted', 'mixed']).toContain(m.verdict);
      expect(m.tabindex).toBe('0');
      expect(m.label?.trim().length ?? 0, `accessible name of "${m.text}"`).toBeGreaterThan(0);
      expect(m.inArticle, `mark outside the article: "${m.text}"`).toBe(true);
    }
    // The seeds agree with CNN on the failed Kerry-Lavrov talks and on the "constructive" meeting.
    expect(marks.some((m) => m.verdict === 'corroborated')).toBe(true);
  });

  it('marks a conflict where the seeds disagree (who said "gaps of trust")', async () => {
    const xinhua = await openFixture(env, 'xinhua-roundup.html');
    const found = await waitForMarks(xinhua.page);
    const disputed = found.filter((m) => m.verdict === 'conflicted' || m.verdict === 'mixed');
    expect(disputed.map((m) => m.text).join(' ')).toMatch(/gaps of trust/);
    expect(found.some((m) => m.verdict === 'corroborated')).toBe(true);
    const claim = xinhua.state.claims.find((c) => /gaps of trust/.test(c.text));
    expect(claim?.sources.find((s) => s.relation === 'conflicts')?.why).toMatch(/Putin/);
  });

  it('marks exactly the claims the extension reports for the tab, with the same verdicts', async () => {
    const fresh = await readMarks(opened.page);
    const byId = new Map(fresh.map((m) => [m.claim, m.verdict]));
    expect(opened.state.claims.length).toBeGreaterThan(0);
    expect(new Set(byId.keys())).toEqual(new Set(opened.state.claims.map((c) => c.id)));
    for (const claim of opened.state.claims) expect(byId.get(claim.id)).toBe(claim.verdict);
    // The mark's text is the claim's text (a claim may span several marks across inline tags).
    for (const claim of opened.state.claims) {
      const text = fresh.filter((m) => m.claim === claim.id).map((m) => m.text).join('');
      expect(text.replace(/\s+/g, ' ').trim()).toBe(claim.text.replace(/\s+/g, ' ').trim());
    }
  });

  it('does not mark boilerplate or the page chrome', async () => {
    const texts = (await readMarks(opened.page)).map((m) => m.text).join(' | ');
    expect(texts).not.toMatch(/7695 views|Print:|About us|Privacy/);
  });

  it('made no request off the machine and threw no errors', () => {
    expect(env.session.traffic.offsite()).toEqual([]);
    expect(env.session.traffic.errors.filter(isOurs)).toEqual([]);
    expect(env.session.traffic.errors.filter((e) => e.kind === 'pageerror')).toEqual([]);
  });
});
