/** Formats the benchmark results as a Markdown table the README can quote as is. */
import * as os from 'node:os';
import type { SizeResult } from './measureSize';

const fmt = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function machineLine(): string {
  const cpus = os.cpus();
  const model = cpus.length ? cpus[0].model.trim() : 'unknown CPU';
  return (
    `Machine: ${model}, ${cpus.length} cores, ${fmt(os.totalmem() / 1024 ** 3, 1)} GB RAM, ` +
    `${os.platform()} ${os.release()}; Node ${process.version} (V8 ${process.versions.v8})`
  );
}

export function resultTable(results: readonly SizeResult[]): string[] {
  const lines = [
    '| leads | rows: leads / deals / costs | cells | read ms | 3 reports ms | engine ms | baseline ms | engine ÷ baseline | data heap MB | engine heap MB | retained MB | peak RSS MB | generate ms | cold run ms |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    const rows = `${fmt(r.rows['Лиды'] ?? 0)} / ${fmt(r.rows['Сделки'] ?? 0)} / ${fmt(r.rows['Расходы'] ?? 0)}`;
    lines.push(
      `| ${fmt(r.leads)} | ${rows} | ${fmt(r.cells)} | ${fmt(r.readMs, 1)} | ${fmt(r.reportsMs, 1)} | ` +
        `${fmt(r.engineMs, 1)} | ${fmt(r.baselineMs, 1)} | ${fmt(r.engineMs / r.baselineMs, 1)} | ` +
        `${fmt(r.dataHeapMb)} | ${fmt(r.engineHeapMb)} | ${fmt(r.retainedHeapMb)} | ${fmt(r.peakRssMb)} | ` +
        `${fmt(r.generateMs)} | ${fmt(r.coldMs, 1)} |`,
    );
  }
  return lines;
}

/**
 * Time growth between consecutive sizes and end to end, against row growth. Below the row factor means fixed
 * costs (time-zone tables, settings) still weigh at the smaller size.
 */
export function growthLines(results: readonly SizeResult[]): string[] {
  const pairs: [SizeResult, SizeResult][] = [];
  for (let i = 1; i < results.length; i++) pairs.push([results[i - 1], results[i]]);
  if (results.length > 2) pairs.push([results[0], results[results.length - 1]]);
  return pairs.map(([a, b]) => {
    const rows = b.leads / a.leads;
    const time = b.engineMs / a.engineMs;
    const verdict = time <= rows * 1.5 ? 'linear or better' : 'worse than linear';
    return (
      `Growth ${fmt(a.leads)} → ${fmt(b.leads)} leads: rows ×${fmt(rows)}, engine time ×${fmt(time, 1)} (${verdict}),` +
      ` baseline ×${fmt(b.baselineMs / a.baselineMs, 1)}`
    );
  });
}
