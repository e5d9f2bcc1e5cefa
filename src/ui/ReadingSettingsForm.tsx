/**
 * The library page's "Grow the library as you read" settings: the library-wide switch (off by
 * default), the maximum library size (the oldest articles added by reading go first), and the
 * sites never to add from (banks, mail and search pages are never added whatever the list says).
 */
import { useEffect, useState } from 'preact/hooks';
import type { ReadingSettings, Result } from '../messaging/protocol';

/** Read and save the settings. */
export interface ReadingSettingsApi {
  get(): Promise<Result<ReadingSettings>>;
  set(change: Partial<ReadingSettings>): Promise<Result<ReadingSettings>>;
}

/** One site per line or separated by commas/spaces; blank entries dropped. */
export function parseSites(text: string): string[] {
  return text.split(/[\s,]+/).map((s) => s.trim().replace(/^https?:\/\//i, '').replace(/\/.*$/, '')).filter(Boolean);
}

/** The settings form; saves on "Save" and says what it saved. */
export function ReadingSettingsForm({ api, readCount, onDeleteRead, busy }: {
  api: ReadingSettingsApi;
  /** How many stored articles were added by reading. */
  readCount: number;
  onDeleteRead: () => void;
  busy?: boolean;
}) {
  const [settings, setSettings] = useState<ReadingSettings | null>(null);
  const [autoAdd, setAutoAdd] = useState(false);
  const [max, setMax] = useState('');
  const [sites, setSites] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');

  const show = (s: ReadingSettings) => {
    setSettings(s);
    setAutoAdd(s.autoAdd);
    setMax(String(s.maxArticles));
    setSites(s.neverSites.join('\n'));
  };
  useEffect(() => {
    void api.get().then((r) => (r.ok ? show(r.data) : setError(`Could not read the settings: ${r.error}`)));
  }, [api]);

  const save = async (e: Event) => {
    e.preventDefault();
    const maxArticles = Number(max);
    if (!Number.isInteger(maxArticles) || maxArticles < 10) {
      setMessage('');
      return setError('The maximum library size must be a whole number of at least 10 articles.');
    }
    const r = await api.set({ autoAdd, maxArticles, neverSites: parseSites(sites) });
    if (!r.ok) return setError(`Could not save: ${r.error}`);
    setError('');
    show(r.data);
    setMessage(r.data.autoAdd ? 'Saved: articles you read are added to your library.' : 'Saved: articles you read are added only on the sites you switched on in the popup.');
  };

  if (!settings) return error ? <p class="lib-error" role="alert">{error}</p> : null;
  return (
    <section class="lib-reading" aria-labelledby="lib-reading-h">
      <h2 id="lib-reading-h">Grow the library as you read</h2>
      <form onSubmit={(e) => void save(e)}>
        <label class="lib-reading-switch">
          <input type="checkbox" name="autoAdd" checked={autoAdd} onChange={(e) => setAutoAdd(e.currentTarget.checked)} />{' '}
          Add the articles I read (on every site, unless switched off for a site in the popup)
        </label>
        <p class="lib-hint">
          An article counts as read after 30 seconds in view and some scrolling. It is read on your computer and stored
          only here. Mail, banking, search, sign-in and payment pages are never added.
        </p>
        <label>
          Keep at most{' '}
          <input type="number" name="maxArticles" min={10} step={1} value={max} onInput={(e) => setMax(e.currentTarget.value)} /> articles
          (the oldest added by reading go first)
        </label>
        <label class="lib-reading-sites">
          Sites never to add from (one per line; a site covers its subdomains)
          <textarea name="neverSites" rows={3} value={sites} onInput={(e) => setSites(e.currentTarget.value)} />
        </label>
        <button type="submit">Save</button>
      </form>
      <p role="status">{message}</p>
      {error && <p class="lib-error" role="alert">{error}</p>}
      <p>
        <button type="button" disabled={busy || readCount === 0} onClick={onDeleteRead}>
          {readCount === 0 ? 'Delete the articles added by reading (none yet)' : readCount === 1 ? 'Delete the article added by reading' : `Delete the ${readCount} articles added by reading`}
        </button>
      </p>
    </section>
  );
}
