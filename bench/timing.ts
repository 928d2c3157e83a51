/** Timing helpers shared by the size runs and the extra bench lines. */

export function median(values: readonly number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Calls `gc()` when the process runs with --expose-gc (the size runs do), otherwise nothing. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

/** Median milliseconds of `runs` calls after one warm-up call; `sink` keeps results alive. */
export function medianMs(fn: () => unknown, runs: number): { ms: number; sink: unknown } {
  let sink = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const t = performance.now();
    sink = fn();
    times.push(performance.now() - t);
  }
  return { ms: median(times), sink };
}
