/**
 * Range: a rectangle of one sheet. Reads return fresh script-realm arrays; writes are validated whole before
 * any cell changes, with the messages Sheets gives.
 */
import { a1Of } from './a1';
import { isDateFormat } from './dates';
import type { Env } from './env';
import { displayOf } from './format';
import type { Implements } from './gas-types';
import { cellKey, type CellStyle, type HorizontalAlignment, type HostSheet } from './model';
import { realmGrid } from './realm';
import { GasRichTextValue } from './rich-text';
import type { GasSheet } from './sheet';
import { interpretInput, rejectReason, scriptValueOf } from './values';

type RangeApi = Implements<
  GoogleAppsScript.Spreadsheet.Range,
  | 'getValues'
  | 'getValue'
  | 'getDisplayValues'
  | 'getDisplayValue'
  | 'setValues'
  | 'setValue'
  | 'getFormula'
  | 'getFormulas'
  | 'setFormula'
  | 'setFormulas'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'setFontWeights'
  | 'getFontColor'
  | 'setFontStyle'
  | 'setFontStyles'
  | 'getFontStyle'
  | 'setFontSize'
  | 'setFontSizes'
  | 'getFontSize'
  | 'setFontColors'
  | 'getBackground'
  | 'getBackgrounds'
  | 'setBackgrounds'
  | 'setWrap'
  | 'setWraps'
  | 'getWrap'
  | 'getWraps'
  | 'getNote'
  | 'merge'
  | 'breakApart'
  | 'getRow'
  | 'getColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getA1Notation'
  | 'getSheet'
  | 'clearContent'
  | 'clearFormat'
  | 'activate'
  | 'offset'
  | 'getGridId'
>;

const ALIGNMENTS: Record<string, HorizontalAlignment> = {
  left: 'left',
  center: 'center',
  right: 'right',
  normal: 'general',
  general: 'general',
};

export class GasRange implements RangeApi {
  constructor(
    private readonly _env: Env,
    readonly _sheet: HostSheet,
    readonly _row: number,
    readonly _col: number,
    readonly _rows: number,
    readonly _cols: number,
  ) {
    return _env.ctx.expose(this, 'Range');
  }

  // ---- reading -------------------------------------------------------------------------------------------

  getValues(): Array<Array<string | number | boolean | Date>> {
    const { ss, ctx } = this._env;
    const s = this._live();
    return realmGrid(ctx.realm, this._rows, this._cols, (r, c) => {
      const r0 = this._row - 1 + r;
      const c0 = this._col - 1 + c;
      return scriptValueOf(s.get(r0, c0), s.style(r0, c0)?.numberFormat, ss.timeZone, ctx.realm);
    });
  }

  getValue(): string | number | boolean | Date {
    const s = this._live();
    const r0 = this._row - 1;
    const c0 = this._col - 1;
    return scriptValueOf(
      s.get(r0, c0),
      s.style(r0, c0)?.numberFormat,
      this._env.ss.timeZone,
      this._env.ctx.realm,
    );
  }

  getDisplayValues(): string[][] {
    const s = this._live();
    const locale = this._env.ss.locale;
    return this._grid((r0, c0) => displayOf(s.get(r0, c0), s.style(r0, c0)?.numberFormat, locale));
  }

  getDisplayValue(): string {
    return this.getDisplayValues()[0][0];
  }

  getFormulas(): string[][] {
    const s = this._live();
    return this._grid((r0, c0) => s.formula(r0, c0) ?? '');
  }

  getFormula(): string {
    return this._live().formula(this._row - 1, this._col - 1) ?? '';
  }

  getNumberFormats(): string[][] {
    const s = this._live();
    return this._grid((r0, c0) => s.style(r0, c0)?.numberFormat ?? 'General');
  }

  getNumberFormat(): string {
    return this.getNumberFormats()[0][0];
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    const s = this._live();
    return this._grid((r0, c0) => (s.style(r0, c0)?.bold ? 'bold' : 'normal'));
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.getFontWeights()[0][0];
  }

  getFontStyles(): GoogleAppsScript.Spreadsheet.FontStyle[][] {
    const s = this._live();
    return this._grid((r0, c0) => (s.style(r0, c0)?.italic ? 'italic' : 'normal'));
  }

  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this.getFontStyles()[0][0];
  }

  getFontSizes(): number[][] {
    const s = this._live();
    return this._grid((r0, c0) => s.style(r0, c0)?.fontSize ?? 10);
  }

  getFontSize(): number {
    return this.getFontSizes()[0][0];
  }

  getFontColors(): string[][] {
    const s = this._live();
    return this._grid((r0, c0) => s.style(r0, c0)?.fontColor ?? '#000000');
  }

  getFontColor(): string {
    return this.getFontColors()[0][0];
  }

  getBackgrounds(): string[][] {
    const s = this._live();
    return this._grid((r0, c0) => s.style(r0, c0)?.background ?? '#ffffff');
  }

  getBackground(): string {
    return this.getBackgrounds()[0][0];
  }

  getHorizontalAlignments(): string[][] {
    const s = this._live();
    return this._grid((r0, c0) => s.style(r0, c0)?.horizontalAlignment ?? 'general');
  }

  getHorizontalAlignment(): string {
    return this.getHorizontalAlignments()[0][0];
  }

  getWrap(): boolean {
    return this._live().style(this._row - 1, this._col - 1)?.wrap ?? false;
  }

  getWraps(): boolean[][] {
    const s = this._live();
    return realmGrid(
      this._env.ctx.realm,
      this._rows,
      this._cols,
      (r, c) => s.style(this._row - 1 + r, this._col - 1 + c)?.wrap ?? false,
    );
  }

  getNote(): string {
    return this._live().style(this._row - 1, this._col - 1)?.note ?? '';
  }

  getRichTextValue(): GasRichTextValue {
    const s = this._live();
    const r0 = this._row - 1;
    const c0 = this._col - 1;
    return new GasRichTextValue(
      displayOf(s.get(r0, c0), s.style(r0, c0)?.numberFormat, this._env.ss.locale),
      s.style(r0, c0)?.link ?? null,
    );
  }

  // ---- writing values ------------------------------------------------------------------------------------

  setValues(values: unknown[][]): GasRange {
    this._checkGrid(values, 'setValues');
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        const why = rejectReason(v);
        if (why !== null) this._env.ctx.fail(`${why} (row ${r + 1}, column ${c + 1} of the data).`);
      }),
    );
    this._live();
    for (let r = 0; r < this._rows; r++) {
      for (let c = 0; c < this._cols; c++) this._write(this._row - 1 + r, this._col - 1 + c, values[r][c]);
    }
    return this;
  }

  setValue(value: unknown): GasRange {
    const why = rejectReason(value);
    if (why !== null) this._env.ctx.fail(why);
    this._live();
    this._forEach((r0, c0) => this._write(r0, c0, value));
    return this;
  }

  setFormulas(formulas: string[][]): GasRange {
    this._checkGrid(formulas, 'setFormulas');
    this._live();
    for (let r = 0; r < this._rows; r++) {
      for (let c = 0; c < this._cols; c++)
        this._writeFormula(this._row - 1 + r, this._col - 1 + c, formulas[r][c]);
    }
    return this;
  }

  setFormula(formula: string): GasRange {
    this._live();
    this._forEach((r0, c0) => this._writeFormula(r0, c0, formula));
    return this;
  }

  setRichTextValue(value: GasRichTextValue): GasRange {
    const s = this._live();
    const r0 = this._row - 1;
    const c0 = this._col - 1;
    this._write(r0, c0, "'" + value.getText());
    const link = value.getLinkUrl();
    if (link !== null) s.styleFor(r0, c0).link = link;
    return this;
  }

  clearContent(): GasRange {
    this._live();
    this._forEach((r0, c0) => this._write(r0, c0, null));
    return this;
  }

  clearFormat(): GasRange {
    const s = this._live();
    this._forEach((r0, c0) => {
      const st = s.style(r0, c0);
      if (st) s.styles.set(cellKey(r0, c0), { link: st.link, note: st.note });
    });
    return this;
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): GasRange {
    if (!options?.formatOnly) this.clearContent();
    if (!options?.contentsOnly) this.clearFormat();
    return this;
  }

  // ---- writing formats -----------------------------------------------------------------------------------

  setNumberFormat(format: string): GasRange {
    return this._setStyle((st) => (st.numberFormat = String(format)));
  }

  setNumberFormats(formats: string[][]): GasRange {
    return this._setStyles(formats, 'setNumberFormats', (st, v) => (st.numberFormat = String(v)));
  }

  setFontWeight(weight: string | null): GasRange {
    const bold = this._weight(weight);
    return this._setStyle((st) => (st.bold = bold));
  }

  setFontWeights(weights: Array<Array<string | null>>): GasRange {
    return this._setStyles(weights, 'setFontWeights', (st, v) => (st.bold = this._weight(v)));
  }

  setFontStyle(fontStyle: string | null): GasRange {
    const italic = this._italic(fontStyle);
    return this._setStyle((st) => (st.italic = italic));
  }

  setFontStyles(fontStyles: Array<Array<string | null>>): GasRange {
    return this._setStyles(fontStyles, 'setFontStyles', (st, v) => (st.italic = this._italic(v)));
  }

  setFontSize(size: number): GasRange {
    const points = this._size(size);
    return this._setStyle((st) => (st.fontSize = points));
  }

  setFontSizes(sizes: number[][]): GasRange {
    return this._setStyles(sizes, 'setFontSizes', (st, v) => (st.fontSize = this._size(v)));
  }

  setFontColor(color: string | null): GasRange {
    return this._setStyle((st) => setColor(st, 'fontColor', color));
  }

  setFontColors(colors: Array<Array<string | null>>): GasRange {
    return this._setStyles(colors, 'setFontColors', (st, v) => setColor(st, 'fontColor', v));
  }

  setBackground(color: string | null): GasRange {
    return this._setStyle((st) => setColor(st, 'background', color));
  }

  setBackgrounds(colors: Array<Array<string | null>>): GasRange {
    return this._setStyles(colors, 'setBackgrounds', (st, v) => setColor(st, 'background', v));
  }

  setHorizontalAlignment(alignment: string | null): GasRange {
    const a = this._alignment(alignment);
    return this._setStyle((st) => (st.horizontalAlignment = a));
  }

  setHorizontalAlignments(alignments: Array<Array<string | null>>): GasRange {
    return this._setStyles(
      alignments,
      'setHorizontalAlignments',
      (st, v) => (st.horizontalAlignment = this._alignment(v)),
    );
  }

  setWrap(wrap: boolean): GasRange {
    return this._setStyle((st) => (st.wrap = Boolean(wrap)));
  }

  setWraps(wraps: boolean[][]): GasRange {
    return this._setStyles(wraps, 'setWraps', (st, v) => (st.wrap = Boolean(v)));
  }

  setNote(note: string | null): GasRange {
    return this._setStyle((st) => {
      if (note === null || note === '') delete st.note;
      else st.note = String(note);
    });
  }

  merge(): GasRange {
    const s = this._live();
    s.merges = s.merges.filter(([r, c, nr, nc]) => !this._overlaps(r, c, nr, nc));
    s.merges.push([this._row - 1, this._col - 1, this._rows, this._cols]);
    return this;
  }

  breakApart(): GasRange {
    const s = this._live();
    s.merges = s.merges.filter(([r, c, nr, nc]) => !this._overlaps(r, c, nr, nc));
    return this;
  }

  // ---- geometry ------------------------------------------------------------------------------------------

  getRow(): number {
    return this._row;
  }

  getColumn(): number {
    return this._col;
  }

  getNumRows(): number {
    return this._rows;
  }

  getNumColumns(): number {
    return this._cols;
  }

  getLastRow(): number {
    return this._row + this._rows - 1;
  }

  getLastColumn(): number {
    return this._col + this._cols - 1;
  }

  getA1Notation(): string {
    return a1Of(this._row, this._col, this._rows, this._cols);
  }

  getGridId(): number {
    return this._sheet.sheetId;
  }

  getSheet(): GasSheet {
    return this._env.sheetObject(this._live());
  }

  activate(): GasRange {
    this._env.ss.activeSheetId = this._live().sheetId;
    return this;
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GasRange {
    return this.getSheet().getRange(
      this._row + rowOffset,
      this._col + columnOffset,
      numRows ?? this._rows,
      numColumns ?? this._cols,
    );
  }

  // ---- internals -----------------------------------------------------------------------------------------

  /** The sheet, or the Sheets error when it has been deleted since this range was taken. */
  _live(): HostSheet {
    if (!this._env.ss.sheets.includes(this._sheet))
      this._env.ctx.fail('The sheet this range belongs to has been deleted.');
    return this._sheet;
  }

  private _grid<T>(cell: (r0: number, c0: number) => T): T[][] {
    return realmGrid(this._env.ctx.realm, this._rows, this._cols, (r, c) =>
      cell(this._row - 1 + r, this._col - 1 + c),
    );
  }

  private _forEach(f: (r0: number, c0: number) => void): void {
    for (let r = 0; r < this._rows; r++)
      for (let c = 0; c < this._cols; c++) f(this._row - 1 + r, this._col - 1 + c);
  }

  /** Sheets' dimension checks for a 2D argument, before anything is written. */
  private _checkGrid(data: unknown, method: string): void {
    const fail = (m: string): never => this._env.ctx.fail(m);
    if (!Array.isArray(data))
      fail(
        `The parameters (${typeName(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    const rows = data as unknown[];
    if (rows.length !== this._rows) {
      fail(
        `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this._rows}.`,
      );
    }
    for (const row of rows) {
      if (!Array.isArray(row))
        fail(
          `The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.${method}.`,
        );
      const n = (row as unknown[]).length;
      if (n !== this._cols) {
        fail(
          `The number of columns in the data does not match the number of columns in the range. The data has ${n} but the range has ${this._cols}.`,
        );
      }
    }
  }

  private _write(r0: number, c0: number, v: unknown): void {
    const { ss, formulas } = this._env;
    const s = this._sheet;
    const key = cellKey(r0, c0);
    const input = interpretInput(v, ss.locale, ss.timeZone, s.style(r0, c0)?.numberFormat === '@');
    const hadFormula = s.formulas.delete(key);
    s.spilled.delete(key);
    const style = s.style(r0, c0);
    if (style) delete style.link;
    if (input.formula !== undefined) {
      s.formulas.set(key, input.formula);
      formulas.evaluate(s, r0, c0);
      return;
    }
    if (hadFormula) formulas.evaluate(s, r0, c0);
    s.set(r0, c0, input.value);
    if (input.autoFormat !== undefined) {
      const st = s.styleFor(r0, c0);
      const isDate = isDateFormat(input.autoFormat);
      if (isDate ? !isDateFormat(st.numberFormat) : st.numberFormat === undefined)
        st.numberFormat = input.autoFormat;
    }
  }

  private _writeFormula(r0: number, c0: number, formula: unknown): void {
    if (typeof formula !== 'string')
      this._env.ctx.fail(
        `The parameters (${typeName(formula)}) don't match the method signature for SpreadsheetApp.Range.setFormula.`,
      );
    this._write(r0, c0, formula.startsWith('=') || formula === '' ? formula : `=${formula}`);
  }

  private _setStyle(apply: (st: CellStyle) => void): GasRange {
    const s = this._live();
    this._forEach((r0, c0) => apply(s.styleFor(r0, c0)));
    return this;
  }

  private _setStyles<T>(data: T[][], method: string, apply: (st: CellStyle, v: T) => void): GasRange {
    this._checkGrid(data, method);
    const s = this._live();
    for (let r = 0; r < this._rows; r++) {
      for (let c = 0; c < this._cols; c++)
        apply(s.styleFor(this._row - 1 + r, this._col - 1 + c), data[r][c]);
    }
    return this;
  }

  private _weight(weight: string | null): boolean {
    if (weight === null || weight === 'normal') return false;
    if (weight === 'bold') return true;
    return this._env.ctx.fail(`Invalid argument: fontWeight (${String(weight)})`);
  }

  private _italic(style: string | null): boolean {
    if (style === null || style === 'normal') return false;
    if (style === 'italic') return true;
    return this._env.ctx.fail(`Invalid argument: fontStyle (${String(style)})`);
  }

  private _size(size: unknown): number {
    if (typeof size !== 'number' || !Number.isFinite(size) || size < 1 || size > 400) {
      return this._env.ctx.fail(`Invalid argument: size (${String(size)})`);
    }
    return size;
  }

  private _alignment(alignment: string | null): HorizontalAlignment {
    const a = ALIGNMENTS[String(alignment ?? 'general').toLowerCase()];
    if (!a) this._env.ctx.fail(`Invalid argument: alignment (${String(alignment)})`);
    return a;
  }

  private _overlaps(r: number, c: number, nr: number, nc: number): boolean {
    const r0 = this._row - 1;
    const c0 = this._col - 1;
    return r < r0 + this._rows && r0 < r + nr && c < c0 + this._cols && c0 < c + nc;
  }
}

function setColor(st: CellStyle, key: 'fontColor' | 'background', color: string | null): void {
  if (color === null || color === '') delete st[key];
  else st[key] = String(color).toLowerCase();
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'Object[]';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  return typeof v;
}
