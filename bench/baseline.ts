/**
 * The baseline: the least any reader of the workbook must do — one pass over the same 2D arrays (every tab,
 * every row, every cell), reading each cell once by its type, as `getValues()` hands it over:
 *  - text: its length (loads the string);
 *  - number: its value (a NaN test reads it);
 *  - Date (an object, found by shape as the engine does): its `getTime()`;
 *  - boolean: its value; anything else (undefined past a short row): counted as nothing.
 * Each read folds into an integer sum that is returned, so the loop cannot be optimised away. No parsing, no
 * allocation, no records: this is the floor the engine's time is divided by (engine ÷ baseline).
 */
import type { TabData } from '../src/core/model';

export function touchEveryCell(tabs: readonly TabData[]): number {
  let sum = 0;
  for (const tab of tabs) {
    const values = tab.values;
    for (let r = 0; r < values.length; r++) {
      const row = values[r];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (typeof cell === 'string') sum += cell.length;
        else if (typeof cell === 'number') sum += cell === cell ? 1 : 0;
        else if (typeof cell === 'object' && cell !== null) sum += cell.getTime() & 1;
        else if (typeof cell === 'boolean') sum += cell ? 1 : 0;
      }
    }
  }
  return sum;
}

export function cellCount(tabs: readonly TabData[]): number {
  let n = 0;
  for (const tab of tabs) for (const row of tab.values) n += row.length;
  return n;
}
