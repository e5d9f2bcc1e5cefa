import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackgroundRequests, Result } from '../../src/messaging/protocol';
import { PageSession } from '../../src/page/page-session';

const PARA = (n: number) =>
  `<p>Sentence ${n}: the committee reported that ${n * 7} shipments of grain had arrived at the port this week, more than officials had expected in the spring.</p>`;
const PAGE = `<article>${[1, 2, 3, 4, 5, 6].map(PARA).join('')}</article>`;

function session(paused: () => boolean) {
  document.body.innerHTML = PAGE;
  const match = vi.fn(async (req: BackgroundRequests['match']['req']): Promise<Result<BackgroundRequests['match']['res']>> => ({
    ok: true,
    data: { claims: [{ id: req.sentences[0].id, text: req.sentences[0].text, verdict: 'corroborated', sources: [] }] },
  }));
  const controller = new AbortController();
  const s = new PageSession({
    doc: document,
    match,
    signal: controller.signal,
    setTimeout: (f, ms) => setTimeout(f, ms),
    isReadable: () => true,
    isPaused: async () => paused(),
  });
  return { s, match, controller };
}

let current: PageSession | null = null;
afterEach(() => {
  current?.destroy();
  document.body.innerHTML = '';
});

describe('PageSession', () => {
  it('on a paused site paints nothing, sends nothing and says paused', async () => {
    const { s, match } = session(() => true);
    current = s;
    expect((await s.start()).status).toBe('paused');
    expect(s.state()).toEqual({ status: 'paused', claims: [] });
    expect(match).not.toHaveBeenCalled();
    expect(document.querySelector('claimlens-layer')).toBeNull();
    expect(s.scrollTo('c1')).toBe(false);
  });

  it('refresh after un-pausing annotates; pausing again restores the page', async () => {
    let paused = true;
    const { s, match } = session(() => paused);
    current = s;
    const before = document.body.innerHTML;
    await s.start();
    paused = false;
    const state = await s.refresh();
    expect(state.status).toBe('ok');
    expect(match).toHaveBeenCalledTimes(1);
    expect(state.claims.length).toBe(1);
    expect(document.body.innerHTML).toBe(before);
    expect(s.scrollTo(state.claims[0].id)).toBe(true);
    paused = true;
    expect((await s.refresh()).status).toBe('paused');
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('claimlens-layer')).toBeNull();
  });

  it('annotates when the pause setting cannot be read', async () => {
    document.body.innerHTML = PAGE;
    const s = new PageSession({
      doc: document,
      match: async (req) => ({ ok: true, data: { claims: [{ id: req.sentences[0].id, text: req.sentences[0].text, verdict: 'mixed', sources: [] }] } }),
      signal: new AbortController().signal,
      setTimeout: (f, ms) => setTimeout(f, ms),
      isReadable: () => true,
      isPaused: () => Promise.reject(new Error('no background')),
    });
    current = s;
    expect((await s.start()).status).toBe('ok');
  });

  it('does nothing once the content script context is invalidated', async () => {
    const { s, match, controller } = session(() => false);
    current = s;
    controller.abort();
    await s.start();
    expect(match).not.toHaveBeenCalled();
    expect(document.querySelector('claimlens-layer')).toBeNull();
  });
  it('asks about the pause setting at once but reads the page only once it is ready', async () => {
    document.body.innerHTML = PAGE;
    const match = vi.fn(async (): Promise<Result<BackgroundRequests['match']['res']>> => ({ ok: true, data: { claims: [] } }));
    const isPaused = vi.fn(async () => false);
    let ready!: () => void;
    const s = new PageSession({
      doc: document,
      match,
      signal: new AbortController().signal,
      setTimeout: (f, ms) => setTimeout(f, ms),
      isReadable: () => true,
      isPaused,
      ready: () => new Promise<void>((r) => (ready = r)),
    });
    current = s;
    const started = s.start();
    await new Promise((r) => setTimeout(r, 10));
    expect(isPaused).toHaveBeenCalledTimes(1);
    expect(match).not.toHaveBeenCalled();
    ready();
    expect((await started).status).toBe('none');
    expect(match).toHaveBeenCalledTimes(1);
  });
});
