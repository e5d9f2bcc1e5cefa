/**
 * Cooperative slicing of long work: `await slicer.pause()` gives the page's own tasks a turn
 * whenever the current slice has run for `budgetMs`, so no task of ours comes near the 50 ms of a
 * long task, whatever the page's size.
 */

/** Yields to the event loop between slices of at most `budgetMs`. */
export class Slicer {
  private start = now();
  /** How many times this slicer gave the page a turn. */
  yields = 0;
  /** The longest slice so far (ms): what the page's main thread waited for us at most. */
  longest = 0;

  constructor(
    private readonly yieldNow: () => Promise<void>,
    private readonly budgetMs = 8,
  ) {}

  /** True when the current slice is used up. */
  get due(): boolean {
    return now() - this.start >= this.budgetMs;
  }

  /** Yield if the slice is used up. */
  async pause(): Promise<void> {
    if (!this.due) return;
    this.end();
    this.yields++;
    await this.yieldNow();
    this.start = now();
  }

  /** Start a fresh slice (after an await that already yielded). */
  reset(): void {
    this.start = now();
  }

  /** Close the current slice (before an await), recording its length. */
  end(): void {
    this.longest = Math.max(this.longest, now() - this.start);
  }
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
