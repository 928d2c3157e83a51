/**
 * Finding a listed row again. Between the moment the sidebar listed a tab and the moment the admin saves, someone
 * may have inserted, deleted or changed rows. The row is found by the exact content it had (its key): first at its
 * old place, else anywhere in the tab. A row whose content changed is not found, and the edit is refused rather
 * than overwriting someone else's change.
 */
import type { Cell, Grid } from '../model';
import { EditError } from './editError';
import type { RowRef } from './types';

function cellKey(cell: Cell | undefined): string {
  if (cell === undefined || cell === null || cell === '') return '';
  if (typeof cell === 'string') return 's' + cell;
  if (typeof cell === 'number') return 'n' + String(cell);
  if (typeof cell === 'boolean') return cell ? 'T' : 'F';
  // A Date, checked by shape: the host may hand us Dates from another realm.
  return 'd' + String(cell.getTime());
}

/** The exact content of a row, trailing empty cells ignored (a wider tab does not change a row's key). */
export function rowKey(row: readonly Cell[]): string {
  const keys = row.map(cellKey);
  while (keys.length > 0 && keys[keys.length - 1] === '') keys.pop();
  return JSON.stringify(keys);
}

export function refOf(values: Grid, index: number): RowRef {
  return { row: index + 1, key: rowKey(values[index]) };
}

/** 0-based index of the row `ref` names, among the data rows after `headerRow`; throws `rowChanged`. */
export function findRow(values: Grid, headerRow: number, ref: RowRef): number {
  const hinted = ref.row - 1;
  if (hinted > headerRow && hinted < values.length && rowKey(values[hinted]) === ref.key) return hinted;
  for (let r = headerRow + 1; r < values.length; r++) if (rowKey(values[r]) === ref.key) return r;
  throw new EditError('rowChanged');
}
