/** The Manual costs settings tab → ManualCost records (offline ads, fees, salaries: what no cabinet exports). */
import type { Cell, ManualCost, TabData } from '../model';
import { normaliseCurrency } from '../parse/currency';
import type { DateReader } from '../parse/date';
import { parseNumber } from '../parse/number';
import { isBlank } from '../parse/text';
import type { FindingList } from './findings';
import { openSettingsTab } from './openSettingsTab';
import { isBlankRow, textAt } from './rows';
import { MANUAL_COSTS_LAYOUT } from './settingsTabs';

/**
 * From, To and Amount are required on every row: a row where one is missing or unreadable, whose Amount is
 * negative or whose From is after To is reported and skipped — never counted as 0. Actions are optional:
 * unreadable ones are reported and read as null, the row kept.
 */
export function readManualCosts(
  tabs: readonly TabData[],
  readDate: DateReader,
  findings: FindingList,
): ManualCost[] {
  const costs: ManualCost[] = [];
  const opened = openSettingsTab(tabs, MANUAL_COSTS_LAYOUT, findings);
  if (!opened || !opened.located) return costs;
  const { tab } = opened;
  const { col, header, headerRow } = opened.located;
  const name = tab.name;

  /** A required cell, reported when missing or unreadable. */
  function required<T>(
    row: Cell[],
    c: number,
    column: string,
    sheetRow: number,
    read: (cell: Cell) => T | null,
  ): T | null {
    const cell = row[c] ?? '';
    if (isBlank(cell)) {
      findings.add('missingValue', name, sheetRow, column, '');
      return null;
    }
    const value = read(cell);
    if (value === null) findings.add('unreadableValue', name, sheetRow, column, cell);
    return value;
  }

  for (let r = headerRow + 1; r < tab.values.length; r++) {
    const row = tab.values[r];
    const sheetRow = r + 1;
    if (isBlankRow(row)) continue;
    const from = required(row, col.from, header.from, sheetRow, readDate);
    const to = required(row, col.to, header.to, sheetRow, readDate);
    const amount = required(row, col.amount, header.amount, sheetRow, parseNumber);
    if (from === null || to === null || amount === null) continue;
    if (amount < 0) {
      findings.add('badSetting', name, sheetRow, header.amount, row[col.amount]);
      continue;
    }
    if (from > to) {
      findings.add('badSetting', name, sheetRow, header.to, row[col.to]);
      continue;
    }
    let actions: number | null = null;
    if (col.actions >= 0 && !isBlank(row[col.actions])) {
      actions = parseNumber(row[col.actions]);
      if (actions === null || actions < 0) {
        findings.add('unreadableValue', name, sheetRow, header.actions, row[col.actions]);
        actions = null;
      }
    }
    costs.push({
      row: sheetRow,
      source: textAt(row, col.source),
      from,
      to,
      amount,
      currency: normaliseCurrency(textAt(row, col.currency)),
      actions,
      category: textAt(row, col.category),
      comment: textAt(row, col.comment),
    });
  }
  return costs;
}
