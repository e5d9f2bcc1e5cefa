/**
 * Starts fetching the part-of-speech model's core (wink-core.json, 3 MB) the moment the worker's
 * script starts: entrypoints/background.ts imports this module first, so it is evaluated before the
 * rest of the bundle, and the file is read while the rest is evaluated and the database opens (on a
 * stopped worker woken by a page, that wait was on the way to the page's first answer). No
 * dependencies, on purpose.
 */
type Runtime = { getURL?: (path: string) => string };
const runtime = (globalThis as { chrome?: { runtime?: Runtime } }).chrome?.runtime;

/** Fetch the core model's JSON text from the extension's files. */
export function fetchCoreModel(): Promise<string> {
  if (!runtime?.getURL) return Promise.reject(new Error('part-of-speech model: not in an extension'));
  return fetch(runtime.getURL('/wink-core.json')).then((res) => {
    if (!res.ok) throw new Error(`part-of-speech model: ${res.status} ${res.statusText}`);
    return res.text();
  });
}

/** The fetch started when this module was evaluated (taken once; later loads fetch again). */
let started: Promise<string> | undefined = runtime?.getURL ? fetchCoreModel() : undefined;
started?.catch(() => undefined); // reported by whoever takes it

/** The early fetch if not taken yet, else a new one. */
export function takeCoreModel(): Promise<string> {
  const early = started;
  started = undefined;
  return early ?? fetchCoreModel();
}
