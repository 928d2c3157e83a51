/**
 * The baseline: the least any reader of the workbook must do — one pass over the same 2D arrays (every tab,
 * every row, every cell), dispatching on each cell's type as `getValues()` hands it over and reading its
 * value once:
 *  - text: its length (loads the string) is added;
 *  - number: its value is read (a NaN self-comparison), 1 is added (0 for NaN);
 *  - Date (an object, recognised by shape as the engine does): its `getTime()` is read, 2 is added (0 for an
 *    invalid Date);
 *  - boolean or anything else (undefined past a short row): 3 is added.
 * The integer sum is returned, so the loop cannot be optimised away. No parsing, no allocation, no records:
 * this is the floor the engine's time is divided by (engine ÷ baseline).
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
        else if (typeof cell === 'object' && cell !== null) {
          const ms = cell.getTime();
          sum += ms === ms ? 2 : 0;
        } else sum += 3;
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
