/**
 * The in-memory workbook: plain data, no service semantics. Values are stored as Sheets stores them: numbers
 * (dates are serial numbers whose cell has a date format), strings, booleans; an absent value is an empty cell.
 * Formulas and formats live in sparse maps keyed by cell, so a 100k-row data tab costs one array per row.
 */

/** A stored cell value. Dates are serial numbers (days since 1899-12-30, wall clock of the spreadsheet zone). */
export type StoredValue = string | number | boolean;

export type HorizontalAlignment = 'left' | 'center' | 'right' | 'general';

export interface CellStyle {
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  /** Font size in points (Sheets' default is 10). */
  fontSize?: number;
  fontColor?: string;
  background?: string;
  horizontalAlignment?: HorizontalAlignment;
  wrap?: boolean;
  note?: string;
  /** Link URL of the cell (from a HYPERLINK formula, a rich text link or an xlsx hyperlink). */
  link?: string;
}

export interface ProtectionData {
  id: number;
  description: string;
  warningOnly: boolean;
}

/** A chart as stored by `insertChart`. exceljs cannot write charts: these specs are kept in memory only. */
export interface ChartSpec {
  id: number;
  chartType: string;
  /** A1 notations with sheet name, e.g. `'Ad payback'!A10:E15`. */
  ranges: string[];
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
  numHeaders: number;
  transposeRowsAndColumns: boolean;
}

/** Columns per row in the key space of the sparse maps (Sheets allows 18,278 columns). */
const KEY_STRIDE = 32_768;

export function cellKey(row0: number, col0: number): number {
  return row0 * KEY_STRIDE + col0;
}

export function keyRow(key: number): number {
  return Math.floor(key / KEY_STRIDE);
}

export function keyCol(key: number): number {
  return key % KEY_STRIDE;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;
export const CELL_LIMIT = 10_000_000;

export class HostSheet {
  name: string;
  readonly sheetId: number;
  maxRows: number;
  maxColumns: number;
  /** values[row0][col0]; undefined = empty. */
  values: Array<Array<StoredValue | undefined> | undefined> = [];
  readonly formulas = new Map<number, string>();
  readonly styles = new Map<number, CellStyle>();
  /** Cells whose value came from a spilled array result: key → origin key. */
  readonly spilled = new Map<number, number>();
  frozenRows = 0;
  frozenColumns = 0;
  /** 1-based column → width in pixels. */
  readonly columnWidths = new Map<number, number>();
  hidden = false;
  tabColor: string | null = null;
  protections: ProtectionData[] = [];
  charts: ChartSpec[] = [];
  /** Merged ranges as [row0, col0, rows, cols]. */
  merges: Array<[number, number, number, number]> = [];

  constructor(name: string, sheetId: number, maxRows = DEFAULT_ROWS, maxColumns = DEFAULT_COLUMNS) {
    this.name = name;
    this.sheetId = sheetId;
    this.maxRows = maxRows;
    this.maxColumns = maxColumns;
  }

  get(row0: number, col0: number): StoredValue | undefined {
    const row = this.values[row0];
    return row === undefined ? undefined : row[col0];
  }

  set(row0: number, col0: number, value: StoredValue | undefined): void {
    let row = this.values[row0];
    if (row === undefined) {
      if (value === undefined) return;
      row = [];
      this.values[row0] = row;
    }
    row[col0] = value;
  }

  style(row0: number, col0: number): CellStyle | undefined {
    return this.styles.get(cellKey(row0, col0));
  }

  /** The style of a cell, created if absent, for writing. */
  styleFor(row0: number, col0: number): CellStyle {
    const key = cellKey(row0, col0);
    let s = this.styles.get(key);
    if (!s) {
      s = {};
      this.styles.set(key, s);
    }
    return s;
  }

  formula(row0: number, col0: number): string | undefined {
    return this.formulas.get(cellKey(row0, col0));
  }

  hasContent(row0: number, col0: number): boolean {
    const v = this.get(row0, col0);
    return (v !== undefined && v !== '') || this.formulas.has(cellKey(row0, col0));
  }

  /** 1-based last row holding a value or formula; 0 when the sheet is empty. */
  lastRow(): number {
    let last = -1;
    for (let r = this.values.length - 1; r >= 0 && last < 0; r--) {
      const row = this.values[r];
      if (row && row.some((v) => v !== undefined && v !== '')) last = r;
    }
    for (const key of this.formulas.keys()) last = Math.max(last, keyRow(key));
    return last + 1;
  }

  /** 1-based last column holding a value or formula; 0 when the sheet is empty. */
  lastColumn(): number {
    let last = -1;
    for (const row of this.values) {
      if (!row) continue;
      for (let c = row.length - 1; c > last; c--) {
        const v = row[c];
        if (v !== undefined && v !== '') {
          last = c;
          break;
        }
      }
    }
    for (const key of this.formulas.keys()) last = Math.max(last, keyCol(key));
    return last + 1;
  }

  clearContents(): void {
    this.values = [];
    this.formulas.clear();
    this.spilled.clear();
    for (const s of this.styles.values()) delete s.link;
  }

  clearFormats(): void {
    for (const [key, s] of this.styles) {
      if (s.link !== undefined || s.note !== undefined) {
        this.styles.set(key, { link: s.link, note: s.note });
      } else this.styles.delete(key);
    }
  }
}

export interface SpreadsheetInit {
  name?: string;
  id?: string;
  locale?: string;
  timeZone?: string;
}

/** The workbook. Sheet order is the array order; ids are stable across renames. */
export class HostSpreadsheet {
  name: string;
  readonly id: string;
  locale: string;
  timeZone: string;
  sheets: HostSheet[] = [];
  activeSheetId: number | null = null;
  private nextSheetId = 0;
  private nextObjectId = 1;

  constructor(init: SpreadsheetInit = {}) {
    this.name = init.name ?? 'Untitled spreadsheet';
    this.id = init.id ?? 'local-spreadsheet';
    this.locale = init.locale ?? 'ru_RU';
    this.timeZone = init.timeZone ?? 'Europe/Moscow';
  }

  /** Adds a sheet at 0-based `index` (default: the end) without any checks: for loaders and tests. */
  addSheet(
    name: string,
    index = this.sheets.length,
    maxRows = DEFAULT_ROWS,
    maxColumns = DEFAULT_COLUMNS,
  ): HostSheet {
    // The first sheet of a new spreadsheet has gid 0, as in Sheets; later ones get fresh ids.
    const sheet = new HostSheet(
      name,
      this.nextSheetId === 0 ? 0 : 100_000 + this.nextSheetId * 7919,
      maxRows,
      maxColumns,
    );
    this.nextSheetId++;
    this.sheets.splice(index, 0, sheet);
    if (this.activeSheetId === null) this.activeSheetId = sheet.sheetId;
    return sheet;
  }

  sheet(name: string): HostSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  sheetById(id: number): HostSheet | undefined {
    return this.sheets.find((s) => s.sheetId === id);
  }

  activeSheet(): HostSheet {
    const active = this.activeSheetId === null ? undefined : this.sheetById(this.activeSheetId);
    const sheet = active ?? this.sheets[0];
    if (!sheet) throw new Error('The spreadsheet has no sheets');
    return sheet;
  }

  cellCount(): number {
    return this.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
  }

  newObjectId(): number {
    return this.nextObjectId++;
  }
}
