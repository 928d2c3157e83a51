/** A1 notation: column letters, cell and range references, with an optional sheet name (`'My tab'!A1:C3`). */
import { columnLetter as letterOf0 } from '../../src/core/layout/a1';

/** Letters of a 1-based column (the core's helper counts from 0). */
export function columnLetter(col1: number): string {
  return col1 > 0 ? letterOf0(col1 - 1) : '';
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1Of(row1: number, col1: number, numRows = 1, numCols = 1): string {
  const start = columnLetter(col1) + row1;
  if (numRows === 1 && numCols === 1) return start;
  return `${start}:${columnLetter(col1 + numCols - 1)}${row1 + numRows - 1}`;
}

/** A sheet name as it appears before `!`: quoted when it is not a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export interface A1Range {
  sheetName: string | null;
  row: number;
  col: number;
  /** null = to the end of the sheet (`A:C`, `A2:C`). */
  lastRow: number | null;
  lastCol: number | null;
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/** Parses `A1`, `A1:C3`, `A:C`, `2:5`, `A2:C`, optionally `Sheet!…`. Returns null when it is not A1 notation. */
export function parseA1(text: string): A1Range | null {
  let sheetName: string | null = null;
  let ref = text.trim();
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    const rawSheet = ref.slice(0, bang);
    ref = ref.slice(bang + 1);
    sheetName = /^'.*'$/.test(rawSheet) ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  }
  const [a, b, extra] = ref.split(':');
  if (extra !== undefined || a === undefined) return null;
  const pa = PART.exec(a);
  const pb = b === undefined ? pa : PART.exec(b);
  if (!pa || !pb) return null;
  const [, colA, rowA] = pa;
  const [, colB, rowB] = pb;
  if ((colA === '' && rowA === '') || (colB === '' && rowB === '')) return null;
  if (b === undefined && (colA === '' || rowA === '')) return null;
  const row = rowA === '' ? 1 : Number(rowA);
  const col = colA === '' ? 1 : columnNumber(colA);
  const lastRow = rowB === '' ? null : Number(rowB);
  const lastCol = colB === '' ? null : columnNumber(colB);
  if (row < 1 || (lastRow !== null && lastRow < 1)) return null;
  return {
    sheetName,
    row: lastRow === null ? row : Math.min(row, lastRow),
    col: lastCol === null ? col : Math.min(col, lastCol),
    lastRow: lastRow === null ? null : Math.max(row, lastRow),
    lastCol: lastCol === null ? null : Math.max(col, lastCol),
  };
}
