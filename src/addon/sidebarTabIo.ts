/**
 * Settings-tab I/O for the sidebar: one getValues() per tab read, and a TabEdit from the core applied as a few
 * batched writes (one setValues per block, then row deletions from the bottom up).
 */
import type { Grid, Locale } from '../core/model';
import type { SettingsTabLayout } from '../core/read/settingsTabs';
import type { TabEdit } from '../core/settingsEdit/types';
import type { AddonContext } from './context';
import type { Tab } from './sheetDirectory';

export interface ReadTab {
  tab: Tab | undefined;
  /** null when the tab does not exist. */
  values: Grid | null;
}

export function readTab(ctx: AddonContext, layout: SettingsTabLayout<string>): ReadTab {
  const tab = ctx.dir.byLooseName(layout.tab.accepted);
  return { tab, values: tab ? (tab.sheet.getDataRange().getValues() as Grid) : null };
}

const DATE_FORMAT: Record<Locale, string> = { ru: 'dd.mm.yyyy', en: 'yyyy-mm-dd' };

const isDate = (v: unknown): boolean => Object.prototype.toString.call(v) === '[object Date]';

/** Applies an edit to the tab read as `read` (creating it, named in the spreadsheet's language, when absent). */
export function applyTabEdit(
  ctx: AddonContext,
  layout: SettingsTabLayout<string>,
  read: ReadTab,
  edit: TabEdit,
): void {
  let tab = read.tab;
  if (!tab) {
    if (!edit.create) return;
    tab = ctx.dir.insert(ctx.dir.freeName(layout.tab.name[ctx.locale]), ctx.dir.all().length);
    tab.sheet.setFrozenRows(1);
  }
  const sheet = tab.sheet;
  for (const w of edit.writes) {
    if (w.values.length === 0 || w.values[0].length === 0) continue;
    // Dates are written as dates and shown as days (not as date-times). Formats go first: if one fails, no
    // value has been written yet, and the tab still holds what it held.
    w.values.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (isDate(cell)) sheet.getRange(w.row + r, w.column + c).setNumberFormat(DATE_FORMAT[ctx.locale]);
      }),
    );
    sheet.getRange(w.row, w.column, w.values.length, w.values[0].length).setValues(w.values);
  }
  if (edit.deletes.length === 0) return;
  const maxRows = sheet.getMaxRows();
  const width = Math.max(1, sheet.getLastColumn());
  for (const row of edit.deletes) {
    // Sheets refuses to delete its last rows; clearing the sheet's very last row is the same to a reader.
    if (row >= maxRows) sheet.getRange(row, 1, 1, width).clearContent();
    else sheet.deleteRows(row, 1);
  }
}
