import { describe, expect, it, vi } from 'vitest';
import { READ_MS, ReadingTracker, type ReadingView } from '../../src/page/reading-tracker';

/** A page and a clock the test moves by hand. */
function rig(page: Partial<{ visible: boolean; y: number; viewport: number; range: number }> = {}) {
  const state = { visible: true, y: 0, viewport: 800, range: 4000, ...page };
  let now = 0;
  const queue: Array<{ at: number; run: () => void }> = [];
  const stop = new AbortController();
  const view: ReadingView = { visible: () => state.visible, scrollY: () => state.y, viewport: () => state.viewport, scrollRange: () => state.range };
  const onRead = vi.fn();
  const tracker = new ReadingTracker(view, onRead, {
    setTimeout: (run, ms) => queue.push({ at: now + ms, run }),
    now: () => now,
    signal: stop.signal,
  });
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      queue.sort((a, b) => a.at - b.at);
      const next = queue[0];
      if (!next || next.at > end) break;
      queue.shift();
      now = next.at;
      next.run();
    }
    now = end;
  };
  return { state, advance, onRead, tracker, stop };
}

describe('ReadingTracker', () => {
  it('says "read" once, after 30 s in view and some scrolling', () => {
    const r = rig();
    r.advance(5000);
    r.state.y = 600;
    r.advance(READ_MS - 7000);
    expect(r.onRead).not.toHaveBeenCalled();
    r.advance(3000);
    expect(r.onRead).toHaveBeenCalledTimes(1);
    r.advance(60_000);
    expect(r.onRead).toHaveBeenCalledTimes(1);
  });

  it('never calls a page read that was left after 2 seconds, nor one never scrolled', () => {
    const left = rig();
    left.state.y = 900;
    left.advance(2000);
    left.stop.abort();
    left.advance(120_000);
    expect(left.onRead).not.toHaveBeenCalled();
    const still = rig();
    still.advance(120_000);
    expect(still.onRead).not.toHaveBeenCalled();
  });

  it('counts only the time the page is visible (a background tab is not being read)', () => {
    const r = rig({ y: 0 });
    r.state.y = 500;
    r.advance(10_000);
    r.state.visible = false;
    r.advance(600_000);
    expect(r.onRead).not.toHaveBeenCalled();
    expect(r.tracker.counted).toBeLessThan(12_000);
    r.state.visible = true;
    r.advance(21_000);
    expect(r.onRead).toHaveBeenCalledTimes(1);
  });

  it('needs no scrolling on a page that fits on one screen', () => {
    const r = rig({ range: 0 });
    r.advance(READ_MS + 1000);
    expect(r.onRead).toHaveBeenCalledTimes(1);
  });
});
