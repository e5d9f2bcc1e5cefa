/** The library page (the extension's options page): list, add, import, export, delete. */
import { useEffect, useState } from 'preact/hooks';
import type { ArticleInput } from '../engine/types';
import type { ArticleSummary } from '../messaging/protocol';
import { AddArticleForm } from './AddArticleForm';
import { ArticleTable } from './ArticleTable';
import { downloadJson, exportFileName } from './download';
import { ImportPanel } from './ImportPanel';
import type { LibraryApi } from './library-api';
import { plural } from './format';

/** Props: the background behind an interface (mockable), and how to save a file. */
export interface LibraryPageProps {
  api: LibraryApi;
  download?: (fileName: string, data: unknown) => void;
}

/** The whole library page. */
export function LibraryPage({ api, download = downloadJson }: LibraryPageProps) {
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  const reload = async () => {
    const result = await api.list();
    if (result.ok) {
      setArticles([...result.data.articles].sort((a, b) => b.added - a.added));
      setError('');
    } else setError(`Could not load the library: ${result.error}`);
  };
  useEffect(() => {
    void reload();
  }, [api]);

  const add = async (article: ArticleInput): Promise<string | undefined> => {
    const result = await api.add(article);
    if (!result.ok) return result.error;
    setStatus(`Added ${result.data.article.outlet}: “${result.data.article.title}” (${plural(result.data.article.claimCount, 'claim')}).`);
    await reload();
    return undefined;
  };

  const remove = async (ids: string[]) => {
    const what = ids.length === 1 ? `“${articles?.find((a) => a.id === ids[0])?.title ?? ids[0]}”` : plural(ids.length, 'article');
    const result = await api.remove(ids);
    if (result.ok) setStatus(`Deleted ${what}.`);
    else setError(`Could not delete ${what}: ${result.error}`);
    await reload();
  };

  const exportLibrary = async () => {
    const result = await api.exportLibrary();
    if (!result.ok) return setError(`Could not export: ${result.error}`);
    download(exportFileName(), result.data);
    setStatus(`Exported ${plural(result.data.articles.length, 'article')}.`);
  };

  return (
    <main class="lib">
      <header class="lib-header">
        <h1>ClaimLens library</h1>
        <p>Articles stored on this computer. Nothing here is sent anywhere.</p>
        <button type="button" onClick={exportLibrary} disabled={!articles?.length}>
          Export library
        </button>
      </header>
      <p class="lib-status" role="status">{status}</p>
      {error && <p class="lib-error" role="alert">{error}</p>}
      {articles === null ? !error && <p>Loading the library…</p> : <ArticleTable articles={articles} onDelete={remove} />}
      <AddArticleForm onAdd={add} />
      <ImportPanel addMany={(batch) => api.addMany(batch)} onImported={() => void reload()} />
    </main>
  );
}
