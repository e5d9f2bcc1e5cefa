/**
 * A woken worker loads the part-of-speech model (tens of ms, more on a busy machine) before the
 * page's `match` needs it, but never in the way of an answer: a page's first request (its pause
 * check, `site.get`) is answered first, and the model loads while the content script reads the
 * page, which takes about as long.
 */
import { loadTagger } from '../engine';
import { markWorker } from './worker-timeline';

let loaded = false;
let inFlight = 0;

function load(): void {
  if (loaded || inFlight > 0) return;
  try {
    loadTagger();
    loaded = true;
    markWorker('tagger');
  } catch {
    // The model's data is not there yet (the extension fetches it as the worker starts): the
    // next answered request tries again, and a page's match loads it when it needs it.
  }
}

/** After the current turn of the event loop, unless a request is being answered (then after it). */
export function warmUpSoon(): void {
  if (!loaded) setTimeout(load, 0);
}

/** Handlers that each schedule the warm-up once they have answered. */
export function warmingUp<H extends object>(handlers: H): H {
  const out: Record<string, unknown> = {};
  for (const [type, handler] of Object.entries(handlers) as Array<[string, (...args: unknown[]) => unknown]>) {
    out[type] = async (...args: unknown[]) => {
      inFlight++;
      try {
        return await handler(...args);
      } finally {
        inFlight--;
        warmUpSoon();
      }
    };
  }
  return out as H;
}
