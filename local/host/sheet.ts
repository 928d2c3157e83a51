/**
 * Sheet: one tab. Ranges are bounded by the grid (`getMaxRows` × `getMaxColumns`) exactly as in Sheets: a range
 * past the last row throws, so code that writes more rows than a sheet has must insert rows first.
 */
import { quoteSheetName } from './a1';
import { parseA1 } from './a1';
import { GasChartBuilder, GasEmbeddedChart } from './charts';
import { realmArray, type Env } from './env';
import type { Implements } from './gas-types';
import { shiftColumns, shiftRows } from './grid-ops';
import { CELL_LIMIT, DEFAULT_COLUMN_WIDTH, type HostSheet } from './model';
import { GasProtection } from './protection';
import { GasRange } from './range';
import type { GasSpreadsheet } from './spreadsheet';
import { checkSheetName } from './sheet-names';

type SheetApi = Implements<
  GoogleAppsScript.Spreadsheet.Sheet,
  | 'getName'
  | 'setName'
  | 'getSheetId'
  | 'getIndex'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'getRange'
  | 'getDataRange'
  | 'clearContents'
  | 'clearFormats'
  | 'setFrozenRows'
  | 'getFrozenRows'
  | 'setFrozenColumns'
  | 'getFrozenColumns'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'getColumnWidth'
  | 'autoResizeColumns'
  | 'hideSheet'
  | 'showSheet'
  | 'isSheetHidden'
  | 'protect'
  | 'insertChart'
  | 'removeChart'
  | 'updateChart'
  | 'getCharts'
  | 'newChart'
  | 'activate'
  | 'getParent'
  | 'getSheetValues'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'deleteRows'
  | 'deleteColumns'
  | 'appendRow'
  | 'getTabColor'
>;

/** Rough pixels per character for `autoResizeColumns` (Arial 10 in Sheets). */
const PX_PER_CHAR = 7;

export class GasSheet implements SheetApi {
  constructor(
    private readonly _env: Env,
    readonly _sheet: HostSheet,
  ) {
    return _env.ctx.expose(this, 'Sheet');
  }

  getName(): string {
    return this._live().name;
  }

  setName(name: string): GasSheet {
    const s = this._live();
    checkSheetName(this._env, name, s);
    // Charts refer to their data by sheet, not by name: a rename carries their ranges along, as in Sheets.
    const oldPrefix = quoteSheetName(s.name) + '!';
    for (const sheet of this._env.ss.sheets) {
      for (const chart of sheet.charts) {
        chart.ranges = chart.ranges.map((r) =>
          r.startsWith(oldPrefix) ? quoteSheetName(name) + '!' + r.slice(oldPrefix.length) : r,
        );
      }
    }
    s.name = name;
    return this;
  }

  getSheetId(): number {
    return this._live().sheetId;
  }

  /** 1-based position among the tabs. */
  getIndex(): number {
    return this._env.ss.sheets.indexOf(this._live()) + 1;
  }

  getLastRow(): number {
    return this._live().lastRow();
  }

  getLastColumn(): number {
    return this._live().lastColumn();
  }

  getMaxRows(): number {
    return this._live().maxRows;
  }

  getMaxColumns(): number {
    return this._live().maxColumns;
  }

  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): GasRange {
    const s = this._live();
    if (typeof a === 'string') {
      const ref = parseA1(a);
      if (!ref || (ref.sheetName !== null && ref.sheetName !== s.name)) this._env.ctx.fail('Range not found');
      const lastRow = ref.lastRow ?? s.maxRows;
      const lastCol = ref.lastCol ?? s.maxColumns;
      return this._rangeAt(ref.row, ref.col, lastRow - ref.row + 1, lastCol - ref.col + 1);
    }
    if (arguments.length === 1)
      this._env.ctx.fail(
        "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    return this._rangeAt(a, column, numRows ?? 1, numColumns ?? 1);
  }

  getDataRange(): GasRange {
    const s = this._live();
    return this._rangeAt(1, 1, Math.max(1, s.lastRow()), Math.max(1, s.lastColumn()));
  }

  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    return this.getRange(startRow, startColumn, numRows, numColumns).getValues();
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): GasSheet {
    const s = this._live();
    if (!options?.formatOnly) s.clearContents();
    if (!options?.contentsOnly) s.clearFormats();
    return this;
  }

  clearContents(): GasSheet {
    this._live().clearContents();
    return this;
  }

  clearFormats(): GasSheet {
    this._live().clearFormats();
    return this;
  }

  setFrozenRows(rows: number): void {
    const s = this._live();
    this._count(rows, 0, s.maxRows, 'rows');
    s.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this._live().frozenRows;
  }

  setFrozenColumns(columns: number): void {
    const s = this._live();
    this._count(columns, 0, s.maxColumns, 'columns');
    s.frozenColumns = columns;
  }

  getFrozenColumns(): number {
    return this._live().frozenColumns;
  }

  setColumnWidth(columnPosition: number, width: number): GasSheet {
    return this.setColumnWidths(columnPosition, 1, width);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): GasSheet {
    const s = this._live();
    this._count(startColumn, 1, s.maxColumns, 'column');
    this._count(numColumns, 1, s.maxColumns - startColumn + 1, 'columns');
    if (typeof width !== 'number' || !(width >= 0))
      this._env.ctx.fail(`Invalid argument: width (${String(width)})`);
    for (let c = startColumn; c < startColumn + numColumns; c++) s.columnWidths.set(c, Math.round(width));
    return this;
  }

  getColumnWidth(columnPosition: number): number {
    const s = this._live();
    this._count(columnPosition, 1, s.maxColumns, 'column');
    return s.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Fits widths to the longest display text, as Sheets roughly does. */
  autoResizeColumns(startColumn: number, numColumns: number): GasSheet {
    const s = this._live();
    this._count(startColumn, 1, s.maxColumns, 'column');
    this._count(numColumns, 1, s.maxColumns - startColumn + 1, 'columns');
    const rows = s.lastRow();
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let chars = 0;
      if (rows > 0) {
        const shown = new GasRange(this._env, s, 1, c, rows, 1).getDisplayValues();
        for (const [text] of shown) chars = Math.max(chars, text.length);
      }
      s.columnWidths.set(c, chars === 0 ? DEFAULT_COLUMN_WIDTH : Math.max(30, chars * PX_PER_CHAR + 10));
    }
    return this;
  }

  hideSheet(): GasSheet {
    const s = this._live();
    if (!s.hidden && this._env.ss.sheets.filter((x) => !x.hidden).length === 1) {
      this._env.ctx.fail(
        'Sorry, it is not possible to hide all sheets in a document. You must leave at least one sheet visible.',
      );
    }
    s.hidden = true;
    return this;
  }

  showSheet(): GasSheet {
    this._live().hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this._live().hidden;
  }

  setTabColor(color: string | null): GasSheet {
    this._live().tabColor = color === null ? null : String(color).toLowerCase();
    return this;
  }

  getTabColor(): string {
    return this._live().tabColor ?? (null as unknown as string);
  }

  /** Protects the whole sheet; a sheet has at most one sheet protection, so a second call returns it. */
  protect(): GasProtection {
    const s = this._live();
    let p = s.protections[0];
    if (!p) {
      p = { id: this._env.ss.newObjectId(), description: '', warningOnly: false };
      s.protections.push(p);
    }
    return new GasProtection(this._env, s, p);
  }

  getProtections(type: string): GasProtection[] {
    const s = this._live();
    if (String(type) !== 'SHEET' && String(type) !== 'RANGE')
      this._env.ctx.fail(`Invalid argument: type (${String(type)})`);
    const list = String(type) === 'SHEET' ? s.protections.map((p) => new GasProtection(this._env, s, p)) : [];
    return realmArray(this._env, list);
  }

  newChart(): GasChartBuilder {
    return new GasChartBuilder(this._env, this._live(), null);
  }

  insertChart(chart: GasEmbeddedChart): void {
    const s = this._live();
    if (!(chart instanceof GasEmbeddedChart)) this._env.ctx.fail('Invalid argument: chart');
    const spec = { ...chart._spec, id: this._env.ss.newObjectId() };
    s.charts.push(spec);
    chart._spec = spec;
  }

  updateChart(chart: GasEmbeddedChart): void {
    const s = this._live();
    const i = s.charts.findIndex((c) => c.id === chart._spec.id);
    if (i < 0) this._env.ctx.fail('The chart does not exist on this sheet.');
    s.charts[i] = { ...chart._spec };
  }

  removeChart(chart: GasEmbeddedChart): void {
    const s = this._live();
    const i = s.charts.findIndex((c) => c.id === chart._spec.id);
    if (i < 0) this._env.ctx.fail('The chart does not exist on this sheet.');
    s.charts.splice(i, 1);
  }

  getCharts(): GasEmbeddedChart[] {
    const s = this._live();
    return realmArray(
      this._env,
      s.charts.map((spec) => new GasEmbeddedChart(this._env, spec)),
    );
  }

  activate(): GasSheet {
    this._env.ss.activeSheetId = this._live().sheetId;
    return this;
  }

  getParent(): GasSpreadsheet {
    return this._env.spreadsheetObject();
  }

  insertRowsAfter(afterPosition: number, howMany: number): GasSheet {
    const s = this._live();
    this._count(afterPosition, 1, s.maxRows, 'row');
    this._grow(howMany * s.maxColumns, howMany);
    shiftRows(s, afterPosition, howMany);
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): GasSheet {
    const s = this._live();
    this._count(beforePosition, 1, s.maxRows, 'row');
    this._grow(howMany * s.maxColumns, howMany);
    shiftRows(s, beforePosition - 1, howMany);
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): GasSheet {
    const s = this._live();
    this._count(afterPosition, 1, s.maxColumns, 'column');
    this._grow(howMany * s.maxRows, howMany);
    shiftColumns(s, afterPosition, howMany);
    return this;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): GasSheet {
    const s = this._live();
    this._count(beforePosition, 1, s.maxColumns, 'column');
    this._grow(howMany * s.maxRows, howMany);
    shiftColumns(s, beforePosition - 1, howMany);
    return this;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    const s = this._live();
    this._count(rowPosition, 1, s.maxRows, 'row');
    this._count(howMany, 1, s.maxRows - rowPosition + 1, 'rows');
    if (howMany >= s.maxRows) this._env.ctx.fail('Sorry, it is not possible to delete all non-frozen rows.');
    shiftRows(s, rowPosition - 1, -howMany);
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    const s = this._live();
    this._count(columnPosition, 1, s.maxColumns, 'column');
    this._count(howMany, 1, s.maxColumns - columnPosition + 1, 'columns');
    if (howMany >= s.maxColumns)
      this._env.ctx.fail('Sorry, it is not possible to delete all non-frozen columns.');
    shiftColumns(s, columnPosition - 1, -howMany);
  }

  /** Writes one row after the last row with content, adding a grid row when the sheet is full (as Sheets does). */
  appendRow(rowContents: unknown[]): GasSheet {
    const s = this._live();
    if (!Array.isArray(rowContents) || rowContents.length === 0)
      this._env.ctx.fail('Invalid argument: rowContents');
    const row = s.lastRow() + 1;
    if (row > s.maxRows) this.insertRowsAfter(s.maxRows, 1);
    if (rowContents.length > s.maxColumns)
      this.insertColumnsAfter(s.maxColumns, rowContents.length - s.maxColumns);
    this._rangeAt(row, 1, 1, rowContents.length).setValues([rowContents]);
    return this;
  }

  // ---- internals -----------------------------------------------------------------------------------------

  _live(): HostSheet {
    if (!this._env.ss.sheets.includes(this._sheet)) this._env.ctx.fail('This sheet has been deleted.');
    return this._sheet;
  }

  /** A range with Sheets' argument checks and grid bounds. */
  _rangeAt(row: unknown, column: unknown, numRows: unknown, numColumns: unknown): GasRange {
    const s = this._live();
    const fail = (m: string): never => this._env.ctx.fail(m);
    for (const v of [row, column, numRows, numColumns]) {
      if (typeof v !== 'number' || !Number.isFinite(v))
        fail(
          `The parameters (${typeof v}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`,
        );
    }
    const [r, c, nr, nc] = [row, column, numRows, numColumns].map((v) => Math.trunc(v as number));
    if (r < 1) fail('The starting row of the range is too small.');
    if (c < 1) fail('The starting column of the range is too small.');
    if (nr < 1) fail('The number of rows in the range must be at least 1.');
    if (nc < 1) fail('The number of columns in the range must be at least 1.');
    if (r + nr - 1 > s.maxRows || c + nc - 1 > s.maxColumns)
      fail('The coordinates of the range are outside the dimensions of the sheet.');
    return new GasRange(this._env, s, r, c, nr, nc);
  }

  private _count(n: unknown, min: number, max: number, what: string): void {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
      this._env.ctx.fail(`Invalid argument: ${what} (${String(n)}) must be between ${min} and ${max}.`);
    }
  }

  private _grow(cells: number, howMany: number): void {
    if (typeof howMany !== 'number' || !Number.isInteger(howMany) || howMany < 1)
      this._env.ctx.fail(`Invalid argument: howMany (${String(howMany)})`);
    if (this._env.ss.cellCount() + cells > CELL_LIMIT) {
      this._env.ctx.fail(
        `This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`,
      );
    }
  }
}
