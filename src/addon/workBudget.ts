/**
 * The shell side of the work estimate: measures the data tabs with one call each (the A1 notation of the data
 * range the read is about to fetch anyway), asks the core whether the run can finish, and refuses with a
 * one-line message before any value is read when it cannot.
 */
import { sizeOfA1 } from '../core/limits/a1Size';
import { judgeWork, type MeasuredTab, type TabRole, type WorkPurpose } from '../core/limits/estimate';
import { describeLimit } from '../core/i18n/limitLabels';
import type { AddonContext } from './context';
import { UserError } from './errors';

export interface TabToRead {
  name: string;
  role: TabRole;
  range: GoogleAppsScript.Spreadsheet.Range;
}

/**
 * Throws a UserError when the run would exceed Apps Script's time or Sheets' cell limit. Only data tabs are
 * measured (settings tabs are a few hundred rows): 3 calls at most, whatever the row count.
 */
export function assertWithinBudget(
  ctx: AddonContext,
  tabs: readonly TabToRead[],
  purpose: WorkPurpose,
): void {
  const measured: MeasuredTab[] = [];
  for (const t of tabs) {
    if (t.role === 'settings') continue;
    const size = sizeOfA1(t.range.getA1Notation());
    if (size) measured.push({ name: t.name, role: t.role, rows: size.rows, columns: size.columns });
  }
  const verdict = judgeWork(measured, purpose);
  if (!verdict.ok) throw new UserError(describeLimit(verdict, purpose, ctx.locale));
}
