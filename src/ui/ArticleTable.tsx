/**
 * The library's article list: search by outlet or title, delete after a confirmation. The list is
 * virtualised (only the rows in view are in the DOM) and searched through a word index, so
 * 10,000 articles open and filter as fast as 100.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ArticleSummary } from '../messaging/protocol';
import { ArticleIndex } from './library-filter';
import { formatDate, plural } from './format';

/** Props: the articles and what to do when the reader confirms a deletion. */
export interface ArticleTableProps {
  articles: ArticleSummary[];
  onDelete: (ids: string[]) => Promise<void>;
  /** Delete every article (a background job with progress); defaults to onDelete(all ids). */
  onDeleteAll?: () => Promise<void>;
  /** A library job is running: deleting is disabled meanwhile. */
  busy?: boolean;
}

/** Where an article came from, as the list says it. */
export const ORIGIN_LABEL: Record<ArticleSummary['origin'], string> = {
  seed: 'seed library',
  hand: 'added by hand',
  import: 'imported',
  read: 'added as you read',
};

/** Which deletion awaits the reader's confirmation: one article, all of them, or none. */
type Pending = { kind: 'one'; id: string } | { kind: 'all' } | null;

/** Height of one row in px (the list's CSS gives rows this height). */
export const ROW_HEIGHT = 64;
/** Rows drawn above and below the visible ones; and drawn at least (before the list is measured). */
const OVERSCAN = 10;
const MIN_ROWS = 40;

/** A searchable list of the library's articles. */
export function ArticleTable({ articles, onDelete, onDeleteAll, busy = false }: ArticleTableProps) {
  const [query, setQuery] = useState('');
  const [pending, setPending] = useState<Pending>(null);
  const [view, setView] = useState({ top: 0, height: 0 });
  const scroller = useRef<HTMLDivElement>(null);
  // The word index is built on the first search, not on opening the page.
  const index = useMemo(() => ({ built: undefined as ArticleIndex | undefined }), [articles]);
  const shown = useMemo(() => (query.trim() ? (index.built ??= new ArticleIndex(articles)).filter(query) : articles), [index, query]);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setView({ top: el.scrollTop, height: el.clientHeight });
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      el.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, [articles.length > 0]);

  const confirm = (ids: string[]) => {
    setPending(null);
    void onDelete(ids);
  };
  const confirmAll = () => {
    setPending(null);
    void (onDeleteAll ? onDeleteAll() : onDelete(articles.map((a) => a.id)));
  };
  const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN);
  const count = Math.max(MIN_ROWS, Math.ceil(view.height / ROW_HEIGHT) + 2 * OVERSCAN);
  const rows = shown.slice(first, first + count);
  return (
    // Esc backs out of a pending deletion, as Cancel does (keyboard readers, issue 8).
    <section class="lib-articles" aria-labelledby="lib-articles-h" onKeyDown={(e) => { if (e.key === 'Escape' && pending) { e.preventDefault(); setPending(null); } }}>
      <h2 id="lib-articles-h">Articles</h2>
      <label class="lib-search">
        Search by outlet or title{' '}
        <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </label>
      <p class="lib-count" aria-live="polite">
        {query ? `${shown.length} of ${plural(articles.length, 'article')}` : plural(articles.length, 'article')}
      </p>
      {articles.length > 0 &&
        (pending?.kind === 'all' ? (
          <p class="lib-confirm" role="group" aria-label="Delete all articles?">
            Delete all {plural(articles.length, 'article')} from your library?{' '}
            <button type="button" class="lib-danger" onClick={confirmAll} disabled={busy}>
              Yes, delete all
            </button>{' '}
            <button type="button" onClick={() => setPending(null)}>Cancel</button>
          </p>
        ) : (
          <p>
            <button type="button" onClick={() => setPending({ kind: 'all' })} disabled={busy}>Delete all…</button>
          </p>
        ))}
      {articles.length === 0 && <p class="lib-empty">Your library is empty: add an article or import files below.</p>}
      <div class="lib-scroll" ref={scroller}>
        <ul class="lib-list" style={{ height: `${shown.length * ROW_HEIGHT}px` }}>
          {rows.map((a, i) => (
            <li
              key={a.id}
              class="lib-item"
              data-id={a.id}
              style={{ top: `${(first + i) * ROW_HEIGHT}px` }}
              aria-posinset={first + i + 1}
              aria-setsize={shown.length}
            >
              <div class="lib-item-main">
                <span class="lib-outlet">{a.outlet}</span>
                <span class="lib-title">{a.url && /^https?:/i.test(a.url) ? <a href={a.url} target="_blank" rel="noopener noreferrer">{a.title}</a> : a.title}</span>
                <span class="lib-meta">
                  {a.published ? formatDate(a.published) : 'no date'} · {plural(a.claimCount, 'claim')} ·{' '}
                  <span class="lib-origin" data-origin={a.origin}>{ORIGIN_LABEL[a.origin] ?? a.origin}</span>
                </span>
              </div>
              {pending?.kind === 'one' && pending.id === a.id ? (
                <span class="lib-confirm" role="group" aria-label={`Delete ${a.title}?`}>
                  Delete this article?{' '}
                  <button type="button" class="lib-danger" onClick={() => confirm([a.id])} disabled={busy}>
                    Yes, delete
                  </button>{' '}
                  <button type="button" onClick={() => setPending(null)}>Cancel</button>
                </span>
              ) : (
                <button type="button" aria-label={`Delete ${a.title}`} onClick={() => setPending({ kind: 'one', id: a.id })} disabled={busy}>
                  Delete
                </button>
              )}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
