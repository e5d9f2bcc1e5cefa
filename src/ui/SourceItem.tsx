/** One source of a claim in the card: who said it, where, and how it relates. */
import type { SourceMatch } from '../engine/types';
import { Emphasized } from './Emphasized';
import { formatDate } from './format';
import { RELATION_LABEL } from './labels';

/** Only web links are followed from the card; anything else (javascript:, data:) is shown as text. */
function safeHref(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/** A source sentence with its outlet, article, date, relation badge, reason and copy note. */
export function SourceItem({ source }: { source: SourceMatch }) {
  const label = RELATION_LABEL[source.relation];
  const href = safeHref(source.url);
  const date = formatDate(source.published);
  return (
    <li class="cl-source" data-relation={source.relation}>
      <div class="cl-meta">
        <span class="cl-badge" data-relation={source.relation}>
          <span aria-hidden="true">{label.icon}</span>
          {label.word}
        </span>
        <span class="cl-outlet">{source.outlet}</span>
        {date && <time dateTime={source.published}>{date}</time>}
      </div>
      <p class="cl-article">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {source.title}
          </a>
        ) : (
          source.title
        )}
      </p>
      <p class="cl-sentence">
        <Emphasized text={source.text} ranges={source.emphasis} />
      </p>
      <p class="cl-why">{source.why}</p>
      {!source.independent && (
        <p class="cl-copy">
          copied from {source.copiedFrom ?? 'another source'} — not an independent source
        </p>
      )}
    </li>
  );
}
