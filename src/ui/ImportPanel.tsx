/**
 * Importing .txt, .html and .json files. The page reads and parses the files, then hands the
 * articles to the background, which imports them in chunks as a job (it goes on if this page is
 * closed, and resumes if the worker is stopped); the library page shows its progress and summary.
 */
import { useState } from 'preact/hooks';
import type { ImportItem, LibraryJob } from '../messaging/protocol';
import { LIMITS } from '../messaging/validate';
import { ImportError, parseImportFile, type ImportFile } from './import-parse';
import type { LibraryApi } from './library-api';
import { plural } from './format';

/** Props: the library api, whether a job runs (import disabled), and who tracks the started job. */
export interface ImportPanelProps {
  api: LibraryApi;
  busy: boolean;
  onStarted: (job: LibraryJob, files: FileSpan[]) => void;
}

/** Which file positions came from which file, to name skipped articles. */
export interface FileSpan {
  name: string;
  from: number;
  count: number;
}

/** Items per message, and characters per message (well under Chrome's 64 MiB message cap). */
const SEND_ITEMS = 500;
const SEND_CHARS = 8_000_000;

async function readFiles(list: FileList | File[]): Promise<ImportFile[]> {
  return Promise.all(Array.from(list).map(async (f) => ({ name: f.name, text: await f.text() })));
}

/** "article 38 of library.json" for a file position. */
export function describePosition(position: number, files: FileSpan[]): string {
  if (position < 0) return '';
  const file = files.find((f) => position >= f.from && position < f.from + f.count);
  return file ? (file.count > 1 ? `article ${position - file.from + 1} of ${file.name}` : file.name) : `article ${position + 1}`;
}

/** Send `items` in messages of bounded size; a failed send (a restarting worker) is retried. */
async function sendAll(api: LibraryApi, job: string, items: ImportItem[], onSent: (n: number) => void): Promise<string | undefined> {
  let at = 0;
  while (at < items.length) {
    let end = at;
    let chars = 0;
    while (end < items.length && end - at < SEND_ITEMS) {
      const it = items[end];
      const size = 'article' in it ? it.article.text.length : 0;
      if (end > at && chars + size > SEND_CHARS) break;
      chars += size;
      end++;
    }
    let error = '';
    for (let attempt = 0; attempt < 4; attempt++) {
      const r = await api.importItems(job, items.slice(at, end));
      if (r.ok) {
        error = '';
        break;
      }
      error = r.error;
      await new Promise((res) => setTimeout(res, 300 * (attempt + 1)));
    }
    if (error) return error;
    at = end;
    onSent(at);
  }
  return undefined;
}

/** The import section. */
export function ImportPanel({ api, busy, onStarted }: ImportPanelProps) {
  const [sending, setSending] = useState<{ sent: number; total: number } | null>(null);
  const [error, setError] = useState('');

  const importFiles = async (files: ImportFile[]) => {
    setError('');
    const items: ImportItem[] = [];
    const spans: FileSpan[] = [];
    try {
      for (const file of files) {
        const articles = parseImportFile(file);
        spans.push({ name: file.name, from: items.length, count: articles.length });
        for (const article of articles) {
          const position = items.length;
          // An article over the size limit is refused here, alone, without sending its text.
          if (article.text.length > LIMITS.articleChars) {
            items.push({ position, invalid: { title: article.title || article.id || article.text.slice(0, 80), reason: `longer than ${LIMITS.articleChars.toLocaleString('en-US')} characters` } });
          } else items.push({ position, article });
        }
      }
    } catch (err) {
      // A bad file stops the whole import before anything is added.
      setError(err instanceof ImportError ? `${err.message} Nothing was imported.` : `Could not read the files: ${String(err)}`);
      return;
    }
    setSending({ sent: 0, total: items.length });
    try {
      const begun = await api.importBegin(items.length);
      if (!begun.ok) return setError(`Could not start the import: ${begun.error}`);
      const job = begun.data.job.id;
      const failed = await sendAll(api, job, items, (sent) => setSending({ sent, total: items.length }));
      if (failed) {
        await api.cancelJob(job);
        // Chrome's own words for a restarting worker mean nothing to a reader.
        const why = /message channel|receiving end|context invalidated|no answer/i.test(failed) ? 'its background stopped answering' : failed;
        return setError(`Could not hand the articles to the extension (${why}). Nothing was imported: try again.`);
      }
      const started = await api.importStart(job);
      if (!started.ok) return setError(`Could not start the import: ${started.error}`);
      onStarted(started.data.job, spans);
    } finally {
      setSending(null);
    }
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
        article or a list of articles). The import goes on in the background if you close this page.
      </p>
      <label>
        Choose files <input type="file" multiple accept=".txt,.html,.htm,.json" onChange={onChange} disabled={busy || !!sending} />
      </label>
      {sending && (
        <p>
          Reading the files: {sending.sent} of {plural(sending.total, 'article')} handed to the extension…
        </p>
      )}
      {error && <p class="lib-error" role="alert">{error}</p>}
    </section>
  );
}
