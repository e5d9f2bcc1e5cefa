/**
 * Watches a page for changes worth re-reading (late paragraphs, SPA renders, a region turned
 * editable) and ignores the ones we cause: our one host element (everything else of ours lives
 * in its closed shadow root, which the observer does not see). Our own DOM work runs inside
 * `quietly`, which hands pending page records on first and then drops the records of our change.
 */

const OURS = 'claimlens-layer';

/** Attributes whose change can make text editable or hidden. */
export const WATCHED_ATTRIBUTES = ['contenteditable', 'hidden', 'aria-hidden'];

function isOurs(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName.toLowerCase() === OURS;
}

/** True when a mutation record is the page changing its own content (not us). */
export function isPageChange(record: MutationRecord): boolean {
  const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
  if (target?.closest(OURS)) return false;
  if (record.type !== 'childList') return true; // characterData, or a watched attribute
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && !nodes.every(isOurs);
}

/** A MutationObserver over the document that reports page changes only. */
export class PageChanges {
  private readonly observer: MutationObserver;

  constructor(
    private readonly doc: Document,
    private readonly onChange: (records: MutationRecord[]) => void,
  ) {
    this.observer = new MutationObserver((records) => this.deliver(records));
  }

  /** Begin watching (idempotent). */
  start(): void {
    this.observer.observe(this.doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: WATCHED_ATTRIBUTES,
    });
  }

  /** Run our own DOM change without it being reported as a page change. */
  quietly<T>(change: () => T): T {
    this.deliver(this.observer.takeRecords());
    try {
      return change();
    } finally {
      this.observer.takeRecords();
    }
  }

  /** Stop watching for good. */
  destroy(): void {
    this.observer.disconnect();
  }

  private deliver(records: MutationRecord[]): void {
    const changes = records.filter(isPageChange);
    if (changes.length) this.onChange(changes);
  }
}
