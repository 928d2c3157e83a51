/** What the spreadsheet service objects share: the context, the workbook, the formula engine, and factories. */
import type { HostContext } from './context';
import type { FormulaEngine } from './formulas';
import type { HostSheet, HostSpreadsheet } from './model';
import type { GasSheet } from './sheet';
import type { GasSpreadsheet } from './spreadsheet';
import type { UiRecords } from './ui';

export interface Env {
  ctx: HostContext;
  ss: HostSpreadsheet;
  formulas: FormulaEngine;
  ui: UiRecords;
  sheetObject(sheet: HostSheet): GasSheet;
  spreadsheetObject(): GasSpreadsheet;
}

/** A script-realm array of the items (scripts may test `instanceof Array`). */
export function realmArray<T>(env: Env, items: T[]): T[] {
  const out = new env.ctx.realm.Array<T>() as T[];
  for (const x of items) out.push(x);
  return out;
}
