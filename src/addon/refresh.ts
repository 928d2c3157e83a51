/**
 * Sheets recalculates a custom function only when its arguments change. "Refresh custom functions" bumps the
 * data version (new cache key) and re-enters every formula that calls one of ours, which makes Sheets run it
 * again on the current data. onEdit bumps the version too when a data or settings tab is edited by hand.
 */
import { REPORT_MESSAGES } from '../core/i18n/addonLabels';
import { fill, SHEET_NAMES } from '../core/i18n/reportLabels';
import { localeOf } from '../core/i18n/locale';
import { bumpDataVersion } from './dataVersion';
import { SheetDirectory, normaliseTabName } from './sheetDirectory';
import { INPUT_TABS } from './readData';

const OUR_FUNCTION = /\b(MARKETING_ROI|CONVERSION|COSTPERDEAL|COSTPERLEAD|COSTPERWON|COSTPERACTION)\s*\(/i;
const REPORT_NAMES = new Set(
  Object.values(SHEET_NAMES).flatMap((t) => [normaliseTabName(t.ru), normaliseTabName(t.en)]),
);

/** Re-enters our formulas; returns how many cells were refreshed. */
export function refreshCustomFunctions(): number {
  bumpDataVersion();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const dir = SheetDirectory.list(ss);
  const found: { range: GoogleAppsScript.Spreadsheet.Range; formula: string }[] = [];
  for (const tab of dir.all()) {
    if (REPORT_NAMES.has(normaliseTabName(tab.name))) continue;
    const formulas = tab.sheet.getDataRange().getFormulas();
    formulas.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f && OUR_FUNCTION.test(f)) found.push({ range: tab.sheet.getRange(r + 1, c + 1), formula: f });
      }),
    );
  }
  if (found.length === 0) return 0;
  for (const cell of found) cell.range.setValue('');
  SpreadsheetApp.flush();
  for (const cell of found) cell.range.setFormula(cell.formula);
  return found.length;
}

export function refreshFromMenu(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const n = refreshCustomFunctions();
  ss.toast(fill(REPORT_MESSAGES.refreshed[localeOf(ss.getSpreadsheetLocale())], { n }), 'Throughline', 5);
}

const INPUT_NAMES = new Set(INPUT_TABS.flatMap((t) => t.accepted.map(normaliseTabName)));

/** Simple trigger: an edit in an input tab makes cached aggregates stale. */
export function onEditBump(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  try {
    const name = e && e.range ? e.range.getSheet().getName() : '';
    if (INPUT_NAMES.has(normaliseTabName(name))) bumpDataVersion();
  } catch {
    // A simple trigger must never show an error for a plain edit.
  }
}
