/** The report period a user last chose, kept in document properties (small UI state only). */
import type { DayNum, Period } from '../core/model';
import { dayOfIso, isoOfDay, lastFullMonth } from '../core/time/days';

/** Document property holding the last chosen period (JSON `{from, to, compare}`, ISO dates). */
export const PERIOD_PROPERTY = 'throughline.period';

export interface PeriodChoice {
  period: Period;
  compare: boolean;
}

export function loadPeriodChoice(today: DayNum): PeriodChoice {
  const fallback: PeriodChoice = { period: lastFullMonth(today), compare: true };
  const raw = PropertiesService.getDocumentProperties().getProperty(PERIOD_PROPERTY);
  if (!raw) return fallback;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return fallback;
    const o = parsed as Record<string, unknown>;
    const from = typeof o.from === 'string' ? dayOfIso(o.from) : null;
    const to = typeof o.to === 'string' ? dayOfIso(o.to) : null;
    if (from === null || to === null || from > to) return fallback;
    return { period: { from, to }, compare: o.compare !== false };
  } catch {
    return fallback;
  }
}

export function savePeriodChoice(choice: PeriodChoice): void {
  PropertiesService.getDocumentProperties().setProperty(
    PERIOD_PROPERTY,
    JSON.stringify({
      from: isoOfDay(choice.period.from),
      to: isoOfDay(choice.period.to),
      compare: choice.compare,
    }),
  );
}
