/** What each menu item does, with user-facing messages instead of stack traces. */
import { REPORT_MESSAGES } from '../core/i18n/addonLabels';
import { fill } from '../core/i18n/reportLabels';
import { localeOf } from '../core/i18n/locale';
import type { Locale } from '../core/model';
import type { ReportKind } from '../core/i18n/reportLabels';
import { dayOfIso, isoOfDay } from '../core/time/days';
import { parseDateText } from '../core/parse/date';
import { makeZone } from '../core/time/zone';
import { messageOf } from './errors';
import { runReports, type ReportRun } from './reports';
import { describeRun } from './runMessages';
import { loadPeriodChoice, savePeriodChoice } from './period';

function sheetLocale(): Locale {
  try {
    return localeOf(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  } catch {
    return 'en';
  }
}

export function runFromMenu(kinds: ReportKind[]): void {
  let run: ReportRun;
  try {
    run = runReports(kinds, undefined, { toast: true });
  } catch (e) {
    SpreadsheetApp.getUi().alert(fill(REPORT_MESSAGES.failed[sheetLocale()], { reason: messageOf(e) }));
    return;
  }
  if (run.refused.length > 0) SpreadsheetApp.getUi().alert(describeRun(run, run.locale));
}

/** Reads "01.11.2026 – 30.11.2026" (or ISO dates, any dash), optionally "no comparison". */
export function parsePeriodText(
  text: string,
  timeZone: string,
): { from: number; to: number; compare: boolean } | null {
  const compare = !/(без сравнения|no comparison)/i.test(text);
  const cleaned = text.replace(/(без сравнения|no comparison)/gi, ' ');
  const dates = cleaned.match(/\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}/g);
  if (!dates || dates.length !== 2) return null;
  const zone = makeZone(timeZone);
  const from = dayOfIso(dates[0]) ?? parseDateText(dates[0], zone);
  const to = dayOfIso(dates[1]) ?? parseDateText(dates[1], zone);
  if (from === null || to === null || from > to) return null;
  return { from, to, compare };
}

export function choosePeriodFromMenu(): void {
  const l = sheetLocale();
  const ui = SpreadsheetApp.getUi();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const tz = ss.getSpreadsheetTimeZone();
  const current = loadPeriodChoice(makeZone(tz).dayOf(Date.now()));
  const answer = ui.prompt(
    REPORT_MESSAGES.periodTitle[l],
    REPORT_MESSAGES.periodPrompt[l] + `\n\n${isoOfDay(current.period.from)} – ${isoOfDay(current.period.to)}`,
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const text = answer.getResponseText();
  const parsed = parsePeriodText(text, tz);
  if (!parsed) {
    ui.alert(fill(REPORT_MESSAGES.periodBad[l], { text }));
    return;
  }
  savePeriodChoice({ period: { from: parsed.from, to: parsed.to }, compare: parsed.compare });
  ss.toast(
    fill(REPORT_MESSAGES.periodSaved[l], { from: isoOfDay(parsed.from), to: isoOfDay(parsed.to) }),
    'Throughline',
    5,
  );
}

export function showHelp(): void {
  const l = sheetLocale();
  SpreadsheetApp.getUi().alert(REPORT_MESSAGES.about[l]);
}
