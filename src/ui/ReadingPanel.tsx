/**
 * The popup's part of "add the articles I read": the site's switch, and what was added from the
 * page in this tab, with Undo. The library-wide setting, the size limit and the never-add list
 * are on the library page (ReadingSettingsForm).
 */
import { useEffect, useState } from 'preact/hooks';
import type { ArticleSummary, Result } from '../messaging/protocol';

/** What the panel needs from the background. */
export interface ReadingApi {
  /** The tab's address (to find what was added from it). */
  url: string | undefined;
  site(host: string): Promise<Result<{ autoAdd: boolean; autoAddSite?: boolean; neverAdd: boolean }>>;
  setSite(host: string, on: boolean): Promise<Result<{ autoAdd: boolean }>>;
  addedFrom(url: string): Promise<Result<{ article?: ArticleSummary }>>;
  undo(id: string): Promise<Result<{ deleted: boolean }>>;
  /** Re-read the page after a change (so the page starts or stops watching). */
  refresh(): Promise<unknown>;
}

/** The site's auto-add switch and the article added from this page. */
export function ReadingPanel({ api, host, onNotice }: {
  api: ReadingApi;
  host: string | undefined;
  /** Say what happened through the popup's one status line (one live region per page). */
  onNotice: (text: string) => void;
}) {
  const [on, setOn] = useState<boolean | null>(null);
  const [never, setNever] = useState(false);
  const [added, setAdded] = useState<ArticleSummary | null>(null);
  const setNotice = onNotice;
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (host) void api.site(host).then((r) => {
      if (!r.ok) return;
      setOn(r.data.autoAdd);
      setNever(r.data.neverAdd);
    });
    if (api.url) void api.addedFrom(api.url).then((r) => r.ok && r.data.article?.origin === 'read' && setAdded(r.data.article));
  }, [api, host]);

  if (!host || on === null) return null;

  const toggle = async () => {
    const wanted = !on;
    // Shown at once (a checkbox that does not follow the click looks broken), put back on failure.
    setOn(wanted);
    setBusy(true);
    try {
      const r = await api.setSite(host, wanted);
      if (!r.ok) {
        setOn(!wanted);
        return setNotice(`Could not change the setting: ${r.error}`);
      }
      setOn(r.data.autoAdd);
      setNotice(r.data.autoAdd ? `Articles you read on ${host} will be added to your library.` : `Articles you read on ${host} will not be added.`);
      await api.refresh();
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    if (!added) return;
    setBusy(true);
    try {
      const r = await api.undo(added.id);
      if (!r.ok) return setNotice(`Could not undo: ${r.error}`);
      setNotice(`Removed “${added.title}” from your library; this page will not be added again.`);
      setAdded(null);
      await api.refresh();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="cl-reading" aria-label="Add the articles I read">
      <label class="cl-reading-switch">
        <input type="checkbox" checked={on} disabled={busy || never} onChange={() => void toggle()} />{' '}
        Add the articles I read on this site
      </label>
      {never && <p class="cl-reading-note">Pages of this site are never added (mail, banking, search or on your list).</p>}
      {added && (
        <p class="cl-reading-added" data-article={added.id}>
          Added to your library as you read: “{added.title}”{' '}
          <button type="button" disabled={busy} onClick={() => void undo()}>
            Undo
          </button>
        </p>
      )}
    </section>
  );
}
