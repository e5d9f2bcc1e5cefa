/**
 * The content script's own lifetime, in place of WXT's ContentScriptContext. WXT 0.21's context
 * announces every start on the page's `window` (a CustomEvent and a postMessage named after the
 * extension id) and tears itself down when it sees that event, so any page could read the id and
 * switch ClaimLens off by replaying it. This lifetime listens to nothing the page can send: it
 * ends when the extension itself goes away (runtime id gone: updated, reloaded, removed) or when
 * `end()` is called, and it owns every timer so nothing outlives it.
 */

/** An abort signal plus timers that stop with it. */
export interface Lifetime {
  readonly signal: AbortSignal;
  setTimeout(handler: () => void, ms: number): unknown;
  /**
   * Run `handler` in a task of its own, as soon as the page's queued work allows: a turn for the
   * page between two slices of ours without a timer's minimum delay (nested zero timers wait
   * 4 ms each: a long read in slices lost tens of ms to them).
   */
  yieldNow(handler: () => void): void;
  /** End now (idempotent). */
  end(reason?: string): void;
}

/** How often the extension's presence (and the page's address) is checked. */
const CHECK_MS = 1000;

/**
 * A lifetime that ends when `alive()` turns false. `onTick` runs on each check while alive (the
 * content script uses it to notice history navigation without any event the page could forge).
 */
export function createLifetime(alive: () => boolean, onTick?: () => void): Lifetime {
  const controller = new AbortController();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  // A channel of our own (the page sees neither end): each message is one task.
  let turns: { channel: MessageChannel; queue: Array<() => void> } | undefined;
  const end = (reason = 'ClaimLens stopped'): void => {
    if (controller.signal.aborted) return;
    clearInterval(check);
    timers.forEach(clearTimeout);
    timers.clear();
    if (turns) {
      turns.queue.length = 0;
      turns.channel.port1.close();
      turns.channel.port2.close();
    }
    controller.abort(reason);
  };
  const isAlive = (): boolean => {
    try {
      return alive();
    } catch {
      return false;
    }
  };
  const check = setInterval(() => {
    if (!isAlive()) return end('the extension was updated or removed');
    onTick?.();
  }, CHECK_MS);
  return {
    signal: controller.signal,
    setTimeout(handler, ms) {
      if (controller.signal.aborted) return undefined;
      const id = setTimeout(() => {
        timers.delete(id);
        if (!controller.signal.aborted && isAlive()) handler();
        else end('the extension was updated or removed');
      }, ms);
      timers.add(id);
      return id;
    },
    yieldNow(handler) {
      if (controller.signal.aborted) return;
      if (!turns) {
        const channel = new MessageChannel();
        const queue: Array<() => void> = [];
        channel.port1.onmessage = () => {
          const next = queue.shift();
          if (!next || controller.signal.aborted) return;
          if (isAlive()) next();
          else end('the extension was updated or removed');
        };
        turns = { channel, queue };
      }
      turns.queue.push(handler);
      turns.channel.port2.postMessage(null);
    },
    end,
  };
}
