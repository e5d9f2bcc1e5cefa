import { describe, expect, it } from 'vitest';
import { pageReady } from '../../src/page/page-ready';

/** A document still loading: readyState and linked sheets under the test's control. */
function loadingDoc(links: Array<{ sheet: object | null }> = []) {
  const doc = new EventTarget() as EventTarget & { readyState: DocumentReadyState; defaultView: EventTarget; querySelectorAll: () => unknown[] };
  doc.readyState = 'loading';
  doc.defaultView = new EventTarget();
  const els = links.map((l) => Object.assign(new EventTarget(), { sheet: l.sheet, disabled: false, isConnected: true }));
  doc.querySelectorAll = () => els;
  return { doc, els };
}

const settled = async (p: Promise<void>): Promise<boolean> => {
  let done = false;
  void p.then(() => (done = true));
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return done;
};

describe('pageReady', () => {
  it('waits for the document to be parsed (a forged event changes nothing)', async () => {
    const { doc } = loadingDoc();
    const ready = pageReady(doc as unknown as Document, new AbortController().signal);
    doc.dispatchEvent(new Event('readystatechange'));
    expect(await settled(ready)).toBe(false);
    doc.readyState = 'interactive';
    doc.dispatchEvent(new Event('readystatechange'));
    expect(await settled(ready)).toBe(true);
  });

  it('then for the linked style sheets still loading, or the window load, whichever is first', async () => {
    const { doc, els } = loadingDoc([{ sheet: {} }, { sheet: null }, { sheet: null }]);
    const ready = pageReady(doc as unknown as Document, new AbortController().signal);
    doc.readyState = 'interactive';
    doc.dispatchEvent(new Event('readystatechange'));
    els[1].dispatchEvent(new Event('load'));
    expect(await settled(ready)).toBe(false);
    els[2].dispatchEvent(new Event('error'));
    expect(await settled(ready)).toBe(true);

    const other = loadingDoc([{ sheet: null }]);
    const byLoad = pageReady(other.doc as unknown as Document, new AbortController().signal);
    other.doc.readyState = 'interactive';
    other.doc.dispatchEvent(new Event('readystatechange'));
    expect(await settled(byLoad)).toBe(false);
    other.doc.defaultView.dispatchEvent(new Event('load'));
    expect(await settled(byLoad)).toBe(true);
  });

  it('is ready at once on a parsed document', async () => {
    expect(await settled(pageReady(document, new AbortController().signal))).toBe(true);
  });
});
