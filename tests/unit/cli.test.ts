import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [join(ROOT, 'bin', 'claimlens.mjs'), ...args], { input, encoding: 'utf8', cwd: ROOT, timeout: 60_000 });

describe('claimlens command line', { timeout: 60_000 }, () => {
  it('match --json follows the contract and never cites the page itself', () => {
    const r = run(['match', 'seeds/003_41b868dbc988e1ab.txt', '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.claims.length).toBeGreaterThan(0);
    for (const c of out.claims) {
      expect(['corroborated', 'conflicted', 'mixed']).toContain(c.verdict);
      expect(c.sources.length).toBeGreaterThan(0);
      for (const s of c.sources) {
        expect(Object.keys(s).sort()).toEqual(['articleId', 'independent', 'outlet', 'relation', 'score', 'text', 'title', 'why'].sort());
        expect(s.articleId).not.toBe('003_41b868dbc988e1ab');
      }
    }
  });

  it('match reads an HTML page as the extension does', () => {
    const r = run(['match', 'tests/e2e/fixtures/harbour-gazette.html', '--json']);
    expect(r.status).toBe(0);
    const claims = JSON.parse(r.stdout).claims as Array<{ text: string; verdict: string }>;
    expect(claims.find((c) => c.text.includes('forty minutes'))?.verdict).toBe('conflicted');
  });

  it('compare refuses over-long lines and sentences with the limit named, and answers the rest', () => {
    const long = 'The meeting lasted an hour. '.repeat(400);
    const input = [
      JSON.stringify({ a: 'Obama met Putin.', b: long }),
      'x'.repeat(1_000_000),
      JSON.stringify({ a: 'Obama and Putin met for ninety minutes.', b: 'Obama and Putin met for twenty minutes.' }),
    ].join('\n');
    const r = run(['compare', '--json'], input);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/line 1: "b" is 11,200 characters; sentences over 10,000 are not compared/);
    expect(r.stderr).toMatch(/line 2: 1,000,000 characters, over the 40,000 a line may have/);
  });

  it('compare answers each line, and reports a bad line on stderr without stopping', () => {
    const input = [
      JSON.stringify({ a: 'The meeting lasted more than an hour.', b: 'The meeting lasted twenty minutes.' }),
      '{not json',
      JSON.stringify({ a: 'The meeting lasted more than an hour.', b: 'The meeting lasted ninety minutes.' }),
    ].join('\n');
    const r = run(['compare', '--json'], input);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.relation)).toEqual(['conflicts', 'corroborates']);
    expect(r.stderr.trim()).toBe('claimlens compare: line 2: bad JSON');
  });

  it('gives one clear line and a non-zero exit on bad input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cl-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'bin.html'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
    for (const [file, msg] of [['nope.html', 'no such file'], [join(dir, 'empty.txt'), 'file is empty'], [join(dir, 'bin.html'), 'binary file']]) {
      const r = run(['match', file]);
      expect(r.status).not.toBe(0);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(msg);
    }
  });

  it('reads .html corpus articles with the extension\'s own extractor', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cl-'));
    copyFileSync(join(ROOT, 'tests/e2e/fixtures/harbour-gazette.html'), join(dir, 'harbour.html'));
    const out = join(dir, 'pack.json');
    expect(run(['pack', '--corpus', dir, '-o', out]).status).toBe(0);
    const [article] = JSON.parse(readFileSync(out, 'utf8')).articles;
    expect(article).toMatchObject({ id: 'harbour', outlet: 'Harbour Gazette', published: '2016-09-05' });
    expect(article.claimCount).toBeGreaterThan(5);
  });

  it('pack writes the index pack of a corpus', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cl-')), 'pack.json');
    const r = run(['pack', '--corpus', 'seeds', '-o', out]);
    expect(r.status).toBe(0);
    const pack = JSON.parse(readFileSync(out, 'utf8'));
    expect(pack.format).toBe('claimlens-pack');
    expect(pack.articles.map((a: { outlet: string }) => a.outlet).sort()).toEqual(['CNN', 'World Bulletin', 'Xinhua', 'unnamed outlet', 'unnamed outlet']);
  });
});
