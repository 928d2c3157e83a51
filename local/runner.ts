/**
 * Runs the built add-on on a workbook file, as Sheets would: load the .xlsx into the local host, run the
 * menu action "All reports" inside the sandboxed dist/Code.js, evaluate the cells that call the add-on's
 * custom functions (as Sheets does on opening; array results spill), and save the result to another file.
 */
import { resolve } from 'node:path';
import { createHost, HostInputError, type Host } from './host';
import { loadXlsx, saveXlsx } from './xlsx';
import { loadAddon, type AddonSandbox } from './sandbox';
import { PERIOD_PROPERTY } from '../src/addon/period';
import { SHEET_NAMES } from '../src/core/i18n/reportLabels';
import { TOTAL_PAID } from '../src/core/i18n/common';
import { PAYBACK_COLUMNS } from '../src/core/layout/adPaybackLayout';
import { localeOf } from '../src/core/i18n/locale';
import { dayOfIso } from '../src/core/time/days';

export const CUSTOM_FUNCTIONS = [
  'MARKETING_ROI',
  'CONVERSION',
  'COSTPERDEAL',
  'COSTPERLEAD',
  'COSTPERWON',
  'COSTPERACTION',
] as const;

export interface RunOptions {
  input: string;
  output: string;
  /** ISO dates; both or neither. Neither: the add-on's own default (the remembered or last full month). */
  from?: string;
  to?: string;
  compare?: boolean;
  locale?: string;
  timeZone?: string;
  codePath?: string;
  /** Which menu action to run (default: all reports). */
  report?: ReportChoice;
}

export type ReportChoice = 'all' | 'adPayback' | 'trafficInfluence' | 'dataQuality';

const MENU_ACTION: Record<ReportChoice, string> = {
  all: 'menuAllReports',
  adPayback: 'menuAdPayback',
  trafficInfluence: 'menuTrafficInfluence',
  dataQuality: 'menuDataQuality',
};

export interface RunResult {
  host: Host;
  addon: AddonSandbox;
  /** The period as the Ad payback sheet states it. */
  period: string | null;
  summary: { paidCost: number; revenue: number; roi: number | '' } | null;
  /** Messages the add-on showed (alerts: errors and refusals). */
  alerts: string[];
  stats: { loadMs: number; runMs: number; saveMs: number; calls: number; formulas: number };
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export async function runWorkbook(options: RunOptions): Promise<RunResult> {
  const input = resolve(options.input);
  const output = resolve(options.output);
  if (input === output)
    throw new HostInputError(
      'The output file must differ from the input file (the input is never modified).',
    );
  if ((options.from === undefined) !== (options.to === undefined)) {
    throw new HostInputError('Give both --from and --to, or neither.');
  }
  for (const d of [options.from, options.to]) {
    if (d !== undefined && (!ISO.test(d) || dayOfIso(d) === null)) {
      throw new HostInputError(`Dates are real calendar days as YYYY-MM-DD: "${d}".`);
    }
  }
  if (options.from && options.to && options.from > options.to) {
    throw new HostInputError(`--from ${options.from} is after --to ${options.to}.`);
  }

  let t = Date.now();
  const spreadsheet = await loadXlsx(input, { locale: options.locale, timeZone: options.timeZone });
  const loadMs = Date.now() - t;

  const host = createHost({
    spreadsheet,
    distDir: resolve(options.codePath ? resolve(options.codePath, '..') : 'dist'),
  });
  const addon = loadAddon(host, { codePath: options.codePath });
  if (options.from && options.to) {
    host.properties.document.data.set(
      PERIOD_PROPERTY,
      JSON.stringify({ from: options.from, to: options.to, compare: options.compare !== false }),
    );
  }

  t = Date.now();
  host.calls.reset();
  addon.call(MENU_ACTION[options.report ?? 'all']);
  const calls = host.calls.total;
  for (const name of CUSTOM_FUNCTIONS) {
    host.registerFunction(name, (...args: unknown[]) => addon.callCustomFunction(name, ...args));
  }
  let formulas = 0;
  for (const sheet of host.spreadsheet.sheets) formulas += sheet.formulas.size;
  host.recalculate();
  const runMs = Date.now() - t;

  t = Date.now();
  await saveXlsx(host.spreadsheet, output);
  const saveMs = Date.now() - t;

  const alerts = host.ui.alerts.map((a) => [a.title, a.prompt].filter(Boolean).join(': '));
  return {
    host,
    addon,
    period: readPeriod(host),
    summary: readSummary(host),
    alerts,
    stats: { loadMs, runMs, saveMs, calls, formulas },
  };
}

/** The period line of the Ad payback sheet (row 2), as the report states it. */
function readPeriod(host: Host): string | null {
  const name = SHEET_NAMES.adPayback[localeOf(host.spreadsheet.locale)];
  if (!host.sheetNames().includes(name)) return null;
  const period = host.values(name)[1]?.[1];
  return typeof period === 'string' ? period : null;
}

/** Total paid as the Ad payback sheet shows it: the runner reads the report, not the engine. */
function readSummary(host: Host): RunResult['summary'] {
  const l = localeOf(host.spreadsheet.locale);
  const name = SHEET_NAMES.adPayback[l];
  if (!host.sheetNames().includes(name)) return null;
  const rows = host.values(name);
  const row = rows.find((r) => r[0] === TOTAL_PAID[l]);
  if (!row) return null;
  const col = (k: (typeof PAYBACK_COLUMNS)[number]): number => 2 + PAYBACK_COLUMNS.indexOf(k);
  const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
  const roi = row[col('roi')];
  return {
    paidCost: num(row[col('cost')]),
    revenue: num(row[col('revenue')]),
    roi: typeof roi === 'number' ? roi : '',
  };
}
