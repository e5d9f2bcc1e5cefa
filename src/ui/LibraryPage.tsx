/** The library page (the extension's options page): list, add, import, export, delete. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleInput } from '../engine/types';
import type { ArticleSummary, LibraryJob } from '../messaging/protocol';
import { AddArticleForm } from './AddArticleForm';
import { ReadingSettingsForm } from './ReadingSettingsForm';
import { ArticleTable } from './ArticleTable';
import { downloadJson, exportFileName } from './download';
import { ImportPanel, type FileSpan } from './ImportPanel';
import { JobProgress, JobSummary } from './JobPanel';
import type { LibraryApi } from './library-api';
import { plural } from './format';

/** Props: the background behind an interface (mockable), and how to save a file. */
export interface LibraryPageProps {
  api: LibraryApi;
  download?: (fileName: string, data: unknown) => void;
  /** How often a running job is polled, in ms. */
  pollMs?: number;
}

/** The whole library page. */
export function LibraryPage({ api, download = downloadJson, pollMs = 400 }: LibraryPageProps) {
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [job, setJob] = useState<LibraryJob | null>(null);
  const [finished, setFinished] = useState<LibraryJob | null>(null);
  const files = useRef<FileSpan[]>([]);

  const reload = async () => {
    const result = await api.list();
    if (result.ok) {
      setArticles([...result.data.articles].sort((a, b) => b.added - a.added));
      setError('');
    } else setError(`Could not load the library: ${result.error}`);
  };
  useEffect(() => {
    void reload();
    // A job started earlier (by this page before a reload, or another) is shown and followed.
    void api.jobs().then((r) => {
      if (r.ok && r.data.active) setJob(r.data.active);
    });
  }, [api]);

  // Follow the running job until it ends; a failed poll (the worker restarting) is simply retried.
  useEffect(() => {
    if (!job) return;
    let stopped = false;
    const timer = setInterval(async () => {
      const r = await api.jobs();
      if (stopped || !r.ok) return;
      const active = r.data.active;
      if (active) return setJob(active);
      stopped = true;
      clearInterval(timer);
      const last = r.data.last?.id === job.id ? r.data.last : (r.data.last ?? null);
      setJob(null);
      setFinished(last);
      await reload();
    }, pollMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [job?.id]);

  const add = async (article: ArticleInput): Promise<string | undefined> => {
    const result = await api.add(article);
    if (!result.ok) return result.error;
    setStatus(`Added ${result.data.article.outlet}: “${result.data.article.title}” (${plural(result.data.article.claimCount, 'claim')}).`);
    await reload();
    return undefined;
  };

  const remove = async (ids: string[]) => {
    const what = ids.length === 1 ? `“${articles?.find((a) => a.id === ids[0])?.title ?? ids[0]}”` : plural(ids.length, 'article');
    if (ids.length > 1) return startJob(await api.deleteBegin(ids), `delete ${what}`);
    const result = await api.remove(ids);
    if (result.ok) setStatus(`Deleted ${what}.`);
    else setError(`Could not delete ${what}: ${result.error}`);
    await reload();
  };

  const startJob = (result: Awaited<ReturnType<LibraryApi['deleteBegin']>>, what: string) => {
    if (!result.ok) return setError(`Could not ${what}: ${result.error}`);
    setFinished(null);
    setStatus('');
    setJob(result.data.job);
  };

  const deleteAll = async () => startJob(await api.deleteBegin(), 'delete all articles');
  const readIds = articles?.filter((a) => a.origin === 'read').map((a) => a.id) ?? [];
  const deleteRead = async () => startJob(await api.deleteBegin(readIds), `delete ${plural(readIds.length, 'article')} added by reading`);

  const cancel = async () => {
    if (!job) return;
    const r = await api.cancelJob(job.id);
    if (!r.ok) setError(`Could not cancel: ${r.error}`);
  };

  const exportLibrary = async () => {
    const result = await api.exportLibrary();
    if (!result.ok) return setError(`Could not export: ${result.error}`);
    download(exportFileName(), result.data);
    setStatus(`Exported ${plural(result.data.articles.length, 'article')}.`);
  };

  const busy = job !== null;
  return (
    <main class="lib">
      <header class="lib-header">
        <h1>ClaimLens library</h1>
        <p>Articles stored on this computer. Nothing here is sent anywhere.</p>
        <button type="button" onClick={exportLibrary} disabled={!articles?.length || busy}>
          Export library
        </button>
      </header>
      <p class="lib-status" role="status">{status}</p>
      {error && <p class="lib-error" role="alert">{error}</p>}
      {job && <JobProgress job={job} onCancel={() => void cancel()} />}
      {!job && finished && finished.kind !== 'import' && <JobSummary job={finished} />}
      {articles === null ? !error && <p>Loading the library…</p> : <ArticleTable articles={articles} onDelete={remove} onDeleteAll={deleteAll} busy={busy} />}
      <AddArticleForm onAdd={add} />
      {api.reading && <ReadingSettingsForm api={api.reading} readCount={readIds.length} onDeleteRead={() => void deleteRead()} busy={busy} />}
      <ImportPanel
        api={api}
        busy={busy}
        onStarted={(started, spans) => {
          files.current = spans;
          setFinished(null);
          setJob(started);
        }}
      />
      {!job && finished?.kind === 'import' && <JobSummary job={finished} files={files.current} />}
    </main>
  );
}
