/**
 * Manual costs: list the rows as the reports read them, validate what the admin typed, and add, edit or delete
 * a row — each as cell writes computed from the tab as just read.
 */
import type { Cell, DayNum, Grid, Locale } from '../model';
import { isCurrencyCode, normaliseCurrency } from '../parse/currency';
import { makeDateReader } from '../parse/date';
import { parseNumber, parseNumberText } from '../parse/number';
import { isBlank } from '../parse/text';
import { textAt } from '../read/rows';
import { MANUAL_COSTS_LAYOUT } from '../read/settingsTabs';
import { dayFromYmd, dayOfIso, isoOfDay, ymdOfDay } from '../time/days';
import type { DayZone } from '../time/zone';
import { appendRow, dataRows, deleteRowAt, openForEdit, writeRow, type EditableTab } from './editableTab';
import { findRow, refOf } from './rowIdentity';
import type { FieldErrors, ManualCostField, ManualCostInput, ManualCostRow, RowRef, TabEdit } from './types';

type Key = ManualCostField;
type Tab = EditableTab<Key>;

/** Longest span of one manual cost, in days (a whole calendar year is also allowed, leap or not). */
export const MAX_COST_DAYS = 365;
const MAX_TEXT = 1000;

export function listManualCosts(values: Grid | null, zone: DayZone): ManualCostRow[] {
  if (!values || values.length === 0) return [];
  const tab = openForEdit<Key>(values, MANUAL_COSTS_LAYOUT, 'en');
  const readDate = makeDateReader(zone);
  return dataRows(tab).map((r) => {
    const row = tab.values[r];
    const problems: ManualCostField[] = [];
    const cell = (key: Key): Cell => row[tab.col[key]] ?? '';
    const day = (key: 'from' | 'to'): string | null => {
      const d = isBlank(cell(key)) ? null : readDate(cell(key));
      if (d === null) problems.push(key);
      return d === null ? null : isoOfDay(d);
    };
    const from = day('from');
    const to = day('to');
    if (from !== null && to !== null && from > to) problems.push('to');
    const amount = isBlank(cell('amount')) ? null : parseNumber(cell('amount'));
    if (amount === null || amount < 0) problems.push('amount');
    let actions: number | null = null;
    if (!isBlank(cell('actions'))) {
      actions = parseNumber(cell('actions'));
      if (actions === null || actions < 0) problems.push('actions');
    }
    return {
      ref: refOf(tab.values, r),
      source: textAt(row, tab.col.source),
      from,
      to,
      amount,
      currency: normaliseCurrency(textAt(row, tab.col.currency)),
      actions,
      category: textAt(row, tab.col.category),
      comment: textAt(row, tab.col.comment),
      problems,
    };
  });
}

/** A manual cost that passed validation. */
export interface ValidManualCost {
  source: string;
  from: DayNum;
  to: DayNum;
  amount: number;
  currency: string;
  actions: number | null;
  category: string;
  comment: string;
}

/** ISO `YYYY-MM-DD` (what `<input type="date">` gives) or `DD.MM.YYYY` (what people type). */
export function dayOfInput(text: string): DayNum | null {
  const t = text.trim();
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  return dotted ? dayFromYmd(Number(dotted[3]), Number(dotted[2]), Number(dotted[1])) : dayOfIso(t);
}

function isWholeYear(from: DayNum, to: DayNum): boolean {
  const a = ymdOfDay(from);
  const b = ymdOfDay(to);
  return a.year === b.year && a.month === 1 && a.day === 1 && b.month === 12 && b.day === 31;
}

/**
 * Checks every field; all errors at once, so the admin sees each one next to its field. `isKnownSource` says
 * whether a source name is one the reports know (a Sources rule, or a source found in the data).
 */
export function validateManualCost(
  input: ManualCostInput,
  isKnownSource: (name: string) => boolean,
): { ok: true; cost: ValidManualCost } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const source = input.source.trim();
  if (source === '') errors.source = 'required';
  else if (!isKnownSource(source)) errors.source = 'unknownSource';

  const dayField = (key: 'from' | 'to'): DayNum | null => {
    if (input[key].trim() === '') {
      errors[key] = 'required';
      return null;
    }
    const d = dayOfInput(input[key]);
    if (d === null) errors[key] = 'badDate';
    return d;
  };
  const from = dayField('from');
  const to = dayField('to');
  if (from !== null && to !== null) {
    if (from > to) errors.to = 'toBeforeFrom';
    else if (to - from + 1 > MAX_COST_DAYS && !isWholeYear(from, to)) errors.to = 'tooLong';
  }

  let amount: number | null = null;
  if (input.amount.trim() === '') errors.amount = 'required';
  else {
    amount = parseNumberText(input.amount);
    if (amount === null || !isFinite(amount)) errors.amount = 'notNumber';
    else if (!(amount > 0)) errors.amount = 'notPositive';
  }

  const currency = normaliseCurrency(input.currency);
  if (currency !== '' && !isCurrencyCode(currency)) errors.currency = 'badCurrency';

  let actions: number | null = null;
  if (input.actions.trim() !== '') {
    actions = parseNumberText(input.actions);
    if (actions === null || !isFinite(actions)) errors.actions = 'notNumber';
    else if (actions < 0) errors.actions = 'negative';
  }
  const category = input.category.trim();
  const comment = input.comment.trim();
  if (category.length > MAX_TEXT) errors.category = 'textTooLong';
  if (comment.length > MAX_TEXT) errors.comment = 'textTooLong';

  if (Object.keys(errors).length > 0 || from === null || to === null || amount === null)
    return { ok: false, errors };
  return { ok: true, cost: { source, from, to, amount, currency, actions, category, comment } };
}

/** How a day is written into a cell: the shell passes a Date at midnight in the spreadsheet's zone. */
export type DayCell = (day: DayNum) => Cell;

function cellsOf(cost: ValidManualCost, dayCell: DayCell): Record<Key, Cell> {
  return {
    source: cost.source,
    from: dayCell(cost.from),
    to: dayCell(cost.to),
    amount: cost.amount,
    currency: cost.currency,
    actions: cost.actions === null ? '' : cost.actions,
    category: cost.category,
    comment: cost.comment,
  };
}

function open(values: Grid | null, locale: Locale): Tab {
  return openForEdit<Key>(values, MANUAL_COSTS_LAYOUT, locale);
}

export function addManualCost(
  values: Grid | null,
  cost: ValidManualCost,
  locale: Locale,
  dayCell: DayCell,
): TabEdit {
  const tab = open(values, locale);
  appendRow(tab, cellsOf(cost, dayCell));
  return tab.edit;
}

export function updateManualCost(
  values: Grid | null,
  ref: RowRef,
  cost: ValidManualCost,
  locale: Locale,
  dayCell: DayCell,
): TabEdit {
  const tab = open(values, locale);
  writeRow(tab, findRow(tab.values, tab.headerRow, ref), cellsOf(cost, dayCell));
  return tab.edit;
}

export function deleteManualCost(values: Grid | null, ref: RowRef): TabEdit {
  const tab = open(values, 'en');
  deleteRowAt(tab, findRow(tab.values, tab.headerRow, ref));
  return tab.edit;
}

/** Manual costs of renamed or merged sources follow them to the new name; null when no row names them. */
export function renameCostSources(
  values: Grid | null,
  oldNames: readonly string[],
  newName: string,
  locale: Locale,
): TabEdit | null {
  if (!values || values.length === 0) return null;
  const tab = open(values, locale);
  const old = new Set(oldNames.map((n) => n.trim().toLowerCase()));
  let changed = false;
  for (const r of dataRows(tab)) {
    if (old.has(textAt(tab.values[r], tab.col.source).toLowerCase())) {
      writeRow(tab, r, { source: newName });
      changed = true;
    }
  }
  return changed ? tab.edit : null;
}
