/**
 * Estimates a run's work before any value is read, from the size of the input tabs alone, and judges it
 * against Apps Script's time limit and Sheets' cell limit. Pure: the shell measures, this decides.
 *
 * The records sheet of Traffic influence is the only output that grows with the data. Before reading, the
 * period's share of rows is unknown, so its size is bounded from above: every lead and deal could be in the
 * period, each lead listed once as a lead and once as unprocessed, each deal as a deal and as won.
 */
import {
  BUDGET_SHARE,
  CUSTOM_FUNCTION_LIMIT_MS,
  ENGINE_MS_PER_ROW,
  EXECUTION_LIMIT_MS,
  FIXED_MS,
  READ_MS_PER_CELL,
  RECORD_COLUMNS,
  RECORD_GRIDS,
  SPREADSHEET_CELL_LIMIT,
  WRITE_MS_PER_CELL,
} from './constants';

export type TabRole = 'leads' | 'deals' | 'costs' | 'settings';

export interface MeasuredTab {
  name: string;
  role: TabRole;
  rows: number;
  columns: number;
}

/** A report run writes sheets; a lookup (sidebar) or a custom function only reads. */
export type WorkPurpose = 'report' | 'lookup' | 'customFunction';

export interface WorkEstimate {
  /** Cells getValues will return. */
  inputCells: number;
  /** Upper bound of the records sheet's rows, and the cells its grid takes (0 when nothing is written). */
  recordRows: number;
  outputCells: number;
  /** Input cells plus output cells: a lower bound of the spreadsheet's size after the run. */
  totalCells: number;
  estimatedMs: number;
  budgetMs: number;
  /** The largest tab, named in a refusal. */
  largest: MeasuredTab | null;
}

export type WorkVerdict =
  { ok: true; estimate: WorkEstimate } | { ok: false; reason: 'cells' | 'time'; estimate: WorkEstimate };

const rowsOf = (tabs: readonly MeasuredTab[], role: TabRole): number =>
  tabs.filter((t) => t.role === role).reduce((n, t) => n + t.rows, 0);

export function estimateWork(tabs: readonly MeasuredTab[], purpose: WorkPurpose): WorkEstimate {
  const inputCells = tabs.reduce((n, t) => n + t.rows * t.columns, 0);
  const dataRows = tabs.filter((t) => t.role !== 'settings').reduce((n, t) => n + t.rows, 0);
  const recordRows = purpose === 'report' ? 2 * (rowsOf(tabs, 'leads') + rowsOf(tabs, 'deals')) : 0;
  // The records sheet is cut to its own columns (src/addon/writeCanvas.ts ensureGrid).
  const outputCells = recordRows * RECORD_COLUMNS;
  const writeMs = recordRows * RECORD_COLUMNS * RECORD_GRIDS * WRITE_MS_PER_CELL;
  const estimatedMs = FIXED_MS + inputCells * READ_MS_PER_CELL + dataRows * ENGINE_MS_PER_ROW + writeMs;
  const limit = purpose === 'customFunction' ? CUSTOM_FUNCTION_LIMIT_MS : EXECUTION_LIMIT_MS;
  let largest: MeasuredTab | null = null;
  for (const t of tabs) if (!largest || t.rows * t.columns > largest.rows * largest.columns) largest = t;
  return {
    inputCells,
    recordRows,
    outputCells,
    totalCells: inputCells + outputCells,
    estimatedMs: Math.round(estimatedMs),
    budgetMs: Math.round(limit * BUDGET_SHARE),
    largest,
  };
}

export function judgeWork(tabs: readonly MeasuredTab[], purpose: WorkPurpose): WorkVerdict {
  const estimate = estimateWork(tabs, purpose);
  if (estimate.totalCells > SPREADSHEET_CELL_LIMIT) return { ok: false, reason: 'cells', estimate };
  if (estimate.estimatedMs > estimate.budgetMs) return { ok: false, reason: 'time', estimate };
  return { ok: true, estimate };
}

/**
 * The most leads a report run accepts when deals are `dealsPerLead` of the leads (Bitrix24 exports: about a
 * third), with the column counts of a Bitrix24 export: the "largest CRM that works" of docs/LIMITS.md.
 */
export function largestCrm(
  dealsPerLead: number,
  leadColumns: number,
  dealColumns: number,
  costRows = 1_000,
): number {
  const fits = (leads: number): boolean =>
    judgeWork(
      [
        { name: 'leads', role: 'leads', rows: leads + 1, columns: leadColumns },
        { name: 'deals', role: 'deals', rows: Math.ceil(leads * dealsPerLead) + 1, columns: dealColumns },
        { name: 'costs', role: 'costs', rows: costRows, columns: 6 },
      ],
      'report',
    ).ok;
  let lo = 0;
  let hi = 10_000_000;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
