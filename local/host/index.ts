/**
 * The local Apps Script host: create one with `createHost`, load the add-on with `loadAddon` (../sandbox).
 *
 * Not emulated (say so in the README):
 * - Formulas are not calculated, except `HYPERLINK(url, label)` and functions registered with
 *   `host.registerFunction` (one call with literal or range arguments); they are computed when written and by
 *   `host.recalculate()`, not when the cells they read change.
 * - Charts are stored as specs (`HostSheet.charts`), never rendered, and not written to .xlsx (exceljs cannot).
 * - Warning-only protection is kept in memory only (xlsx has no such thing); protection editors are not emulated.
 * - Local-time `Date` methods inside the sandbox (`new Date(y, m, d)`, `getHours()`) use the Node process's time
 *   zone, not the script's: use explicit zones (`Utilities.formatDate`, src/core/time/zone.ts).
 * - One execution at a time: lock contention is staged with `host.locks.*.holdByOther()`.
 * - Cache eviction, triggers, authorization and AuthMode restrictions, conditional formats, data validation,
 *   range protections, filters, named ranges, `copyTo` and templates are not emulated.
 */
export { createHost, Host, type HostOptions, type HostServices } from './host';
export {
  HostSpreadsheet,
  HostSheet,
  type StoredValue,
  type CellStyle,
  type ChartSpec,
  type ProtectionData,
  CELL_LIMIT,
} from './model';
export { HostInputError } from './errors';
export { DEFAULT_SERVICE_ERROR, TIME_LIMIT_ERROR, QUOTA_ERROR, type FailRule } from './faults';
export { LOCK_TIMEOUT_ERROR } from './lock';
export type { UiRecords, MenuRecord, AlertRecord, ShownHtml, ToastRecord } from './ui';
export type { CustomFunction } from './formulas';
