/**
 * When a worker reached each step of its start (ms since the worker's time origin), for
 * debug.stats and the browser bench: how much of a cold page's wait is the worker starting,
 * the database opening, the first reads and the part-of-speech model.
 */
const marks: Record<string, number> = {};

/** Note that the worker reached `step` now (the first time only). */
export function markWorker(step: string): void {
  marks[step] ??= performance.now();
}

/** The steps so far, plus the worker's time origin (epoch ms) as `origin`. */
export function workerTimeline(): Record<string, number> {
  return { origin: performance.timeOrigin, ...marks };
}
