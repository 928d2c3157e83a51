/** Refusals of a run the estimate says could not finish (core/limits/estimate.ts): one line, naming the tab. */
import type { Locale } from '../model';
import type { Text } from './locale';
import type { WorkPurpose, WorkVerdict } from '../limits/estimate';
import { CUSTOM_FUNCTION_LIMIT_MS, EXECUTION_LIMIT_MS, SPREADSHEET_CELL_LIMIT } from '../limits/constants';
import { fill } from './reportLabels';

export const LIMIT_LABELS = {
  time: {
    ru: 'Данных слишком много для одного запуска: лист «{tab}» — {rows} строк × {columns} столбцов; оценка — около {minutes} мин при пределе Apps Script {limit} мин. Удалите старые строки или разделите таблицу.',
    en: 'Too much data for one run: tab "{tab}" has {rows} rows × {columns} columns; the estimate is about {minutes} min against Apps Script\'s limit of {limit} min. Delete old rows or split the spreadsheet.',
  },
  timeFunction: {
    ru: 'Данных слишком много для пользовательской функции: лист «{tab}» — {rows} строк × {columns} столбцов; оценка — около {seconds} с при пределе {limit} с. Используйте отчёт «Окупаемость рекламы».',
    en: 'Too much data for a custom function: tab "{tab}" has {rows} rows × {columns} columns; the estimate is about {seconds} s against the limit of {limit} s. Use the Ad payback report instead.',
  },
  cells: {
    ru: 'Отчёты не поместятся в таблицу: лист «{tab}» — {rows} строк × {columns} столбцов, с листом записей это до {cells} ячеек при пределе Google Таблиц {limit}. Удалите старые строки или разделите таблицу.',
    en: 'The reports would not fit in the spreadsheet: tab "{tab}" has {rows} rows × {columns} columns, with the records sheet up to {cells} cells against Google Sheets\' limit of {limit}. Delete old rows or split the spreadsheet.',
  },
} satisfies Record<string, Text>;

/** 3000000 → "3 000 000" (ru) or "3,000,000" (en). */
export function formatCount(n: number, locale: Locale): string {
  const digits = String(Math.round(n));
  const sep = locale === 'ru' ? '\u00a0' : ',';
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** The one-line refusal for a verdict that is not ok. */
export function describeLimit(
  verdict: WorkVerdict & { ok: false },
  purpose: WorkPurpose,
  locale: Locale,
): string {
  const e = verdict.estimate;
  const tab = e.largest;
  const base = {
    tab: tab ? tab.name : '',
    rows: formatCount(tab ? tab.rows : 0, locale),
    columns: formatCount(tab ? tab.columns : 0, locale),
  };
  if (verdict.reason === 'cells') {
    return fill(LIMIT_LABELS.cells[locale], {
      ...base,
      cells: formatCount(e.totalCells, locale),
      limit: formatCount(SPREADSHEET_CELL_LIMIT, locale),
    });
  }
  if (purpose === 'customFunction') {
    return fill(LIMIT_LABELS.timeFunction[locale], {
      ...base,
      seconds: Math.ceil(e.estimatedMs / 1000),
      limit: CUSTOM_FUNCTION_LIMIT_MS / 1000,
    });
  }
  return fill(LIMIT_LABELS.time[locale], {
    ...base,
    minutes: Math.ceil(e.estimatedMs / 60_000),
    limit: EXECUTION_LIMIT_MS / 60_000,
  });
}
