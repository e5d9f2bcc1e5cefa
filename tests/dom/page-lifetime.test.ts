import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLifetime } from '../../src/page/lifetime';

afterEach(() => {
  vi.useRealTimers();
});

describe('the content script lifetime (instead of WXT\'s page-forgeable context)', () => {
  it('ends when the extension goes away, and its timers stop with it', () => {
    vi.useFakeTimers();
    let alive = true;
    const ticks = vi.fn();
    const life = createLifetime(() => alive, ticks);
    const fired = vi.fn();
    life.setTimeout(fired, 5000);
    vi.advanceTimersByTime(1000);
    expect(ticks).toHaveBeenCalledTimes(1);
    alive = false;
    vi.advanceTimersByTime(1000);
    expect(life.signal.aborted).toBe(true);
    vi.advanceTimersByTime(10_000);
    expect(fired).not.toHaveBeenCalled();
    expect(ticks).toHaveBeenCalledTimes(1);
    expect(life.setTimeout(fired, 10)).toBeUndefined();
  });

  it('listens to nothing on the page: replaying WXT\'s start signal changes nothing', () => {
    vi.useFakeTimers();
    const life = createLifetime(() => true);
    for (const name of ['content', 'content-page']) {
      const type = `abcdefghijklmnop:${name}:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: 'evil' } }));
      window.postMessage({ type, contentScriptName: name, messageId: 'evil' }, '*');
    }
    vi.advanceTimersByTime(5000);
    expect(life.signal.aborted).toBe(false);
    life.end();
    expect(life.signal.aborted).toBe(true);
  });

  it('ends when checking the extension throws (an orphaned script after an update)', () => {
    vi.useFakeTimers();
    const life = createLifetime(() => {
      throw new Error('Extension context invalidated.');
    });
    vi.advanceTimersByTime(1000);
    expect(life.signal.aborted).toBe(true);
  });
  it('gives the page a turn (yieldNow) in order, and runs nothing once ended', async () => {
    vi.useRealTimers();
    const life = createLifetime(() => true);
    const ran: number[] = [];
    await new Promise<void>((resolve) => {
      life.yieldNow(() => ran.push(1));
      life.yieldNow(() => {
        ran.push(2);
        resolve();
      });
    });
    expect(ran).toEqual([1, 2]);
    life.yieldNow(() => ran.push(3));
    life.end();
    life.yieldNow(() => ran.push(4));
    await new Promise((r) => setTimeout(r, 20));
    expect(ran).toEqual([1, 2]);
  });
});
