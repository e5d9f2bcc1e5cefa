/**
 * Long library operations run by the background, not by the page that asked: an import of a
 * file's articles, a large delete, the re-analysis of stored articles by a newer engine. Each is a
 * persisted job (store `jobs`) with its remaining items in store `pending`, done in chunks: ONE
 * transaction per chunk writes the chunk's articles (or deletes them), removes its pending rows
 * and updates the job's counts. So a stopped worker leaves whole chunks only, and the job resumes
 * from what is still pending when the worker starts again: no partial article, no duplicate, and
 * the job's counts always equal what is stored. Between chunks the worker yields, so pages'
 * match requests are answered while a job runs.
 */
import type { ArticleInput } from '../engine/types';
import type { ImportItem } from '../messaging/protocol';
import { inArticleTx, removeArticles, writeArticles, type ArticleToWrite } from './article-tx';
import { prepareArticle } from './article-intake';
import type { LibraryDb } from './db';
import { libraryChanged, libraryGeneration } from './idb-library';
import type { TermRowCache } from './postings';
import type { ArticleRow, JobRow, PendingRow, SkippedArticle } from './schema';
import { ANALYSIS_VERSION } from './analysis-version';
import { fromRow, originOf } from './rows';
import { packArticle, packJson, unpackJson } from './codec';
import { readTexts } from './texts';

/** Articles analysed and written per transaction, and ids deleted per transaction. */
export const IMPORT_CHUNK = 250;
export const DELETE_CHUNK = 100;
export const REANALYZE_CHUNK = 20;
/** A job still 'receiving' with no new item for this long was abandoned by its page. */
const RECEIVING_TIMEOUT_MS = 120_000;
/** Articles analysed between two yields to the worker's other events. */
const ANALYZE_SLICE = 20;
/** Most term rows an import keeps between its chunks (a bound on the worker's heap). */
const TERM_ROWS_KEPT = 60_000;
/** Most skipped articles a job keeps by name (the count is always exact). */
const SKIPPED_KEPT = 1000;

/** A job as the library page sees it: the row plus the estimated seconds left. */
export type JobView = JobRow;

/** What a runner needs from its host (the background): a clock and a way to keep the worker awake. */
export interface JobHost {
  now?: () => number;
  /** Called once per chunk: an extension API call keeps an MV3 worker alive while it works. */
  keepAlive?: () => Promise<unknown> | void;
  /** Articles per import chunk (default IMPORT_CHUNK). */
  importChunk?: number;
  /** Lets the host (tests) stop after a chunk, as a stopped worker would. */
  afterChunk?: (job: JobRow) => Promise<void> | void;
}

function pendingRange(job: string): IDBKeyRange {
  return IDBKeyRange.bound([job, -Infinity], [job, Infinity]);
}

const yieldToEvents = () => new Promise<void>((r) => setTimeout(r, 0));

/** An import chunk analysed and ready to write: its pending items, articles and refusals. */
interface PreparedChunk {
  items: PendingRow[];
  batch: Array<ArticleToWrite & { position: number; title: string }>;
  skipped: SkippedArticle[];
}

/** Thrown inside a chunk's transaction when the job was cancelled meanwhile: nothing is written. */
class JobStopped extends Error {}

export function viewOf(job: JobRow, now: number): JobView {
  if (job.state !== 'running') return job;
  const doneThisRun = job.done - job.runDoneAtStart;
  const elapsed = (now - job.runStarted) / 1000;
  if (doneThisRun <= 0 || elapsed <= 0) return job;
  return { ...job, secondsLeft: Math.round((job.total - job.done) / (doneThisRun / elapsed)) };
}

/** Where job time goes (debug.stats, benchmarks). */
export const jobStats = { chunks: 0, analyzeMs: 0, packMs: 0, writeMs: 0, readMs: 0 };

/** Runs the library's jobs, one at a time, in this worker. */
export class JobRunner {
  private running: Promise<void> | undefined;
  /** Term rows as this runner's last import chunk wrote them, valid while nobody else wrote. */
  private terms: TermRowCache = new Map();
  /** The next import chunk, being analysed while the current one is written. */
  private ahead: { job: string; ready: Promise<PreparedChunk> } | undefined;
  private termsGeneration = -1;
  private readonly now: () => number;

  constructor(private readonly getDb: () => Promise<LibraryDb>, private readonly host: JobHost = {}) {
    this.now = host.now ?? Date.now;
  }

  /** The job that is not finished (receiving or running), if any. */
  async active(): Promise<JobRow | undefined> {
    const db = await this.getDb();
    const jobs = await db.getAll('jobs');
    return jobs.find((j) => j.state === 'receiving' || j.state === 'running');
  }

  /** The active job and the last finished one, for the library page's progress and summary. */
  async status(): Promise<{ active?: JobView; last?: JobView }> {
    const db = await this.getDb();
    const jobs = (await db.getAll('jobs')).sort((a, b) => b.started - a.started);
    const now = this.now();
    const active = jobs.find((j) => j.state === 'receiving' || j.state === 'running');
    const last = jobs.find((j) => j.state === 'done' || j.state === 'cancelled');
    return { ...(active && { active: viewOf(active, now) }), ...(last && { last: viewOf(last, now) }) };
  }

  private async create(kind: JobRow['kind'], total: number, state: JobRow['state']): Promise<JobRow> {
    const db = await this.getDb();
    const busy = await this.active();
    if (busy) {
      const stale = busy.state === 'receiving' && this.now() - busy.runStarted > RECEIVING_TIMEOUT_MS;
      if (!stale) throw new Error(`another library operation is still running (${busy.kind}: ${busy.done} of ${busy.total})`);
      await this.cancel(busy.id);
    }
    const now = this.now();
    const job: JobRow = { id: `${kind}-${now}-${Math.random().toString(36).slice(2, 8)}`, kind, state, total, done: 0, added: 0, skipped: [], started: now, runStarted: now, runDoneAtStart: 0 };
    // Finished jobs are kept only as the last summary.
    const tx = db.transaction('jobs', 'readwrite');
    for (const old of await tx.store.getAll()) if (old.state === 'done' || old.state === 'cancelled') await tx.store.delete(old.id);
    await tx.store.put(job);
    await tx.done;
    return job;
  }

  /** Begin an import of `total` articles; the page then sends them with `receive` and calls `start`. */
  async beginImport(total: number): Promise<JobRow> {
    return this.create('import', total, 'receiving');
  }

  /** Store items of an import that is still receiving (positions are file positions, 0-based). */
  async receive(jobId: string, items: ImportItem[]): Promise<{ received: number }> {
    const db = await this.getDb();
    const tx = db.transaction(['jobs', 'pending'], 'readwrite');
    const job = await tx.objectStore('jobs').get(jobId);
    if (!job || job.state !== 'receiving') throw new Error('this import is no longer open (it was cancelled or finished)');
    const bad = items.find((item) => item.position < 0 || item.position >= job.total);
    if (bad) throw new Error(`position ${bad.position} is outside the import (0..${job.total - 1})`);
    await Promise.all(items.map((item) => {
      const row: PendingRow = 'article' in item ? { job: jobId, position: item.position, packed: packJson(item.article) } : { job: jobId, position: item.position, invalid: item.invalid };
      return tx.objectStore('pending').put(row);
    }));
    await tx.objectStore('jobs').put({ ...job, runStarted: this.now() });
    const received = await tx.objectStore('pending').count(pendingRange(jobId));
    await tx.done;
    return { received };
  }

  /** Every item received: run the import in the background. Items never received count as skipped. */
  async start(jobId: string): Promise<JobView> {
    const db = await this.getDb();
    const tx = db.transaction(['jobs', 'pending'], 'readwrite');
    const job = await tx.objectStore('jobs').get(jobId);
    if (!job) throw new Error('no such import');
    if (job.state !== 'receiving') return viewOf(job, this.now());
    const received = await tx.objectStore('pending').count(pendingRange(jobId));
    const missing = job.total - received;
    const now = this.now();
    const running: JobRow = {
      ...job,
      state: 'running',
      runStarted: now,
      runDoneAtStart: missing,
      done: missing,
      skipped: missing ? [{ title: `${missing} article${missing === 1 ? '' : 's'}`, position: -1, reason: 'never reached the extension' }] : [],
    };
    await tx.objectStore('jobs').put(running);
    await tx.done;
    this.kick();
    return viewOf(running, now);
  }

  /** Delete articles (all of them when `ids` is omitted) in chunks, in the background. */
  async beginDelete(ids?: string[]): Promise<JobView> {
    const db = await this.getDb();
    const all = ids ?? (await db.getAllKeys('articles'));
    const unique = [...new Set(all)];
    const job = await this.create('delete', unique.length, 'receiving');
    const tx = db.transaction(['jobs', 'pending'], 'readwrite');
    await Promise.all(unique.map((id, position) => tx.objectStore('pending').put({ job: job.id, position, id })));
    const running: JobRow = { ...job, state: 'running', runStarted: this.now() };
    await tx.objectStore('jobs').put(running);
    await tx.done;
    this.kick();
    return viewOf(running, this.now());
  }

  /** Cancel a job: what finished stays, what is pending is dropped. */
  async cancel(jobId: string): Promise<JobView | undefined> {
    const db = await this.getDb();
    const tx = db.transaction(['jobs', 'pending'], 'readwrite');
    const job = await tx.objectStore('jobs').get(jobId);
    if (!job) return undefined;
    if (job.state === 'done' || job.state === 'cancelled') return viewOf(job, this.now());
    await tx.objectStore('pending').delete(pendingRange(jobId));
    const cancelled: JobRow = { ...job, state: 'cancelled', finished: this.now() };
    await tx.objectStore('jobs').put(cancelled);
    await tx.done;
    return cancelled;
  }

  /** On worker start: continue a job a stopped worker left running. */
  async resume(): Promise<void> {
    const job = await this.active();
    if (job?.state !== 'running') return;
    const db = await this.getDb();
    await db.put('jobs', { ...job, resumed: this.now(), runStarted: this.now(), runDoneAtStart: job.done });
    this.kick();
  }

  /** Run the active job unless this worker already does; resolves when it has nothing left. */
  kick(): Promise<void> {
    this.running ??= this.loop()
      .catch((err: unknown) => console.error('ClaimLens: a library job stopped', err))
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  /**
   * On worker start: when the stored claims were analysed by another ANALYSIS_VERSION, re-analyse
   * every article from its stored text, in chunks, in the background (a job like any other:
   * resumable, and the library answers pages meanwhile). Waits for another job to finish first.
   */
  async ensureAnalysis(version = ANALYSIS_VERSION): Promise<JobView | undefined> {
    const db = await this.getDb();
    const row = await db.get('meta', 'analysisVersion');
    const stored = typeof row?.value === 'number' ? row.value : 1; // libraries before the field: version 1
    if (stored === version) return undefined;
    if (await this.active()) {
      await this.kick();
      if (await this.active()) return undefined; // still busy: the next start tries again
    }
    const ids = (await db.getAll('articles')).filter((a) => (a.analysis ?? 1) !== version).map((a) => a.id);
    // A library written by this version already (a fresh install, its seeds): just record it.
    if (!ids.length) {
      await db.put('meta', { key: 'analysisVersion', value: version });
      return undefined;
    }
    const job = await this.create('reanalyze', ids.length, 'receiving');
    const tx = db.transaction(['jobs', 'pending', 'meta'], 'readwrite');
    await Promise.all(ids.map((id, position) => tx.objectStore('pending').put({ job: job.id, position, id })));
    const running: JobRow = { ...job, state: 'running', runStarted: this.now(), target: version };
    await tx.objectStore('jobs').put(running);
    await tx.done;
    void this.kick();
    return viewOf(running, this.now());
  }

  /** Wait for the current run (tests). */
  idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  private async loop(): Promise<void> {
    for (;;) {
      const job = await this.active();
      if (job?.state !== 'running') {
        this.ahead = undefined;
        return;
      }
      const more =
        job.kind === 'delete' ? await this.deleteChunk(job) : job.kind === 'reanalyze' ? await this.reanalyzeChunk(job) : await this.importChunk(job);
      await this.host.keepAlive?.();
      if (!more) continue; // finished: look for another
      const after = await (await this.getDb()).get('jobs', job.id);
      if (after) await this.host.afterChunk?.(after);
      await yieldToEvents(); // let match requests in between chunks
    }
  }

  /** The job's next `n` pending items (after file position `after`, when given). */
  private async nextItems(job: JobRow, n: number, after?: number): Promise<PendingRow[]> {
    const db = await this.getDb();
    const t0 = performance.now();
    const range = after === undefined ? pendingRange(job.id) : IDBKeyRange.bound([job.id, after], [job.id, Infinity], true);
    const rows = await db.getAll('pending', range, n);
    jobStats.readMs += performance.now() - t0;
    return rows;
  }

  private async finish(job: JobRow): Promise<void> {
    const db = await this.getDb();
    const tx = db.transaction('jobs', 'readwrite');
    const now = await tx.store.get(job.id);
    if (now?.state === 'running') await tx.store.put({ ...now, state: 'done', finished: this.now() });
    await tx.done;
    if (job.kind === 'reanalyze' && job.target !== undefined) await db.put('meta', { key: 'analysisVersion', value: job.target });
  }

  /** One re-analysis chunk: each article removed and written again from its text, same id and date. */
  private async reanalyzeChunk(job: JobRow): Promise<boolean> {
    const items = await this.nextItems(job, REANALYZE_CHUNK);
    if (!items.length) {
      await this.finish(job);
      return false;
    }
    const db = await this.getDb();
    const [rows, texts] = await Promise.all([Promise.all(items.map((i) => db.get('articles', i.id!))), readTexts(db, items.map((i) => i.id!))]);
    const skipped: SkippedArticle[] = [];
    const batch: ArticleToWrite[] = [];
    items.forEach((item, i) => {
      const row: ArticleRow | undefined = rows[i];
      const text = texts.get(item.id!);
      if (!row || text === undefined) return; // deleted meanwhile, or stored without its text: kept as it is
      const r = fromRow(row);
      const input: ArticleInput = { id: r.id, outlet: r.outlet, title: r.title, text, ...(r.url !== undefined && { url: r.url }), ...(r.published !== undefined && { published: r.published }), ...(r.place !== undefined && { place: r.place }) };
      try {
        const analyzed = prepareArticle(input, r.added);
        batch.push({ analyzed: { ...analyzed, record: { ...analyzed.record, added: r.added } }, text, origin: originOf(row) });
      } catch (err) {
        // The newer engine refuses it (too short now): it keeps its old analysis.
        skipped.push({ title: r.title, position: item.position, reason: err instanceof Error ? err.message : String(err) });
      }
    });
    try {
      await inArticleTx(db, async (tx) => {
        const current = await tx.objectStore('jobs').get(job.id);
        if (current?.state !== 'running') throw new JobStopped();
        await removeArticles(tx, batch.map((b) => b.analyzed.record.id));
        const outcomes = await writeArticles(tx, batch);
        const pending = tx.objectStore('pending');
        await Promise.all(items.map((it) => pending.delete([job.id, it.position])));
        await tx.objectStore('jobs').put({
          ...current,
          done: current.done + items.length,
          added: current.added + outcomes.filter((o) => o.ok).length,
          skipped: [...current.skipped, ...skipped].slice(0, SKIPPED_KEPT),
        });
      });
    } catch (err) {
      if (!(err instanceof JobStopped)) throw err;
    } finally {
      libraryChanged();
    }
    return true;
  }

  /** One import chunk; false when the job is finished. */
  private async importChunk(job: JobRow): Promise<boolean> {
    const n = this.host.importChunk ?? IMPORT_CHUNK;
    const ahead = this.ahead;
    this.ahead = undefined;
    // A chunk prepared ahead whose preparation failed is prepared again below (and, failing
    // again, retried one article at a time).
    let chunk = ahead?.job === job.id ? await ahead.ready.catch(() => undefined) : undefined;
    const items = chunk?.items.length ? chunk.items : await this.nextItems(job, n);
    if (!items.length) {
      await this.finish(job);
      return false;
    }
    let failed: unknown;
    if (!chunk?.items.length) {
      chunk = await this.prepareItems(items).catch((err: unknown) => {
        failed = err;
        return undefined;
      });
    }
    // The next chunk is read now, before this chunk's transaction holds `pending`, and analysed
    // while this one is written (the database writes in another process): analysis writes
    // nothing, so a worker stopped meanwhile loses only work, never data.
    const next = await this.nextItems(job, n, items[items.length - 1].position);
    if (next.length) {
      const ready = this.prepareItems(next);
      ready.catch(() => undefined); // a failure shows when the next chunk awaits it
      this.ahead = { job: job.id, ready };
    }
    try {
      if (!chunk) throw failed;
      await this.writeItems(job, chunk);
    } catch (err) {
      // A chunk that fails as a whole (storage full, an unexpected row) is retried one article at
      // a time, so only the article at fault is skipped, with the reason.
      for (const item of items) {
        try {
          await this.writeItems(job, await this.prepareItems([item]));
        } catch (one) {
          await this.skipItems(job, [item], one instanceof Error ? one.message : String(one ?? err));
        }
      }
    }
    return true;
  }

  /** Record items as skipped (and no longer pending) without writing them. */
  private async skipItems(job: JobRow, items: PendingRow[], reason: string): Promise<void> {
    const db = await this.getDb();
    const tx = db.transaction(['jobs', 'pending'], 'readwrite');
    const current = await tx.objectStore('jobs').get(job.id);
    if (current?.state === 'running') {
      await Promise.all(items.map((it) => tx.objectStore('pending').delete([job.id, it.position])));
      const skipped = items.map((it) => {
        const article = it.article ?? (it.packed && unpackJson<ArticleInput>(it.packed));
        return { title: article ? nameOf(article) : (it.invalid?.title ?? 'untitled'), position: it.position, reason };
      });
      await tx.objectStore('jobs').put({ ...current, done: current.done + items.length, skipped: [...current.skipped, ...skipped].slice(0, SKIPPED_KEPT) });
    }
    await tx.done;
  }

  /** Analyse import items and deflate their claims rows: CPU work, no transaction, no write. */
  private async prepareItems(items: PendingRow[]): Promise<PreparedChunk> {
    const t0 = performance.now();
    const skipped: SkippedArticle[] = [];
    const batch: PreparedChunk['batch'] = [];
    for (const [n, item] of items.entries()) {
      // Analysis is the worker's CPU: let waiting match requests in every few articles.
      if (n > 0 && n % ANALYZE_SLICE === 0) await yieldToEvents();
      if (item.invalid) {
        skipped.push({ ...item.invalid, position: item.position });
        continue;
      }
      const article = item.article ?? unpackJson<ArticleInput>(item.packed!);
      const title = nameOf(article);
      try {
        batch.push({ analyzed: prepareArticle(article, this.now()), text: article.text, origin: 'import', position: item.position, title });
      } catch (err) {
        skipped.push({ title, position: item.position, reason: err instanceof Error ? err.message : String(err) });
      }
    }
    const tp = performance.now();
    jobStats.analyzeMs += tp - t0;
    // Each claims row's body (text and features) deflated natively, before any transaction opens.
    const packed = await Promise.all(batch.map((b) => packArticle(b.analyzed, b.text)));
    batch.forEach((b, i) => (b.packed = packed[i]));
    jobStats.packMs += performance.now() - tp;
    return { items, batch, skipped };
  }

  /** Write a prepared chunk in one transaction, with the job's counts. */
  private async writeItems(job: JobRow, { items, batch, skipped: analysisSkipped }: PreparedChunk): Promise<void> {
    const skipped = [...analysisSkipped];
    const db = await this.getDb();
    const t1 = performance.now();
    jobStats.chunks++;
    if (this.termsGeneration !== libraryGeneration() || this.terms.size > TERM_ROWS_KEPT) this.terms = new Map();
    let ok = false;
    try {
      await inArticleTx(db, async (tx) => {
        const current = await tx.objectStore('jobs').get(job.id);
        if (current?.state !== 'running') throw new JobStopped();
        const outcomes = await writeArticles(tx, batch, this.terms);
        let added = 0;
        outcomes.forEach((o, i) => {
          if (o.ok) added++;
          else skipped.push({ title: batch[i].title, position: batch[i].position, reason: o.error.message });
        });
        skipped.sort((a, b) => a.position - b.position);
        const pending = tx.objectStore('pending');
        await Promise.all(items.map((it) => pending.delete([job.id, it.position])));
        await tx.objectStore('jobs').put({
          ...current,
          done: current.done + items.length,
          added: current.added + added,
          skipped: [...current.skipped, ...skipped].slice(0, SKIPPED_KEPT),
        });
      }, { relaxed: true });
      ok = true;
    } catch (err) {
      if (!(err instanceof JobStopped)) throw err;
    } finally {
      jobStats.writeMs += performance.now() - t1;
      libraryChanged();
      // Rows of an aborted chunk were never stored: forget them all.
      if (ok) this.termsGeneration = libraryGeneration();
      else this.terms = new Map();
    }
  }

  /** One delete chunk; false when the job is finished. */
  private async deleteChunk(job: JobRow): Promise<boolean> {
    const items = await this.nextItems(job, DELETE_CHUNK);
    if (!items.length) {
      await this.finish(job);
      return false;
    }
    const db = await this.getDb();
    try {
      await inArticleTx(db, async (tx) => {
        const current = await tx.objectStore('jobs').get(job.id);
        if (current?.state !== 'running') throw new JobStopped();
        const removed = await removeArticles(tx, items.map((i) => i.id!));
        const pending = tx.objectStore('pending');
        await Promise.all(items.map((it) => pending.delete([job.id, it.position])));
        await tx.objectStore('jobs').put({ ...current, done: current.done + items.length, added: current.added + removed.length });
      }, { relaxed: true });
    } catch (err) {
      if (err instanceof JobStopped) return true;
      throw err;
    } finally {
      libraryChanged();
    }
    return true;
  }
}

/** How the summary names an article: its title, else its id, else the start of its text. */
export function nameOf(article: { title?: unknown; id?: unknown; text?: unknown }): string {
  const pick = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  return (pick(article.title) || pick(article.id) || pick(article.text).slice(0, 80) || 'untitled').slice(0, 200);
}
