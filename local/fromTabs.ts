/**
 * Builds a host workbook straight from `getValues()`-style tabs (the example generator's output), without a
 * round trip through .xlsx: for tests and benchmarks at sizes where exceljs would dominate the time.
 */
import type { TabData } from '../src/core/model';
import { HostSpreadsheet } from './host/model';
import { serialOfInstant } from './host/dates';
import { defaultDateTimeFormat } from './host/values';

export function spreadsheetFromTabs(
  tabs: TabData[],
  options: { locale?: string; timeZone?: string } = {},
): HostSpreadsheet {
  const ss = new HostSpreadsheet({
    locale: options.locale ?? 'ru_RU',
    timeZone: options.timeZone ?? 'Europe/Moscow',
  });
  const dateFormat = defaultDateTimeFormat(ss.locale);
  for (const tab of tabs) {
    const rows = Math.max(1000, tab.values.length);
    const cols = Math.max(26, ...tab.values.map((r) => r.length));
    const sheet = ss.addSheet(tab.name, ss.sheets.length, rows, cols);
    tab.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === '' || v === null || v === undefined) return;
        if (v instanceof Date) {
          sheet.set(r, c, serialOfInstant(v.getTime(), ss.timeZone));
          sheet.styleFor(r, c).numberFormat = dateFormat;
        } else sheet.set(r, c, v);
      }),
    );
  }
  return ss;
}
