/** Inserting and deleting rows and columns: values and every per-cell map move together. */
import { cellKey, keyCol, keyRow, type HostSheet } from './model';

/** Inserts `count` holes at `at` (no spread: a large count would overflow the call stack). */
function insertHoles<T>(list: T[], at: number, count: number): void {
  if (at >= list.length) return;
  const tail = list.splice(at);
  list.length = at + count;
  for (const x of tail) list.push(x);
}

function rekey<T>(
  map: Map<number, T>,
  move: (r: number, c: number) => [number, number] | null,
  value?: (v: T) => T,
): void {
  const entries = [...map.entries()];
  map.clear();
  for (const [key, v] of entries) {
    const to = move(keyRow(key), keyCol(key));
    if (to) map.set(cellKey(to[0], to[1]), value ? value(v) : v);
  }
}

/** Rows at or after `at0` move by `delta`; with delta < 0 the rows [at0, at0 − delta) are removed. */
export function shiftRows(sheet: HostSheet, at0: number, delta: number): void {
  if (delta > 0) insertHoles(sheet.values, at0, delta);
  else sheet.values.splice(at0, -delta);
  const move = (r: number, c: number): [number, number] | null => {
    if (r < at0) return [r, c];
    if (delta < 0 && r < at0 - delta) return null;
    return [r + delta, c];
  };
  rekey(sheet.formulas, move);
  rekey(sheet.styles, move);
  rekey(sheet.spilled, move, (origin) => {
    const to = move(keyRow(origin), keyCol(origin));
    return to ? cellKey(to[0], to[1]) : origin;
  });
  sheet.maxRows += delta;
}

/** Columns at or after `at0` move by `delta`; with delta < 0 the columns [at0, at0 − delta) are removed. */
export function shiftColumns(sheet: HostSheet, at0: number, delta: number): void {
  for (const row of sheet.values) {
    if (!row || row.length <= at0) continue;
    if (delta > 0) insertHoles(row, at0, delta);
    else row.splice(at0, -delta);
  }
  const move = (r: number, c: number): [number, number] | null => {
    if (c < at0) return [r, c];
    if (delta < 0 && c < at0 - delta) return null;
    return [r, c + delta];
  };
  rekey(sheet.formulas, move);
  rekey(sheet.styles, move);
  rekey(sheet.spilled, move, (origin) => {
    const to = move(keyRow(origin), keyCol(origin));
    return to ? cellKey(to[0], to[1]) : origin;
  });
  const widths = [...sheet.columnWidths.entries()];
  sheet.columnWidths.clear();
  for (const [col1, w] of widths) {
    const to = move(0, col1 - 1);
    if (to) sheet.columnWidths.set(to[1] + 1, w);
  }
  sheet.maxColumns += delta;
}
