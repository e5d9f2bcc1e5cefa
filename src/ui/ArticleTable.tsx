/** The library's article list: search by outlet or title, delete after a confirmation. */
import { useState } from 'preact/hooks';
import type { ArticleSummary } from '../messaging/protocol';
import { filterArticles } from './library-filter';
import { formatDate, plural } from './format';

/** Props: the articles and what to do when the reader confirms a deletion. */
export interface ArticleTableProps {
  articles: ArticleSummary[];
  onDelete: (id: string) => Promise<void>;
}

/** A searchable list of the library's articles. */
export function ArticleTable({ articles, onDelete }: ArticleTableProps) {
  const [query, setQuery] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
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
            {confirming === a.id ? (
              <span class="lib-confirm" role="group" aria-label={`Delete ${a.title}?`}>
                Delete this article?{' '}
                <button type="button" class="lib-danger" onClick={() => { setConfirming(null); void onDelete(a.id); }}>
                  Yes, delete
                </button>{' '}
                <button type="button" onClick={() => setConfirming(null)}>Cancel</button>
              </span>
            ) : (
              <button type="button" aria-label={`Delete ${a.title}`} onClick={() => setConfirming(a.id)}>
                Delete
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
