/** Small timing and statistics helpers for the benchmark. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The q-quantile (0..1) of a list of numbers, by linear interpolation. */
export function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

/** Wall-clock and process CPU milliseconds of one stretch of work. */
export interface Took { wall: number; cpu: number }

/**
 * Times one awaited call. CPU time is reported next to wall time because the bench machine is
 * shared: under load, wall time measures the neighbours as much as the engine.
 */
export async function timeIt(f: () => unknown): Promise<Took> {
  const c = process.cpuUsage();
  const t = performance.now();
  await f();
  const wall = performance.now() - t;
  const d = process.cpuUsage(c);
  return { wall, cpu: (d.user + d.system) / 1000 };
}

let gcFn: (() => void) | undefined;

/**
 * A full garbage collection before reading the heap, so heap_mb is the live size rather than
 * whatever garbage happens to be around. `npm run bench` cannot pass --expose-gc, so the flag is
 * set at run time and the gc function fetched from a fresh context.
 */
export function collectGarbage(): void {
  if (!gcFn) {
    setFlagsFromString('--expose-gc');
    gcFn = runInNewContext('gc') as () => void;
  }
  gcFn();
}

/** Round to `d` decimals. */
export function round(x: number, d = 1): number {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}
