import { describe, expect, it, vi } from 'vitest';
import type { BackgroundRequests } from '../../src/messaging/protocol';
import { createRequestListener, type HandlerMap } from '../../src/messaging/serve';
import { validateBackgroundRequest } from '../../src/messaging/validate';

type Subset = Pick<BackgroundRequests, 'site.get' | 'library.delete'>;

function listen(handlers: HandlerMap<Subset>) {
  const listener = createRequestListener<Subset>(handlers, validateBackgroundRequest);
  return (message: unknown): { sync: unknown; answer: Promise<unknown> } => {
    let resolve!: (v: unknown) => void;
    const answer = new Promise((r) => (resolve = r));
    const sync = listener(message, { tab: { id: 4 } }, resolve);
    return { sync, answer };
  };
}

describe('createRequestListener', () => {
  const handlers: HandlerMap<Subset> = {
    'site.get': vi.fn(async ({ host }) => ({ paused: host === 'paused.example', autoAdd: false, neverAdd: false })),
    'library.delete': async ({ ids }) => {
      if (ids.includes('boom')) throw new Error('disk full');
      return { deleted: ids.length };
    },
  };
  const send = listen(handlers);

  it('answers { ok: true, data } with the handler result, keeping the channel open', async () => {
    const { sync, answer } = send({ type: 'site.get', host: 'paused.example' });
    expect(sync).toBe(true);
    expect(await answer).toEqual({ ok: true, data: { paused: true, autoAdd: false, neverAdd: false } });
    expect(handlers['site.get']).toHaveBeenCalledWith({ type: 'site.get', host: 'paused.example' }, { tab: { id: 4 } });
  });

  it('answers { ok: false } for a malformed request without calling the handler', async () => {
    vi.mocked(handlers['site.get']).mockClear();
    expect(await send({ type: 'site.get', host: 42 }).answer).toEqual({ ok: false, error: 'site.get: host must be a string' });
    expect(handlers['site.get']).not.toHaveBeenCalled();
  });

  it('turns a handler error into { ok: false, error } instead of throwing', async () => {
    expect(await send({ type: 'library.delete', ids: ['boom'] }).answer).toEqual({ ok: false, error: 'disk full' });
  });

  it('ignores messages of other types and non-requests (no answer, channel not held)', () => {
    for (const msg of [{ type: 'page.state' }, { type: 'match', sentences: [], page: {} }, 'hello', null, { type: 'toString' }]) {
      const sendResponse = vi.fn();
      const listener = createRequestListener<Subset>(handlers, validateBackgroundRequest);
      expect(listener(msg, {}, sendResponse)).toBeUndefined();
      expect(sendResponse).not.toHaveBeenCalled();
    }
  });
});
