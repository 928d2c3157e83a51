/**
 * One benchmark size, run in its own process (`node --expose-gc --import tsx bench/measureSize.ts <leads>
 * <runs>`) so its memory figures are not polluted by other sizes. Prints one `BENCH_RESULT {json}` line.
 *
 * Memory measured (MB):
 *  - dataHeap:  V8 heap held by the raw 2D arrays (heapUsed after GC, after − before generating).
 *  - engineHeap: heap growth across one read + three reports, taken right after the run before any forced GC:
 *    the engine's working set plus its garbage (minor GCs during the run can only make it smaller).
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
  // The baseline is cheap: always a warm-up and at least three counted passes.
  sink += touchEveryCell(tabs);
  for (let i = 0; i < Math.max(3, runs); i++) {
    const t = performance.now();
    sink += touchEveryCell(tabs);
    baselineTimes.push(performance.now() - t);
  }

  const params = benchParams();
  const reads: number[] = [];
  const reports: number[] = [];
  let last: EngineRun | null = null;
  let engineHeap = 0;
  // Small sizes get a warm-up run that is not counted; a 1M run is counted as it is.
  const total = runs === 1 ? 1 : runs + 1;
  for (let i = 0; i < total; i++) {
    last = null;
    collectGarbage();
    const before = heapUsed();
    last = runEngine(tabs, params);
    engineHeap = Math.max(engineHeap, heapUsed() - before);
    if (i > 0 || total === 1) {
      reads.push(last.readMs);
      reports.push(last.reportsMs);
    }
  }
  collectGarbage();
  const heap2 = heapUsed();
  const run = last as EngineRun;
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
  if (!Number.isInteger(leads) || leads <= 0) throw new Error('usage: measureSize.ts <leads> [runs]');
  console.log('BENCH_RESULT ' + JSON.stringify(measureSize(leads, runs)));
}
