/**
 * The receiving side of the protocol, shared by the background (BackgroundRequests) and the
 * content script (ContentRequests): validate, run the handler, answer a Result. Nothing throws
 * across the channel, and messages meant for another context are left alone.
 */
import { browser } from 'wxt/browser';
import type { Result } from './protocol';

/** A request map like BackgroundRequests: request type -> { req, res }. */
export type RequestMap<M> = { [K in keyof M]: { req: unknown; res: unknown } };

/** Who sent a message (the parts handlers may care about). */
export interface MessageSenderInfo {
  tab?: { id?: number; url?: string };
  url?: string;
  id?: string;
  /** 0 for the top frame of the tab. */
  frameId?: number;
}

/**
 * The payload fields of a request. An empty request is typed `Record<string, never>` in the
 * protocol, whose every key (so also `type`) would be `never`: it carries no fields here.
 */
export type RequestFields<R> = string extends keyof R ? object : R;

/** One handler per request type of M; it may throw, the error becomes `{ ok: false }`. */
export type HandlerMap<M extends RequestMap<M>> = {
  [K in keyof M]: (msg: { type: K } & RequestFields<M[K]['req']>, sender: MessageSenderInfo) => Promise<M[K]['res']> | M[K]['res'];
};

/** What a validator returns: the checked (and copied) message, or why it was refused. */
export type Validation = { ok: true; msg: { type: string } } | { ok: false; error: string };

/** The raw listener shape of runtime.onMessage (sendResponse style: works with and without the polyfill). */
export type RawListener = (message: unknown, sender: MessageSenderInfo, sendResponse: (answer: unknown) => void) => true | undefined;

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Build the listener: ignores other types, validates, answers `{ ok, data | error }`. */
export function createRequestListener<M extends RequestMap<M>>(
  handlers: HandlerMap<M>,
  validate: (msg: unknown) => Validation,
): RawListener {
  return (message, sender, sendResponse) => {
    const type = (message as { type?: unknown } | null)?.type;
    // Not ours (another context's request, or not a request at all): stay silent so another
    // listener may answer.
    if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(handlers, type)) return undefined;
    const answer = async (): Promise<Result<unknown>> => {
      const checked = validate(message);
      if (!checked.ok) return { ok: false, error: checked.error };
      const handler = handlers[checked.msg.type as keyof M] as (m: unknown, s: MessageSenderInfo) => unknown;
      try {
        return { ok: true, data: await handler(checked.msg, sender ?? {}) };
      } catch (err) {
        return { ok: false, error: errorText(err) };
      }
    };
    answer().then(sendResponse, (err: unknown) => sendResponse({ ok: false, error: errorText(err) }));
    return true; // the answer comes asynchronously
  };
}

/**
 * Register one runtime.onMessage listener serving `handlers`; returns a function removing it.
 * Call it synchronously in the entrypoint's main(): an MV3 worker must listen on every wake.
 */
export function serveRequests<M extends RequestMap<M>>(
  handlers: HandlerMap<M>,
  validate: (msg: unknown) => Validation,
): () => void {
  const listener = createRequestListener(handlers, validate);
  const onMessage = browser.runtime.onMessage as unknown as {
    addListener(l: RawListener): void;
    removeListener(l: RawListener): void;
  };
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}
