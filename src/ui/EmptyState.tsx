/** The popup's explanation when a page has no linked claims to list. */
import type { PageState } from '../messaging/protocol';

/** Why the list is empty, in the reader's words. */
export function emptyMessage(state: PageState): string {
  switch (state.status) {
    case 'loading':
      return 'Reading this page…';
    case 'none':
      return 'No sentence on this page matches your library.';
    case 'not-article':
      return "This page doesn't look like an article.";
    case 'paused':
      return 'Paused on this site.';
    case 'error':
      return state.message || 'Something went wrong while reading this page.';
    case 'ok':
      // 'ok' with an empty list: the page was read but nothing linked.
      return 'No sentence on this page matches your library.';
  }
}

/** The empty state paragraph; errors are announced as alerts. */
export function EmptyState({ state }: { state: PageState }) {
  return (
    <p class="cl-empty" data-status={state.status} role={state.status === 'error' ? 'alert' : undefined}>
      {emptyMessage(state)}
    </p>
  );
}
