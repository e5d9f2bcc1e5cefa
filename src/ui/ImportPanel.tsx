/** Importing .txt, .html and .json files, with progress on long imports and a summary after. */
import { useState } from 'preact/hooks';
import type { ArticleInput } from '../engine/types';
import { ImportError, parseImportFiles, type ImportFile } from './import-parse';
import { importInBatches, type ImportSummary } from './import-batches';
import type { LibraryApi } from './library-api';
import { plural } from './format';

/** Props: the library's addMany and a callback once articles went in (to reload the list). */
export interface ImportPanelProps {
  addMany: LibraryApi['addMany'];
  onImported: () => void;
}

async function readFiles(list: FileList | File[]): Promise<ImportFile[]> {
  return Promise.all(Array.from(list).map(async (f) => ({ name: f.name, text: await f.text() })));
}

/** The import section. */
export function ImportPanel({ addMany, onImported }: ImportPanelProps) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState('');
  const [summary, setSummary] = useState<ImportSummary | null>(null);

  const importFiles = async (files: ImportFile[]) => {
    setError('');
    setSummary(null);
    let articles: ArticleInput[];
    try {
      articles = parseImportFiles(files);
    } catch (err) {
      // A bad file stops the whole import before anything is added.
      setError(err instanceof ImportError ? `${err.message} Nothing was imported.` : `Could not read the files: ${String(err)}`);
      return;
    }
    const result = await importInBatches(articles, addMany, (done, total) => setProgress({ done, total }));
    setProgress(null);
    setSummary(result);
    if (result.added > 0) onImported();
  };

  const onChange = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    if (!input.files?.length) return;
    const files = await readFiles(input.files);
    input.value = '';
    await importFiles(files);
  };

  return (
    <section class="lib-import" aria-labelledby="lib-import-h">
      <h2 id="lib-import-h">Import files</h2>
      <p>
        .txt (first line is the title), .html (a saved article page) or .json (a ClaimLens library export, one
        article or a list of articles).
      </p>
      <label>
        Choose files <input type="file" multiple accept=".txt,.html,.htm,.json" onChange={onChange} disabled={!!progress} />
      </label>
      {progress && (
        <p>
          <progress max={progress.total} value={progress.done} aria-label="Import progress" /> {progress.done} of{' '}
          {progress.total}
        </p>
      )}
      {error && <p class="lib-error" role="alert">{error}</p>}
      {summary && <ImportSummaryView summary={summary} />}
    </section>
  );
}

/** "Added 12 articles, skipped 2" with each skipped article's reason. */
export function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  return (
    <div class="lib-summary" role="status">
      <p>
        Added {plural(summary.added, 'article')}, skipped {summary.skipped.length}.
      </p>
      {summary.skipped.length > 0 && (
        <ul>
          {summary.skipped.map((s, i) => (
            <li key={i}>
              {s.title}: {s.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
