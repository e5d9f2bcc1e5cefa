/**
 * Turns a click, Enter or Space on one of our marks into "open its card". One pair of listeners
 * on the document (capture phase, so a page that stops propagation in its article cannot hide
 * the marks), removed with `signal`.
 */
import { MARK_TAG } from './dom-rules';

/** Listen for activation of marks that `owns` accepts; `open` is called with the mark. */
export function listenForMarkActivation(
  doc: Document,
  owns: (el: Element) => boolean,
  open: (mark: HTMLElement) => void,
  signal: AbortSignal,
): void {
  const markOf = (event: Event): HTMLElement | null => {
    const mark = (event.target as Element | null)?.closest?.(MARK_TAG) as HTMLElement | null;
    return mark && owns(mark) ? mark : null;
  };
  const options = { capture: true, signal };
  doc.addEventListener(
    'click',
    (event) => {
      const mark = markOf(event);
      // Inside a link the click stays the page's (links keep working); the keyboard still opens the card.
      if (mark && !mark.closest('a[href]')) open(mark);
    },
    options,
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      const mark = markOf(event);
      if (!mark) return;
      event.preventDefault(); // Space would scroll the page
      open(mark);
    },
    options,
  );
}
