/**
 * Loading and saving the host's workbook as .xlsx with exceljs.
 *
 * Kept: values (numbers, text, booleans, dates), formulas with their cached results, number formats, bold, font
 * colour, fills, horizontal alignment, wrap, notes, hyperlinks, frozen rows/columns, column widths, tab colours,
 * hidden sheets, and full (not warning-only) sheet protection.
 * Not kept: charts (exceljs cannot write them: their specs stay in the host's memory, `HostSheet.charts`), and
 * warning-only protection (xlsx has no such thing: a warning-only protection is not written, rather than turned
 * into a lock). Locale and time zone are not in xlsx either: they come from the options.
 *
 * Dates: an xlsx date is a serial number of wall-clock days; exceljs hands it over as a Date whose UTC fields are
 * that wall clock. The host stores the serial, so `getValues()` then returns the instant of that wall-clock time
 * in the spreadsheet's time zone, as Sheets does; saving writes the wall clock back.
 */
import { existsSync } from 'node:fs';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import { quoteSheetName } from './host/a1';
import { isDateFormat, SERIAL_UNIX_EPOCH } from './host/dates';
import { HostInputError } from './host/errors';
import {
  CELL_LIMIT,
  cellKey,
  DEFAULT_COLUMNS,
  DEFAULT_ROWS,
  HostSpreadsheet,
  keyCol,
  keyRow,
  type CellStyle,
  type HostSheet,
  type StoredValue,
} from './host/model';
import { defaultDateTimeFormat } from './host/values';

export interface XlsxOptions {
  /** Spreadsheet locale (default `ru_RU`). */
  locale?: string;
  /** Spreadsheet time zone (default `Europe/Moscow`). */
  timeZone?: string;
}

const MS_PER_DAY = 86_400_000;
/** Pixels per exceljs width unit (one character of the default font). */
const PX_PER_WIDTH = 7;
const SHEETS_DEFAULT_COLUMN_PX = 100;

const serialOfWallDate = (d: Date): number => d.getTime() / MS_PER_DAY + SERIAL_UNIX_EPOCH;
const wallDateOfSerial = (serial: number): Date =>
  new Date(Math.round((serial - SERIAL_UNIX_EPOCH) * MS_PER_DAY));

function colorOf(argb: string | undefined): string | undefined {
  if (!argb || !/^[0-9a-f]{8}$/i.test(argb)) return undefined;
  return `#${argb.slice(2).toLowerCase()}`;
}

function argbOf(color: string): string | undefined {
  const m = /^#([0-9a-f]{6})$/i.exec(color) ?? /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  if (!m) return undefined;
  const hex =
    m.length === 2
      ? m[1]
      : m
          .slice(1)
          .map((x) => x + x)
          .join('');
  return `FF${hex.toUpperCase()}`;
}

function textOf(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v !== null && 'richText' in v)
    return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
  return v === null || v === undefined ? '' : String(v);
}

export async function loadXlsx(path: string, options: XlsxOptions = {}): Promise<HostSpreadsheet> {
  if (!existsSync(path)) throw new HostInputError(`File not found: ${path}`);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    throw new HostInputError(`Not a readable .xlsx workbook: ${path} (${why})`);
  }
  const ss = new HostSpreadsheet({
    name: basename(path, extname(path)),
    locale: options.locale ?? 'ru_RU',
    timeZone: options.timeZone ?? 'Europe/Moscow',
  });
  for (const ws of wb.worksheets) loadSheet(ss, ws);
  if (ss.sheets.length === 0) throw new HostInputError(`The workbook has no sheets: ${path}`);
  if (ss.cellCount() > CELL_LIMIT)
    throw new HostInputError(`The workbook has more than ${CELL_LIMIT} cells: ${path}`);
  ss.activeSheetId = (ss.sheets.find((s) => !s.hidden) ?? ss.sheets[0]).sheetId;
  return ss;
}

function loadSheet(ss: HostSpreadsheet, ws: ExcelJS.Worksheet): void {
  const sheet = ss.addSheet(
    ws.name,
    ss.sheets.length,
    Math.max(DEFAULT_ROWS, ws.rowCount),
    Math.max(DEFAULT_COLUMNS, ws.columnCount),
  );
  sheet.hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
  const frozen = (ws.views ?? []).find((v) => v.state === 'frozen') as
    Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  if (frozen) {
    sheet.frozenRows = frozen.ySplit ?? 0;
    sheet.frozenColumns = frozen.xSplit ?? 0;
  }
  for (let c = 1; c <= ws.columnCount; c++) {
    const width = ws.getColumn(c).width;
    if (width !== undefined) sheet.columnWidths.set(c, Math.round(width * PX_PER_WIDTH));
  }
  sheet.tabColor = colorOf(ws.properties.tabColor?.argb) ?? null;
  if ((ws as unknown as { sheetProtection: unknown }).sheetProtection) {
    sheet.protections.push({ id: ss.newObjectId(), description: '', warningOnly: false });
  }
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: true }, (cell, colNumber) =>
      loadCell(ss, sheet, cell, rowNumber - 1, colNumber - 1),
    );
  });
}

function loadCell(ss: HostSpreadsheet, sheet: HostSheet, cell: ExcelJS.Cell, r0: number, c0: number): void {
  const style: CellStyle = {};
  if (cell.numFmt && cell.numFmt !== 'General') style.numberFormat = cell.numFmt;
  if (cell.font?.bold) style.bold = true;
  if (cell.font?.italic) style.italic = true;
  if (cell.font?.size !== undefined && cell.font.size !== 11 && cell.font.size !== 10)
    style.fontSize = cell.font.size;
  const font = colorOf(cell.font?.color?.argb);
  if (font) style.fontColor = font;
  const fill = cell.fill;
  if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
    const bg = colorOf(fill.fgColor?.argb);
    if (bg) style.background = bg;
  }
  const h = cell.alignment?.horizontal;
  if (h === 'left' || h === 'center' || h === 'right') style.horizontalAlignment = h;
  if (cell.alignment?.wrapText) style.wrap = true;
  if (cell.note)
    style.note =
      typeof cell.note === 'string' ? cell.note : (cell.note.texts ?? []).map((t) => t.text).join('');

  const v = cell.value;
  let stored: StoredValue | undefined;
  const asStored = (x: unknown): StoredValue | undefined => {
    if (x === null || x === undefined) return undefined;
    if (x instanceof Date) {
      if (!isDateFormat(style.numberFormat)) style.numberFormat = defaultDateTimeFormat(ss.locale);
      return serialOfWallDate(x);
    }
    if (typeof x === 'number' || typeof x === 'boolean') return x;
    if (typeof x === 'object' && 'error' in x) return String((x as ExcelJS.CellErrorValue).error);
    const t = textOf(x);
    return t === '' ? undefined : t;
  };
  if (typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v)) {
    const f = cell.formula || (v as ExcelJS.CellFormulaValue).formula;
    if (f) sheet.formulas.set(cellKey(r0, c0), `=${f}`);
    stored = asStored((v as ExcelJS.CellFormulaValue).result);
    const link = /^HYPERLINK\(\s*"((?:[^"]|"")*)"/i.exec(f ?? '');
    if (link) style.link = link[1].replace(/""/g, '"');
  } else if (typeof v === 'object' && v !== null && 'hyperlink' in v) {
    const hv = v as ExcelJS.CellHyperlinkValue;
    stored = asStored(textOf(hv.text));
    style.link = hv.hyperlink;
  } else stored = asStored(v);
  sheet.set(r0, c0, stored);
  if (Object.keys(style).length > 0) sheet.styles.set(cellKey(r0, c0), style);
}

/** `#gid=123&range=A5` (a Sheets link to a tab) as an xlsx internal link `#'Tab'!A5`. */
function xlsxLink(url: string, ss: HostSpreadsheet): string {
  const m = /^#gid=(\d+)(?:&range=([A-Z]+\d+(?::[A-Z]+\d+)?))?$/.exec(url);
  if (!m) return url;
  const target = ss.sheetById(Number(m[1]));
  return target ? `#${quoteSheetName(target.name)}!${m[2] ?? 'A1'}` : url;
}

export async function saveXlsx(ss: HostSpreadsheet, path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of ss.sheets) await saveSheet(wb, ss, sheet);
  try {
    await wb.xlsx.writeFile(path);
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    throw new HostInputError(`Cannot write ${path}: ${why}`);
  }
}

async function saveSheet(wb: ExcelJS.Workbook, ss: HostSpreadsheet, sheet: HostSheet): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    properties:
      sheet.tabColor && argbOf(sheet.tabColor) ? { tabColor: { argb: argbOf(sheet.tabColor) } } : {},
    views:
      sheet.frozenRows || sheet.frozenColumns
        ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }]
        : [],
  });
  // Sheets' default column is 100 px wide; xlsx readers otherwise assume ~64 px, which is not what Sheets shows.
  ws.properties.defaultColWidth = SHEETS_DEFAULT_COLUMN_PX / PX_PER_WIDTH;
  for (const [col, px] of sheet.columnWidths) ws.getColumn(col).width = px / PX_PER_WIDTH;

  const keys = new Set<number>([...sheet.formulas.keys(), ...sheet.styles.keys()]);
  sheet.values.forEach((row, r0) => row?.forEach((v, c0) => v !== undefined && keys.add(cellKey(r0, c0))));
  for (const key of [...keys].sort((a, b) => a - b)) {
    const r0 = keyRow(key);
    const c0 = keyCol(key);
    const cell = ws.getCell(r0 + 1, c0 + 1);
    const style = sheet.styles.get(key) ?? {};
    const stored = sheet.get(r0, c0);
    const isDate = typeof stored === 'number' && isDateFormat(style.numberFormat);
    const plain = stored === undefined ? null : isDate ? wallDateOfSerial(stored as number) : stored;
    const formula = sheet.formulas.get(key);
    if (formula !== undefined) {
      const text = formula
        .slice(1)
        .replace(
          /^(HYPERLINK\(\s*")((?:[^"]|"")*)"/i,
          (_m, head: string, url: string) => `${head}${xlsxLink(url, ss)}"`,
        );
      cell.value = { formula: text, result: plain ?? undefined } as ExcelJS.CellFormulaValue;
    } else if (style.link !== undefined && plain !== null) {
      cell.value = { text: String(plain), hyperlink: xlsxLink(style.link, ss) };
    } else cell.value = plain;
    if (style.numberFormat) cell.numFmt = style.numberFormat;
    if (style.bold || style.italic || style.fontSize || style.fontColor) {
      const argb = style.fontColor ? argbOf(style.fontColor) : undefined;
      cell.font = {
        ...(style.bold ? { bold: true } : {}),
        ...(style.italic ? { italic: true } : {}),
        ...(style.fontSize ? { size: style.fontSize } : {}),
        ...(argb ? { color: { argb } } : {}),
      };
    }
    const bg = style.background ? argbOf(style.background) : undefined;
    if (bg) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: bg } };
    if (style.horizontalAlignment && style.horizontalAlignment !== 'general')
      cell.alignment = { horizontal: style.horizontalAlignment };
    if (style.wrap) cell.alignment = { ...(cell.alignment ?? {}), wrapText: true };
    if (style.note) cell.note = style.note;
  }
  for (const [r0, c0, nr, nc] of sheet.merges) ws.mergeCells(r0 + 1, c0 + 1, r0 + nr, c0 + nc);
  // Warning-only protection has no xlsx form: only real protections are written.
  if (sheet.protections.some((p) => !p.warningOnly)) await ws.protect('', {});
}
