/**
 * Network and error watch for a browser context. Every request the browser makes is recorded
 * and anything that is not local is aborted (the machine is offline anyway; aborting keeps the
 * runs fast and deterministic). Page errors and console errors are collected per origin so a
 * test can tell the extension's errors from a saved page's own.
 */
import type { BrowserContext, ConsoleMessage, Page, Request, Worker } from 'playwright-core';

/** A URL the extension may touch: the local test server, its own pages, inline data. */
export function isLocal(url: string): boolean {
  if (/^(chrome-extension|data|blob|about|chrome):/.test(url)) return true;
  try {
    const u = new URL(url);
    return u.hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/** One collected error, with where it came from. */
export interface CollectedError {
  kind: 'pageerror' | 'console' | 'worker';
  text: string;
  /** Script URL or stack, when known: "chrome-extension://…" means it is ours. */
  where: string;
  pageUrl: string;
}

/** True when an error comes from the extension (its content script, pages or worker). */
export function isOurs(e: CollectedError): boolean {
  return /chrome-extension:\/\//.test(e.where) || /claimlens/i.test(e.text) || e.pageUrl.startsWith('chrome-extension://');
}

/** One request and who made it (the service worker's URL or the requesting frame's URL). */
export interface SeenRequest {
  url: string;
  from: string;
}

/** What a watched context saw. */
export interface Traffic {
  /** Every request, in order. */
  requests: SeenRequest[];
  /** URLs of requests to anywhere but 127.0.0.1 / chrome-extension: / data: / blob:. */
  offsite(): string[];
  /** Offsite requests made by the extension's own worker or pages. */
  offsiteFromExtension(): string[];
  errors: CollectedError[];
  /** Start collecting errors of a page (pages opened through the context are watched already). */
  watchPage(page: Page): void;
}

function consoleWhere(msg: ConsoleMessage): string {
  const loc = msg.location();
  return loc.url ?? '';
}

function requester(r: Request): string {
  const worker = r.serviceWorker();
  if (worker) return worker.url();
  try {
    return r.frame().url();
  } catch {
    return '';
  }
}

/** Record requests and errors of a context, and block everything that is not local. */
export async function watchTraffic(context: BrowserContext): Promise<Traffic> {
  const requests: SeenRequest[] = [];
  const errors: CollectedError[] = [];
  const watched = new WeakSet<Page>();
  context.on('request', (r) => requests.push({ url: r.url(), from: requester(r) }));
  await context.route(
    (url) => !isLocal(url.toString()),
    (route) => route.abort('blockedbyclient'),
  );
  const watchPage = (page: Page): void => {
    if (watched.has(page)) return;
    watched.add(page);
    page.on('pageerror', (err) =>
      errors.push({ kind: 'pageerror', text: `${err.name}: ${err.message}`, where: err.stack ?? '', pageUrl: page.url() }),
    );
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      errors.push({ kind: 'console', text: msg.text(), where: consoleWhere(msg), pageUrl: page.url() });
    });
  };
  context.on('page', watchPage);
  context.pages().forEach(watchPage);
  // The extension's service worker: its console errors count as ours (a woken worker is a new one).
  const watchWorker = (worker: Worker): void => {
    worker.on('console', (msg) => {
      if (msg.type() === 'error') errors.push({ kind: 'worker', text: msg.text(), where: consoleWhere(msg), pageUrl: worker.url() });
    });
  };
  context.on('serviceworker', watchWorker);
  context.serviceWorkers().forEach(watchWorker);
  return {
    requests,
    offsite: () => requests.filter((r) => !isLocal(r.url)).map((r) => r.url),
    offsiteFromExtension: () =>
      requests.filter((r) => !isLocal(r.url) && r.from.startsWith('chrome-extension://')).map((r) => r.url),
    errors,
    watchPage,
  };
}
