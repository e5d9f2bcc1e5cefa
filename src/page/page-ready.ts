/**
 * When the page is ready to be read. The content script starts at document_start, so that its
 * first request (the site's pause setting) wakes a stopped background worker while the page is
 * still loading; it reads the page once the document is parsed (DOMContentLoaded) and the style
 * sheets it links have arrived (what is visible depends on them), or at the window's load,
 * whichever comes first.
 */

/** Resolves when `doc` is parsed and its linked style sheets are loaded (or the window loaded). */
export function pageReady(doc: Document, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    const win = doc.defaultView;
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      doc.removeEventListener('readystatechange', check);
      win?.removeEventListener('load', finish);
      resolve();
    };
    const pendingSheets = (): HTMLLinkElement[] =>
      [...doc.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet" i]')].filter((l) => !l.sheet && !l.disabled && l.isConnected);
    const check = (): void => {
      if (done || doc.readyState === 'loading') return;
      const pending = pendingSheets();
      if (!pending.length) return finish();
      let left = pending.length;
      const one = (): void => {
        if (--left === 0) finish();
      };
      for (const link of pending) {
        link.addEventListener('load', one, { once: true, signal });
        link.addEventListener('error', one, { once: true, signal });
      }
    };
    if (signal.aborted) return;
    // The page's own events can be forged; each one only makes us look at readyState again.
    doc.addEventListener('readystatechange', check, { signal });
    win?.addEventListener('load', finish, { once: true, signal });
    if (doc.readyState === 'complete') finish();
    else check();
  });
}
