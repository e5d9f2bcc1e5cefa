import { ANALYSIS_VERSION } from '../../src/store/analysis-version';
/** Background jobs: chunked import with per-article validation, resume after a stop, cancel, chunked delete, re-analysis. */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { indexTerms, matchPage, splitSentences } from '../../src/engine';
import type { ArticleInput } from '../../src/engine/types';
import type { ImportItem } from '../../src/messaging/protocol';
import { validateBackgroundRequest, LIMITS } from '../../src/messaging/validate';
import { allClaims } from '../../src/store/codec';
import type { LibraryDb } from '../../src/store/db';
import { IdbLibrary } from '../../src/store/idb-library';
import { JobRunner } from '../../src/store/jobs';

const IMPORT_CHUNK = 40;
import { LibraryRepo } from '../../src/store/library-repo';
import { allPostings } from '../../src/store/postings';
import { generateLibrary } from '../bench/generate';
import { freshDb } from './store-fixtures';

const library = generateLibrary(130);

/** Items as the library page sends them, through the real validator (each article checked alone). */
function validated(articles: unknown[], from = 0): ImportItem[] {
  const checked = validateBackgroundRequest({ type: 'library.import.items', job: 'j', items: articles.map((article, i) => ({ position: from + i, article })) });
  if (!checked.ok) throw new Error(checked.error);
  return (checked.msg as unknown as { items: ImportItem[] }).items;
}

async function importAll(runner: JobRunner, articles: unknown[]): Promise<string> {
  const { id } = await runner.beginImport(articles.length);
  await runner.receive(id, validated(articles));
  await runner.start(id);
  await runner.idle();
  return id;
}

async function storedIds(db: LibraryDb): Promise<string[]> {
  return (await db.getAllKeys('articles')).sort();
}

describe('import job', () => {
  it('skips one oversized article by name and file position; its chunk-mates go in', async () => {
    const db = await freshDb();
    const runner = new JobRunner(async () => db, { importChunk: IMPORT_CHUNK });
    const good = library.slice(0, 50);
    const huge: ArticleInput = { ...library[60], title: 'The oversized one', text: 'word '.repeat(LIMITS.articleChars / 4) };
    const file = [...good.slice(0, 37), huge, ...good.slice(37)];
    await importAll(runner, file);
    const { last } = await runner.status();
    expect(last).toMatchObject({ kind: 'import', state: 'done', total: 51, done: 51, added: 50 });
    expect(last!.skipped).toEqual([{ title: 'The oversized one', position: 37, reason: `article.text is longer than ${LIMITS.articleChars} characters` }]);
    expect(await storedIds(db)).toEqual(good.map((a) => a.id).sort());
  });

  it('skips articles the engine refuses and duplicates inside the file, each by position', async () => {
    const db = await freshDb();
    const runner = new JobRunner(async () => db, { importChunk: IMPORT_CHUNK });
    const file = [library[0], { ...library[1], title: 'Too short', text: 'Just one short line here.' }, library[2], { ...library[0], id: 'copy', title: 'Copy' }];
    await importAll(runner, file);
    const { last } = await runner.status();
    expect(last!.added).toBe(2);
    expect(last!.skipped.map((s) => [s.position, s.title])).toEqual([[1, 'Too short'], [3, 'Copy']]);
    expect(last!.skipped[0].reason).toMatch(/too short/);
    expect(last!.skipped[1].reason).toMatch(/already in your library/);
  });

  it('resumes after the worker stops between chunks: nothing partial, nothing twice, counts = stored', async () => {
    const db = await freshDb();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let chunks = 0;
    // The first worker "dies" after two chunks: its loop ends there, as a stopped worker's would.
    const first = new JobRunner(async () => db, { importChunk: IMPORT_CHUNK,
      afterChunk: () => {
        if (++chunks === 2) throw new Error('worker stopped');
      },
    });
    const file = library.slice(0, 120);
    const { id } = await first.beginImport(file.length);
    await first.receive(id, validated(file));
    await first.start(id);
    await first.idle();
    const midway = (await first.status()).active!;
    expect(midway.done).toBe(2 * IMPORT_CHUNK);
    expect(midway.added).toBe((await storedIds(db)).length);
    quiet.mockRestore();
    // A new worker starts and resumes the job where the stored state says it is.
    const second = new JobRunner(async () => db, { importChunk: IMPORT_CHUNK });
    await second.resume();
    await second.idle();
    const { last, active } = await second.status();
    expect(active).toBeUndefined();
    expect(last).toMatchObject({ state: 'done', total: 120, done: 120, added: 120, skipped: [] });
    expect(last!.resumed).toBeDefined();
    expect(await storedIds(db)).toEqual(file.map((a) => a.id).sort());
    expect(await db.count('pending')).toBe(0);
    // Every claim once, and the index holds each exactly once.
    const claims = await allClaims(db);
    expect(new Set(claims.map((c) => c.key)).size).toBe(claims.length);
    // The index holds each claim under each of its terms, exactly once (term rows carried between chunks included).
    const expected = new Map<string, number[]>();
    for (const c of claims) for (const t of indexTerms(c.features)) expected.set(t, [...(expected.get(t) ?? []), c.key]);
    expect(await allPostings(db)).toEqual(expected);
    expect((await db.get('meta', 'claimCount'))?.value).toBe(claims.length);
  });

  it('cancel keeps what finished and drops the rest', async () => {
    const db = await freshDb();
    let jobId = '';
    const runner: JobRunner = new JobRunner(async () => db, { importChunk: IMPORT_CHUNK, afterChunk: async () => void (await runner.cancel(jobId)) });
    const file = library.slice(0, 100);
    jobId = (await runner.beginImport(file.length)).id;
    await runner.receive(jobId, validated(file));
    await runner.start(jobId);
    await runner.idle();
    const { last } = await runner.status();
    expect(last).toMatchObject({ state: 'cancelled', done: IMPORT_CHUNK, added: IMPORT_CHUNK });
    expect((await storedIds(db)).length).toBe(IMPORT_CHUNK);
    expect(await db.count('pending')).toBe(0);
  });

  it('refuses a second job while one runs, and reports progress with the time left', async () => {
    let clock = 1_000_000;
    const db = await freshDb();
    let seen: Awaited<ReturnType<JobRunner['status']>> | undefined;
    const runner: JobRunner = new JobRunner(async () => db, { importChunk: IMPORT_CHUNK,
      now: () => (clock += 500),
      afterChunk: async () => void (seen ??= await runner.status()),
    });
    const { id } = await runner.beginImport(100);
    await expect(runner.beginDelete()).rejects.toThrow(/another library operation/);
    await runner.receive(id, validated(library.slice(0, 100)));
    await runner.start(id);
    await runner.idle();
    expect(seen!.active).toMatchObject({ state: 'running', done: IMPORT_CHUNK, total: 100 });
    expect(seen!.active!.secondsLeft).toBeGreaterThan(0);
  });
});

describe('delete job', () => {
  it('deletes everything in chunks; the index ends empty', async () => {
    const db = await freshDb();
    const runner = new JobRunner(async () => db, { importChunk: IMPORT_CHUNK });
    await importAll(runner, library.slice(0, 130));
    let chunks = 0;
    const deleting = new JobRunner(async () => db, { importChunk: IMPORT_CHUNK, afterChunk: () => void chunks++ });
    await deleting.beginDelete();
    await deleting.idle();
    expect(chunks).toBe(2);
    expect((await deleting.status()).last).toMatchObject({ kind: 'delete', state: 'done', total: 130, done: 130, added: 130 });
    expect(await new LibraryRepo(db).counts()).toEqual({ articles: 0, claims: 0, terms: 0 });
    expect(await db.count('postings')).toBe(0);
    expect(await db.count('texts')).toBe(0);
  });

  it('a partial delete leaves exactly the others indexed', async () => {
    const db = await freshDb();
    const runner = new JobRunner(async () => db, { importChunk: IMPORT_CHUNK });
    await importAll(runner, library.slice(0, 60));
    const gone = library.slice(10, 45).map((a) => a.id);
    await runner.beginDelete([...gone, 'not-there']);
    await runner.idle();
    const claims = await allClaims(db);
    expect(claims.some((c) => gone.includes(c.articleId))).toBe(false);
    const expected = new Map<string, number[]>();
    for (const c of claims.sort((a, b) => a.key - b.key)) for (const t of indexTerms(c.features)) expected.set(t, [...(expected.get(t) ?? []), c.key]);
    expect(await allPostings(db)).toEqual(expected);
    expect((await runner.status()).last).toMatchObject({ total: 36, added: 35 });
  });
});

describe('re-analysis job', () => {
  it('re-analyses every article from its text when the analysis version changed, keeping ids and answers', async () => {
    const db = await freshDb();
    const runner = new JobRunner(async () => db, { importChunk: IMPORT_CHUNK });
    await importAll(runner, library.slice(0, 45));
    const page = library[9];
    const sentences = splitSentences(page.text).map((s, i) => ({ id: `s${i}`, text: s.text }));
    const before = await matchPage(sentences, {}, new IdbLibrary(db));
    const keysBefore = (await allClaims(db)).map((c) => c.key);
    expect(await runner.ensureAnalysis(ANALYSIS_VERSION)).toBeUndefined(); // same version: nothing to do
    await runner.ensureAnalysis(ANALYSIS_VERSION + 1);
    await runner.idle();
    expect((await runner.status()).last).toMatchObject({ kind: 'reanalyze', state: 'done', total: 45, added: 45 });
    expect((await db.get('meta', 'analysisVersion'))?.value).toBe(ANALYSIS_VERSION + 1);
    expect(await storedIds(db)).toEqual(library.slice(0, 45).map((a) => a.id).sort());
    expect((await db.getAll('articles')).every((a) => a.analysis === ANALYSIS_VERSION)).toBe(true); // written by this build's analysis
    expect((await allClaims(db)).map((c) => c.key)).not.toEqual(keysBefore); // rewritten
    expect(await matchPage(sentences, {}, new IdbLibrary(db))).toEqual(before);
  });
});
