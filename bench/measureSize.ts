/**
 * One benchmark size, run in its own process so its memory figures are not polluted by other sizes: run.ts
 * bundles this file and runs `node --expose-gc <bundle> <leads> <runs>` (`--import tsx` on the .ts works too).
 * Prints one `BENCH_RESULT {json}` line. Times: a cold first run, then `runs` timed runs (0: the cold run is
 * the one counted).
 *
 * Memory measured (MB):
 *  - dataHeap:  V8 heap held by the raw 2D arrays (heapUsed after GC, after − before generating).
 *  - engineHeap: heap growth across the cold run (read + three reports) from a collected heap, taken right after
 *    it before any forced GC: the engine's working set plus its garbage (minor GCs during the run can only
 *    make it smaller).
 *  - retainedHeap: heap still held after GC by the Dataset and the three models (the raw arrays excluded).
 *  - peakRss: the process's maximum resident set (resourceUsage().maxRSS): generator + data + engine.
 */
import type { ReportParams } from '../src/core/model';
import { EXAMPLE_END_DAY, generateWorkbook } from '../examples/generate';
import { cellCount, touchEveryCell } from './baseline';
import { runEngine, type EngineRun } from './engine';
import { collectGarbage, median } from './timing';

export interface SizeResult {
  leads: number;
  rows: Record<string, number>;
  cells: number;
  runs: number;
  generateMs: number;
  baselineMs: number;
  readMs: number;
  reportsMs: number;
  engineMs: number;
  /** The first run in the process (read + reports), JIT warm-up included. */
  coldMs: number;
  dataHeapMb: number;
  engineHeapMb: number;
  retainedHeapMb: number;
  peakRssMb: number;
  refusals: number;
  findings: number;
  sink: number;
}

const MB = 1024 * 1024;
const heapUsed = (): number => process.memoryUsage().heapUsed;

/** The report of a month: November 2026, compared with October, made on the last day of the data. */
export function benchParams(): ReportParams {
  return {
    period: { from: EXAMPLE_END_DAY - 29, to: EXAMPLE_END_DAY },
    compare: true,
    locale: 'ru',
    today: EXAMPLE_END_DAY,
    generatedAt: '2026-12-01T09:00:00.000Z',
  };
}

export function measureSize(leads: number, runs: number): SizeResult {
  collectGarbage();
  const heap0 = heapUsed();
  const t0 = performance.now();
  const tabs = generateWorkbook({ seed: 42, leads, messy: false });
  const generateMs = performance.now() - t0;
  collectGarbage();
  const heap1 = heapUsed();

  const baselineTimes: number[] = [];
  let sink = 0;
  // The baseline is cheap: always a warm-up and at least five counted passes (memory-bound, so noisy).
  sink += touchEveryCell(tabs);
  for (let i = 0; i < Math.max(5, runs); i++) {
    const t = performance.now();
    sink += touchEveryCell(tabs);
    baselineTimes.push(performance.now() - t);
  }

  const params = benchParams();
  const reads: number[] = [];
  const reports: number[] = [];

  // The cold run: the first in the process, JIT warm-up included (what one Apps Script execution pays), from
  // a collected heap, so its heap growth is the engine's.
  collectGarbage();
  const before = heapUsed();
  let last: EngineRun | null = runEngine(tabs, params);
  const engineHeap = heapUsed() - before;
  const coldMs = last.readMs + last.reportsMs;
  // Timed runs follow without a forced GC in between: a full collection while the previous run's objects are
  // dead also discards their hidden classes, and with them the engine's optimised code, so every run would be
  // half cold again. Their own garbage is collected as it comes, inside the timing.
  for (let i = 0; i < runs; i++) {
    last = null; // the previous run's Dataset is garbage before the next starts, as in a real execution
    last = runEngine(tabs, params);
    reads.push(last.readMs);
    reports.push(last.reportsMs);
  }
  if (runs === 0) {
    // Only the cold run (1M: one run is what an execution does, and a second would pay for the first's
    // 250 MB of garbage in major collections over the whole data).
    reads.push(last.readMs);
    reports.push(last.reportsMs);
  }
  collectGarbage();
  const heap2 = heapUsed();
  const run = last;
  sink +=
    run.models.adPayback.rows.length + run.models.traffic.managers.length + run.models.quality.checks.length;

  const rows: Record<string, number> = {};
  for (const tab of tabs) rows[tab.name] = tab.values.length;
  const readMs = median(reads);
  const reportsMs = median(reports);
  return {
    leads,
    rows,
    cells: cellCount(tabs),
    runs: reads.length,
    generateMs,
    baselineMs: median(baselineTimes),
    readMs,
    reportsMs,
    engineMs: median(reads.map((r, i) => r + reports[i])),
    coldMs,
    dataHeapMb: (heap1 - heap0) / MB,
    engineHeapMb: engineHeap / MB,
    retainedHeapMb: (heap2 - heap1) / MB,
    peakRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
    refusals: run.dataset.refusals.length,
    findings: run.dataset.findings.length,
    sink,
  };
}

if (require.main === module) {
  const leads = Number(process.argv[2]);
  const runs = Number(process.argv[3] ?? 3);
  if (!Number.isInteger(leads) || leads <= 0 || !Number.isInteger(runs) || runs < 0) {
    throw new Error('usage: measureSize.ts <leads> [timed runs after the cold one; 0 = count the cold run]');
  }
  console.log('BENCH_RESULT ' + JSON.stringify(measureSize(leads, runs)));
}
