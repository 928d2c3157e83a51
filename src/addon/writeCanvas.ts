/**
 * Writes a canvas onto a sheet with one call per formatting attribute, whatever its size. Attributes that are
 * the same in every cell are skipped (a fresh sheet already has the defaults), which keeps the call count low.
 */
import type { Canvas, CanvasGrids } from '../core/layout/canvas';
import { FORMAT } from '../core/layout/formats';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function allEqual<T>(grid: T[][], value: T): boolean {
  for (const row of grid) for (const v of row) if (v !== value) return false;
  return true;
}

/** A new sheet's size in Sheets (insertSheet): 1000 rows × 26 columns. */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;

/** Groups consecutive equal widths so each group costs one call; 0 keeps the default width (no call). */
export function widthGroups(widths: number[]): { start: number; count: number; width: number }[] {
  const groups: { start: number; count: number; width: number }[] = [];
  widths.forEach((w, i) => {
    if (!(w > 0)) return;
    const last = groups[groups.length - 1];
    if (last && last.width === w && last.start + last.count === i + 1) last.count++;
    else groups.push({ start: i + 1, count: 1, width: w });
  });
  return groups;
}

/**
 * Sheets refuses ranges beyond the grid: grow a fresh sheet to fit the canvas first. A records list (`fit`) is
 * cut to exactly its own size instead — a new sheet is 1000 × 26, and every unused cell of it counts against
 * the spreadsheet's 10M-cell limit — with the same two calls whatever its length.
 */
function ensureGrid(sheet: Sheet, rows: number, cols: number, fit: boolean): void {
  if (fit) {
    if (cols < NEW_SHEET_COLUMNS) sheet.deleteColumns(cols + 1, NEW_SHEET_COLUMNS - cols);
    if (rows > NEW_SHEET_ROWS) sheet.insertRowsAfter(NEW_SHEET_ROWS, rows - NEW_SHEET_ROWS);
    else if (rows < NEW_SHEET_ROWS) sheet.deleteRows(rows + 1, NEW_SHEET_ROWS - rows);
    return;
  }
  if (rows > NEW_SHEET_ROWS) {
    const have = sheet.getMaxRows();
    if (rows > have) sheet.insertRowsAfter(have, rows - have);
  }
  if (cols > NEW_SHEET_COLUMNS) {
    const have = sheet.getMaxColumns();
    if (cols > have) sheet.insertColumnsAfter(have, cols - have);
  }
}

export function writeCanvas(sheet: Sheet, canvas: Canvas): CanvasGrids {
  const g = canvas.toGrids();
  const rows = g.values.length;
  const cols = g.values[0].length;
  ensureGrid(sheet, rows, cols, canvas.fitGrid);
  const range = sheet.getRange(1, 1, rows, cols);
  // Formats first: a text-formatted cell keeps data text as text when the values arrive.
  if (!allEqual(g.formats, FORMAT.general)) range.setNumberFormats(g.formats);
  range.setValues(g.values);
  if (!allEqual(g.weights, 'normal')) range.setFontWeights(g.weights);
  if (!allEqual(g.styles, 'normal')) range.setFontStyles(g.styles);
  if (!allEqual(g.colors, '#000000')) range.setFontColors(g.colors);
  if (!allEqual(g.backgrounds, '#ffffff')) range.setBackgrounds(g.backgrounds);
  if (!allEqual(g.sizes, 10)) range.setFontSizes(g.sizes);
  if (!allEqual(g.wraps, false)) range.setWraps(g.wraps);
  if (canvas.frozenRows > 0) sheet.setFrozenRows(Math.min(canvas.frozenRows, rows));
  for (const grp of widthGroups(canvas.columnWidths.slice(0, Math.max(cols, 1)))) {
    sheet.setColumnWidths(grp.start, grp.count, grp.width);
  }
  if (canvas.chart) {
    const c = canvas.chart;
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(sheet.getRange(c.row + 1, c.col + 1, c.numRows, c.numCols))
      .setPosition(c.anchorRow + 1, c.anchorCol + 1, 0, 0)
      .setOption('title', c.title)
      .build();
    sheet.insertChart(chart);
  }
  return g;
}
