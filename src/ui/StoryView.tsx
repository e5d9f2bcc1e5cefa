/**
 * The story view page: for the article in one tab, who reports its claims and how (the grid),
 * one line per outlet with its counts, the outlets about a different event listed apart, a
 * source's detail on a cell click, and CSV / SVG exports made locally.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PageState } from '../messaging/protocol';
import { emptyMessage } from './EmptyState';
import { formatDate, plural } from './format';
import { RELATION_LABEL } from './labels';
import { StoryGrid } from './StoryGrid';
import { buildStory, countsText, type StoryModel } from './story-model';
import { storyCsv, storySvg } from './story-export';
import type { StoryApi } from './story-api';

/** Asks while the page reports 'loading' (half a second apart). */
const LOADING_TRIES = 120;

/** Why the grid is empty, in the reader's words. */
function whyEmpty(state: PageState): string {
  if (state.status === 'ok' || state.status === 'none') {
    return 'No sentence of this page is reported by another article in your library, so there is nothing to compare yet. Add articles on this story to your library and they will appear here.';
  }
  return emptyMessage(state);
}

function Detail({ model, at }: { model: StoryModel; at: [number, number] }) {
  const row = model.rows[at[0]];
  const col = model.columns[at[1]];
  const cell = row?.cells[at[1]];
  if (!row || !col || !cell) return null;
  return (
    <div class="story-detail-body" data-article={col.key}>
      <h2>{col.outlet}</h2>
      <p class="story-detail-title">{col.title}{col.published ? ` · ${formatDate(col.published)}` : ''}</p>
      {cell.sources.map((s) => (
        <blockquote data-relation={s.independent || s.relation === 'conflicts' ? s.relation : 'copied'}>
          <p class="story-detail-text">{s.text}</p>
          <footer>
            <span aria-hidden="true">{RELATION_LABEL[s.relation].icon}</span> {RELATION_LABEL[s.relation].word}: {s.why}
          </footer>
        </blockquote>
      ))}
      <p class="story-detail-claim">This page: “{row.claim.text}”</p>
    </div>
  );
}

/** The whole page, against any StoryApi (real messaging or a test double). */
export function StoryView({ api }: { api: StoryApi }) {
  const [state, setState] = useState<PageState>({ status: 'loading', claims: [] });
  const [at, setAt] = useState<[number, number]>();
  const [notice, setNotice] = useState('');
  const model = useMemo(() => buildStory(state), [state]);

  // A page still being read is asked again (every half second, for up to a minute).
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let tries = 0;
    const ask = () =>
      void api.pageState().then((r) => {
        const next: PageState = r.ok ? r.data : { status: 'error', claims: [], message: r.error };
        setState(next);
        if (next.status === 'loading' && ++tries < LOADING_TRIES) timer = setTimeout(ask, 500);
      });
    ask();
    return () => clearTimeout(timer);
  }, [api]);

  const scroll = async (claimId: string) => {
    const r = await api.scrollTo(claimId);
    setNotice(!r.ok ? `Could not scroll the article: ${r.error}` : r.data.found ? 'Shown in the article.' : 'That claim is no longer on the page; reload the page.');
  };
  const day = new Date().toISOString().slice(0, 10);
  const hasGrid = model.rows.length > 0;

  return (
    <main class="story">
      <h1>Compare outlets{api.pageTitle ? <span class="story-page">: {api.pageTitle}</span> : null}</h1>
      {state.status === 'loading' ? <p class="story-empty">Reading the article…</p> : null}
      {state.status !== 'loading' && !hasGrid ? (
        <p class="story-empty" data-status={state.status} role={state.status === 'error' ? 'alert' : undefined}>{whyEmpty(state)}</p>
      ) : null}
      {hasGrid ? (
        <>
          <p class="story-summary">{plural(model.rows.length, 'claim')} of this page, reported by {plural(model.columns.length, 'article')} in your library.</p>
          <ul class="story-outlets" aria-label="Outlets">
            {model.columns.map((c) => (
              <li data-article={c.key} data-outlet={c.outlet}><strong>{c.label}</strong>: {countsText(c)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {model.otherEvents.length ? (
        <section class="story-other" aria-label="A different event">
          <h2>A different event</h2>
          <ul>
            {model.otherEvents.map((o) => (
              <li data-event="other" data-article={o.articleId} data-outlet={o.outlet}>
                <strong>{o.outlet}</strong>: “{o.title}”{o.published ? ` (${formatDate(o.published)})` : ''} — a different event{o.why.replace(/^about another event/, '')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {hasGrid ? (
        <>
          <div class="story-actions">
            <button type="button" onClick={() => api.download(`claimlens-story-${day}.csv`, storyCsv(model), 'text/csv')}>Export CSV</button>
            <button type="button" onClick={() => api.download(`claimlens-story-${day}.svg`, storySvg(model, api.pageTitle ? `Compare outlets: ${api.pageTitle}` : undefined), 'image/svg+xml')}>Export picture (SVG)</button>
          </div>
          <div class="story-layout">
            <div class="story-scroll">
              <StoryGrid model={model} selected={at ? `${at[0]}:${at[1]}` : undefined} onClaim={(id) => void scroll(id)} onCell={(r, c) => setAt([r, c])} />
            </div>
            <aside class="story-detail" aria-label="Source" aria-live="polite">
              {at ? <Detail model={model} at={at} /> : <p class="story-hint">Choose a cell to read that outlet's sentence; choose a claim to see it in the article.</p>}
            </aside>
          </div>
        </>
      ) : null}
      <p class="story-notice" role="status" aria-live="polite">{notice}</p>
    </main>
  );
}
