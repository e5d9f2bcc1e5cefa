/**
 * Typed senders for the protocol. Callers get a `Result` back: a dead service worker, a closed
 * tab or a handler error all become `{ ok: false, error }` instead of a rejected promise.
 */
import { browser } from 'wxt/browser';
import type {
  BackgroundRequests,
  BackgroundType,
  ContentRequests,
  ContentType,
  Result,
} from './protocol';

function toResult<T>(answer: unknown): Result<T> {
  if (answer && typeof answer === 'object' && 'ok' in answer) return answer as Result<T>;
  return { ok: false, error: 'No answer from the extension (it may have been updated: reload the page).' };
}

function failure<T>(err: unknown): Result<T> {
  return { ok: false, error: err instanceof Error ? err.message : String(err) };
}

/** Send a request to the background service worker. */
export async function askBackground<T extends BackgroundType>(
  type: T,
  payload: BackgroundRequests[T]['req'],
): Promise<Result<BackgroundRequests[T]['res']>> {
  try {
    return toResult(await browser.runtime.sendMessage({ type, ...payload }));
  } catch (err) {
    return failure(err);
  }
}

/** Send a request to the content script of a tab. */
export async function askTab<T extends ContentType>(
  tabId: number,
  type: T,
  payload: ContentRequests[T]['req'],
): Promise<Result<ContentRequests[T]['res']>> {
  try {
    return toResult(await browser.tabs.sendMessage(tabId, { type, ...payload }));
  } catch (err) {
    return failure(err);
  }
}
