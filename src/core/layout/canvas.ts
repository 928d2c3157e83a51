/**
 * A report sheet as plain data: values plus one grid per formatting attribute, so the Apps Script shell can
 * write a whole sheet with one call per attribute (setValues, setNumberFormats, …) whatever the row count.
 */
import { asLiteralText } from './literal';
import { FORMAT } from './formats';

export interface CellStyle {
  format?: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  background?: string;
  size?: number;
  wrap?: boolean;
}

export type CanvasValue = string | number | boolean | Date;

export interface ChartSpec {
  /** 0-based block holding the header row and the series columns. */
  row: number;
  col: number;
  numRows: number;
  numCols: number;
  /** 0-based anchor cell of the chart's top-left corner. */
  anchorRow: number;
  anchorCol: number;
  title: string;
}

/** The grids the shell writes, all of the same shape. */
export interface CanvasGrids {
  values: CanvasValue[][];
  formats: string[][];
  weights: ('bold' | 'normal')[][];
  styles: ('italic' | 'normal')[][];
  colors: string[][];
  backgrounds: string[][];
  sizes: number[][];
  wraps: boolean[][];
}

const DEFAULT_COLOR = '#000000';
const DEFAULT_BACKGROUND = '#ffffff';
const DEFAULT_SIZE = 10;
/** Sheets' limit on one cell's characters. */
const MAX_CELL_TEXT = 50_000;

export class Canvas {
  private readonly cells: Map<number, { value: CanvasValue; style: CellStyle }>[] = [];
  private width = 0;
  /** Pixel widths by column; 0 (or absent) keeps the sheet's default width and costs no call. */
  readonly columnWidths: number[] = [];
  frozenRows = 0;
  /** Cut the sheet's grid to exactly the canvas (a records list): no unused cells, a constant call count. */
  fitGrid = false;
  chart: ChartSpec | null = null;

  get numRows(): number {
    return this.cells.length;
  }

  get numColumns(): number {
    return this.width;
  }

  /** Data text: always written as literal text (never a formula), in plain-text format. Sheets refuses a
   * cell over 50,000 characters (a leading apostrophe counts), so longer text is cut and ends with "…". */
  text(row: number, col: number, text: string, style: CellStyle = {}): void {
    const fits = text.length < MAX_CELL_TEXT ? text : text.slice(0, MAX_CELL_TEXT - 2) + '…';
    this.put(row, col, asLiteralText(fits), { format: FORMAT.text, ...style });
  }

  number(row: number, col: number, value: number | null, style: CellStyle = {}): void {
    // A blank cell, not 0, where a metric is undefined.
    this.put(row, col, value === null || !Number.isFinite(value) ? '' : value, style);
  }

  date(row: number, col: number, value: Date, style: CellStyle = {}): void {
    this.put(row, col, value, style);
  }

  /** A native Sheets formula built by us (HYPERLINK), never from data text. */
  formula(row: number, col: number, formula: string, style: CellStyle = {}): void {
    if (formula.charAt(0) !== '=') throw new Error('A formula must begin with =');
    this.put(row, col, formula, style);
  }

  /** Styles a cell without changing its value. */
  style(row: number, col: number, style: CellStyle): void {
    const line = this.line(row);
    const cell = line.get(col);
    if (cell) cell.style = { ...cell.style, ...style };
    else this.put(row, col, '', style);
  }

  styleRow(row: number, fromCol: number, toCol: number, style: CellStyle): void {
    for (let c = fromCol; c <= toCol; c++) this.style(row, c, style);
  }

  private line(row: number): Map<number, { value: CanvasValue; style: CellStyle }> {
    while (this.cells.length <= row) this.cells.push(new Map());
    return this.cells[row];
  }

  private put(row: number, col: number, value: CanvasValue, style: CellStyle): void {
    if (row < 0 || col < 0) throw new Error(`Bad cell ${row},${col}`);
    this.line(row).set(col, { value, style });
    if (col + 1 > this.width) this.width = col + 1;
  }

  /** Makes sure the canvas spans at least these many rows (for trailing blank rows). */
  ensureRows(rows: number): void {
    if (rows > 0) this.line(rows - 1);
  }

  toGrids(): CanvasGrids {
    const rows = Math.max(1, this.cells.length);
    const cols = Math.max(1, this.width);
    const grids: CanvasGrids = {
      values: [],
      formats: [],
      weights: [],
      styles: [],
      colors: [],
      backgrounds: [],
      sizes: [],
      wraps: [],
    };
    for (let r = 0; r < rows; r++) {
      const line = this.cells[r] ?? new Map();
      const v: CanvasValue[] = new Array(cols);
      const f: string[] = new Array(cols);
      const w: ('bold' | 'normal')[] = new Array(cols);
      const it: ('italic' | 'normal')[] = new Array(cols);
      const c: string[] = new Array(cols);
      const b: string[] = new Array(cols);
      const s: number[] = new Array(cols);
      const wr: boolean[] = new Array(cols);
      for (let k = 0; k < cols; k++) {
        const cell = line.get(k);
        const st = cell ? cell.style : {};
        v[k] = cell ? cell.value : '';
        f[k] = st.format ?? FORMAT.general;
        w[k] = st.bold ? 'bold' : 'normal';
        it[k] = st.italic ? 'italic' : 'normal';
        c[k] = st.color ?? DEFAULT_COLOR;
        b[k] = st.background ?? DEFAULT_BACKGROUND;
        s[k] = st.size ?? DEFAULT_SIZE;
        wr[k] = st.wrap === true;
      }
      grids.values.push(v);
      grids.formats.push(f);
      grids.weights.push(w);
      grids.styles.push(it);
      grids.colors.push(c);
      grids.backgrounds.push(b);
      grids.sizes.push(s);
      grids.wraps.push(wr);
    }
    return grids;
  }
}
