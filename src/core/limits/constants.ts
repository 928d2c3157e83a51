/**
 * The numbers behind the work estimate (see docs/LIMITS.md for how each was obtained).
 *
 * Two kinds of constant live here:
 * - limits Google documents: 6 minutes per execution (30 s for a custom function), 10,000,000 cells per
 *   spreadsheet, 26 columns in a new sheet;
 * - per-row and per-cell costs. The engine cost was MEASURED on this machine (`npm run bench`: readWorkbook +
 *   the three reports, 100k leads = 135k data rows in 400 ms, about 3 µs per row) and multiplied by 10 for
 *   Apps Script's slower shared V8. The spreadsheet I/O costs cannot be measured offline: the local host's
 *   getValues/setValues are memory copies. They are deliberate over-estimates of what the Sheets service
 *   does (one batched call moving about 100,000 cells a second when reading, 50,000 when writing), to be
 *   re-calibrated against a real spreadsheet; everything that depends on them is in this one file.
 */

/** Apps Script's execution limit for a menu action or a sidebar call. */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
/** A custom function's limit. */
export const CUSTOM_FUNCTION_LIMIT_MS = 30 * 1000;
/** Share of the limit a run may be estimated to use: the rest is margin for what the model leaves out. */
export const BUDGET_SHARE = 5 / 6;

/** Google's limit on the cells of one spreadsheet (all tabs, empty cells included). */
export const SPREADSHEET_CELL_LIMIT = 10_000_000;
/** Columns the records sheet writes (ID, created, manager, source, state, amount, currency, row). */
export const RECORD_COLUMNS = 8;
/** Attribute grids written over the records (values, number formats, font weights, backgrounds). */
export const RECORD_GRIDS = 4;

/** Opening the spreadsheet, listing tabs and the ~60 other service calls of a run (about 80 ms each). */
export const FIXED_MS = 5_000;
/** getValues: milliseconds per cell read (100,000 cells a second). */
export const READ_MS_PER_CELL = 0.01;
/** Reading, resolving and aggregating one data row: 3 µs measured in Node, ×10 for Apps Script. */
export const ENGINE_MS_PER_ROW = 0.03;
/** setValues and the format grids: milliseconds per cell per grid written (50,000 cells a second). */
export const WRITE_MS_PER_CELL = 0.02;
