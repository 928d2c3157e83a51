/** What one execution knows about the spreadsheet: locale, time zone, today, and its tabs. */
import type { DayNum, Locale } from '../core/model';
import { localeOf } from '../core/i18n/locale';
import { makeZone, type DayZone } from '../core/time/zone';
import { SheetDirectory } from './sheetDirectory';

export interface AddonContext {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  locale: Locale;
  timeZone: string;
  zone: DayZone;
  today: DayNum;
  dir: SheetDirectory;
}

export function openContext(): AddonContext {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const locale = localeOf(ss.getSpreadsheetLocale());
  const timeZone = ss.getSpreadsheetTimeZone();
  const zone = makeZone(timeZone);
  return { ss, locale, timeZone, zone, today: zone.dayOf(Date.now()), dir: SheetDirectory.list(ss) };
}
