/** The one-line summary of a report run, as the menu's toast or alert shows it. */
import { REPORT_MESSAGES } from '../core/i18n/addonLabels';
import { fill } from '../core/i18n/reportLabels';
import type { Locale } from '../core/model';
import type { ReportRun } from './reports';

export function describeRun(run: ReportRun, l: Locale): string {
  const parts: string[] = [];
  if (run.written.length > 0) {
    parts.push(
      fill(REPORT_MESSAGES.done[l], {
        sheets: run.written.map((w) => w.sheet).join(', '),
        from: run.period.from,
        to: run.period.to,
      }),
    );
  }
  if (run.refused.length > 0) {
    // Reports refused for one reason (a missing column stops two reports) say it once.
    const reasons = Array.from(new Set(run.refused.map((r) => r.reason)));
    parts.push(fill(REPORT_MESSAGES.partly[l], { reasons: reasons.join(' ') }));
  }
  return parts.join('\n');
}
