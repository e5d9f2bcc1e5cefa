/** The library's article list: search by outlet or title, delete after a confirmation. */
import { useState } from 'preact/hooks';
import type { ArticleSummary } from '../messaging/protocol';
import { filterArticles } from './library-filter';
import { formatDate, plural } from './format';

/** Props: the articles and what to do when the reader confirms a deletion. */
export interface ArticleTableProps {
  articles: ArticleSummary[];
  onDelete: (ids: string[]) => Promise<void>;
}

/** Which deletion awaits the reader's confirmation: one article, all of them, or none. */
type Pending = { kind: 'one'; id: string } | { kind: 'all' } | null;

/** A searchable list of the library's articles. */
export function ArticleTable({ articles, onDelete }: ArticleTableProps) {
  const [query, setQuery] = useState('');
  const [pending, setPending] = useState<Pending>(null);
  const confirm = (ids: string[]) => {
    setPending(null);
    void onDelete(ids);
  };
  const shown = filterArticles(articles, query);
  return (
    <section class="lib-articles" aria-labelledby="lib-articles-h">
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
            <button type="button" class="lib-danger" onClick={() => confirm(articles.map((a) => a.id))}>
              Yes, delete all
            </button>{' '}
            <button type="button" onClick={() => setPending(null)}>Cancel</button>
          </p>
        ) : (
          <p>
            <button type="button" onClick={() => setPending({ kind: 'all' })}>Delete all…</button>
          </p>
        ))}
      {articles.length === 0 && <p class="lib-empty">Your library is empty: add an article or import files below.</p>}
      <ul class="lib-list">
        {shown.map((a) => (
          <li key={a.id} class="lib-item" data-id={a.id}>
            <div class="lib-item-main">
              <span class="lib-outlet">{a.outlet}</span>
              <span class="lib-title">{a.url && /^https?:/i.test(a.url) ? <a href={a.url} target="_blank" rel="noopener noreferrer">{a.title}</a> : a.title}</span>
              <span class="lib-meta">
                {a.published ? formatDate(a.published) : 'no date'} · {plural(a.claimCount, 'claim')}
              </span>
            </div>
            {pending?.kind === 'one' && pending.id === a.id ? (
              <span class="lib-confirm" role="group" aria-label={`Delete ${a.title}?`}>
                Delete this article?{' '}
                <button type="button" class="lib-danger" onClick={() => confirm([a.id])}>
                  Yes, delete
                </button>{' '}
                <button type="button" onClick={() => setPending(null)}>Cancel</button>
              </span>
            ) : (
              <button type="button" aria-label={`Delete ${a.title}`} onClick={() => setPending({ kind: 'one', id: a.id })}>
                Delete
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
