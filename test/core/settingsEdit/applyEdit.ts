import type { Cell, Grid } from '../../../src/core/model';
import type { TabEdit } from '../../../src/core/settingsEdit/types';

/** Applies an edit to a grid the way the shell applies it to a sheet. */
export function applied(grid: Grid | null, edit: TabEdit): Cell[][] {
  const out = (grid ?? []).map((r) => [...r]);
  for (const w of edit.writes) {
    w.values.forEach((row, i) => {
      const r = w.row - 1 + i;
      while (out.length <= r) out.push([]);
      row.forEach((cell, j) => {
        const c = w.column - 1 + j;
        while (out[r].length < c) out[r].push('');
        out[r][c] = cell;
      });
    });
  }
  for (const d of edit.deletes) out.splice(d - 1, 1);
  return out;
}
