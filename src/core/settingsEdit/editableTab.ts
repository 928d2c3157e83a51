/**
 * A settings tab opened for editing: where its header and columns are, with any missing column of the contract
 * added at the right end of the header (and the whole header written when the tab is new or empty), so that a
 * tab made or trimmed by hand can always be written. Cells are built here too: data text stays text.
 */
import { asLiteralText } from '../layout/literal';
import type { Cell, Grid, Locale } from '../model';
import { isBlankRow } from '../read/rows';
import { locateColumns } from '../read/headers';
import type { SettingsTabLayout } from '../read/settingsTabs';
import type { TabEdit } from './types';

export interface EditableTab<K extends string> {
  /** The tab as read ([] when it does not exist). */
  values: Grid;
  /** 0-based index of the header row. */
  headerRow: number;
  /** 0-based column of every key of the layout (present or added). */
  col: Record<K, number>;
  edit: TabEdit;
  /** 1-based sheet row where the next appended row goes. */
  nextRow: number;
}

export function openForEdit<K extends string>(
  values: Grid | null,
  layout: SettingsTabLayout<K>,
  locale: Locale,
): EditableTab<K> {
  const edit: TabEdit = { create: values === null, writes: [], deletes: [] };
  const grid = values ?? [];
  const located = grid.length > 0 ? locateColumns(grid, layout.columns) : null;
  const col = {} as Record<K, number>;
  if (!located) {
    // New or empty tab: the whole header, in the contract's order, in the spreadsheet's language.
    layout.order.forEach((key, i) => (col[key] = i));
    edit.writes.push({
      row: 1,
      column: 1,
      values: [layout.order.map((key) => layout.columns[key].label[locale])],
    });
    return { values: grid, headerRow: 0, col, edit, nextRow: Math.max(2, grid.length + 1) };
  }
  let width = grid[located.headerRow].length;
  for (const key of layout.order) {
    if (located.col[key] >= 0) col[key] = located.col[key];
    else {
      col[key] = width++;
      edit.writes.push({
        row: located.headerRow + 1,
        column: col[key] + 1,
        values: [[layout.columns[key].label[locale]]],
      });
    }
  }
  return { values: grid, headerRow: located.headerRow, col, edit, nextRow: grid.length + 1 };
}

/** 0-based indexes of the non-blank rows below the header. */
export function dataRows(tab: EditableTab<string>): number[] {
  const rows: number[] = [];
  for (let r = tab.headerRow + 1; r < tab.values.length; r++) if (!isBlankRow(tab.values[r])) rows.push(r);
  return rows;
}

/** Text from the data is written as literal text (`=…`, `+7…` stay text); other cells as they are. */
export function literalCell(cell: Cell): Cell {
  return typeof cell === 'string' ? asLiteralText(cell) : cell;
}

/**
 * Writes `cells` (by layout key) into row `index` (0-based; a new row when past the end), keeping the row's other
 * cells. The block written spans only the layout's columns, so columns the admin added elsewhere are untouched.
 */
export function writeRow<K extends string>(
  tab: EditableTab<K>,
  index: number,
  cells: Partial<Record<K, Cell>>,
): void {
  const cols = (Object.keys(tab.col) as K[]).map((k) => tab.col[k]);
  const first = Math.min(...cols);
  const last = Math.max(...cols);
  const base = index < tab.values.length ? tab.values[index] : [];
  const out: Cell[] = [];
  for (let c = first; c <= last; c++) out.push(literalCell(base[c] ?? ''));
  for (const key of Object.keys(cells) as K[]) {
    const value = cells[key];
    // A key the layout does not have (a type for a channel) is ignored.
    if (value !== undefined && tab.col[key] !== undefined) out[tab.col[key] - first] = literalCell(value);
  }
  tab.edit.writes.push({ row: index + 1, column: first + 1, values: [out] });
}

/** Appends a row after the last row of the tab. */
export function appendRow<K extends string>(tab: EditableTab<K>, cells: Partial<Record<K, Cell>>): void {
  writeRow(tab, tab.nextRow - 1, cells);
  tab.nextRow++;
}

export function deleteRowAt(tab: EditableTab<string>, index: number): void {
  tab.edit.deletes.push(index + 1);
  tab.edit.deletes.sort((a, b) => b - a);
}
