/**
 * The tiny formula evaluator. The host computes only formulas that are one call with literal or range
 * arguments: `HYPERLINK(url, label)` natively, and any function registered with `registerFunction` (the
 * add-on's custom functions, evaluated by the runner as Sheets does on opening). Other formulas keep their text
 * and an empty value. A custom function's array result spills right and down, as Sheets' array results do.
 */
import { parseA1 } from './a1';
import { isDateFormat, serialOfInstant } from './dates';
import { cellKey, keyCol, keyRow, type HostSheet, type HostSpreadsheet, type StoredValue } from './model';
import { isDateObject, realmGrid, type Realm } from './realm';
import { defaultDateTimeFormat, scriptValueOf } from './values';

export type CustomFunction = (...args: unknown[]) => unknown;

type Arg = { kind: 'value'; value: string | number | boolean | undefined } | { kind: 'range'; ref: string };

interface Call {
  name: string;
  args: Arg[];
}

/** Parses `=NAME(arg, …)` with literal or A1 arguments; null for anything else. */
export function parseSingleCall(formula: string): Call | null {
  const m = /^=\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\(([\s\S]*)\)\s*$/.exec(formula);
  if (!m) return null;
  const raw = splitArgs(m[2]);
  if (raw === null) return null;
  const args: Arg[] = [];
  for (const a of raw) {
    const t = a.trim();
    if (t === '') args.push({ kind: 'value', value: undefined });
    else if (/^"(?:[^"]|"")*"$/.test(t))
      args.push({ kind: 'value', value: t.slice(1, -1).replace(/""/g, '"') });
    else if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) args.push({ kind: 'value', value: Number(t) });
    else if (/^(true|false)$/i.test(t)) args.push({ kind: 'value', value: t.toLowerCase() === 'true' });
    else if (parseA1(t) !== null) args.push({ kind: 'range', ref: t });
    else return null;
  }
  return { name: m[1].toUpperCase(), args };
}

function splitArgs(text: string): string[] | null {
  if (text.trim() === '') return [];
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === '(' || ch === ')' || ch === ';' || ch === '{')) return null;
    if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (quoted) return null;
  out.push(cur);
  return out;
}

export class FormulaEngine {
  readonly functions = new Map<string, CustomFunction>();

  constructor(
    private readonly ss: HostSpreadsheet,
    private readonly realm: () => Realm,
  ) {}

  /** Recomputes the formula at a cell (if any), writing its value, link and spill. */
  evaluate(sheet: HostSheet, row0: number, col0: number): void {
    const key = cellKey(row0, col0);
    const formula = sheet.formulas.get(key);
    this.clearSpill(sheet, key);
    if (formula === undefined) return;
    const style = sheet.style(row0, col0);
    if (style) delete style.link;
    const call = parseSingleCall(formula);
    if (call === null) {
      sheet.set(row0, col0, undefined);
      return;
    }
    if (call.name === 'HYPERLINK') {
      this.hyperlink(sheet, row0, col0, call);
      return;
    }
    const fn = this.functions.get(call.name);
    if (!fn) {
      sheet.set(row0, col0, undefined);
      return;
    }
    let result: unknown;
    try {
      result = fn(...call.args.map((a) => this.argValue(sheet, a)));
    } catch {
      sheet.set(row0, col0, '#ERROR!');
      return;
    }
    this.writeResult(sheet, row0, col0, result);
  }

  /** Recomputes every formula of the workbook, sheet by sheet, row by row. */
  recalculateAll(): void {
    for (const sheet of this.ss.sheets) {
      const keys = [...sheet.formulas.keys()].sort((a, b) => a - b);
      for (const key of keys) this.evaluate(sheet, keyRow(key), keyCol(key));
    }
  }

  private hyperlink(sheet: HostSheet, row0: number, col0: number, call: Call): void {
    const [url, label] = call.args;
    if (
      !url ||
      url.kind !== 'value' ||
      typeof url.value !== 'string' ||
      call.args.length > 2 ||
      (label && label.kind !== 'value')
    ) {
      sheet.set(row0, col0, '#ERROR!');
      return;
    }
    const shown = label && label.kind === 'value' ? label.value : url.value;
    sheet.set(row0, col0, shown === '' ? undefined : shown);
    sheet.styleFor(row0, col0).link = url.value;
  }

  private argValue(sheet: HostSheet, arg: Arg): unknown {
    if (arg.kind === 'value') return arg.value;
    const a1 = parseA1(arg.ref);
    const target = a1 && a1.sheetName !== null ? this.ss.sheet(a1.sheetName) : sheet;
    if (!a1 || !target) return '#REF!';
    const lastRow = a1.lastRow ?? target.maxRows;
    const lastCol = a1.lastCol ?? target.maxColumns;
    const realm = this.realm();
    const cell = (r: number, c: number): unknown =>
      scriptValueOf(target.get(r, c), target.style(r, c)?.numberFormat, this.ss.timeZone, realm);
    if (lastRow === a1.row && lastCol === a1.col) return cell(a1.row - 1, a1.col - 1);
    return realmGrid(realm, lastRow - a1.row + 1, lastCol - a1.col + 1, (r, c) =>
      cell(a1.row - 1 + r, a1.col - 1 + c),
    );
  }

  private writeResult(sheet: HostSheet, row0: number, col0: number, result: unknown): void {
    const grid: unknown[][] = Array.isArray(result)
      ? (result as unknown[]).map((row) => (Array.isArray(row) ? (row as unknown[]) : [row]))
      : [[result]];
    const rows = grid.length;
    const cols = Math.max(1, ...grid.map((r) => r.length));
    if (rows === 0) {
      sheet.set(row0, col0, '#N/A');
      return;
    }
    if (row0 + rows > sheet.maxRows || col0 + cols > sheet.maxColumns) {
      sheet.set(row0, col0, '#REF!');
      return;
    }
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if ((r > 0 || c > 0) && sheet.hasContent(row0 + r, col0 + c)) {
          sheet.set(row0, col0, '#REF!');
          return;
        }
      }
    }
    const origin = cellKey(row0, col0);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const v = this.storedOf(grid[r][c], sheet, row0 + r, col0 + c);
        sheet.set(row0 + r, col0 + c, v);
        if (r > 0 || c > 0) sheet.spilled.set(cellKey(row0 + r, col0 + c), origin);
      }
    }
  }

  private storedOf(v: unknown, sheet: HostSheet, row0: number, col0: number): StoredValue | undefined {
    if (v === null || v === undefined || v === '') return undefined;
    if (typeof v === 'number') return Number.isFinite(v) ? v : '#NUM!';
    if (typeof v === 'string' || typeof v === 'boolean') return v;
    if (isDateObject(v)) {
      const style = sheet.styleFor(row0, col0);
      if (!isDateFormat(style.numberFormat)) style.numberFormat = defaultDateTimeFormat(this.ss.locale);
      return serialOfInstant(v.getTime(), this.ss.timeZone);
    }
    return String(v);
  }

  private clearSpill(sheet: HostSheet, origin: number): void {
    for (const [key, from] of sheet.spilled) {
      if (from !== origin) continue;
      sheet.spilled.delete(key);
      sheet.set(keyRow(key), keyCol(key), undefined);
    }
  }
}
