/**
 * Manual costs are spread evenly per day over their [From, To], both ends included; only the days inside the
 * period count, so a cost spanning two months splits between them in proportion to their days.
 */
import type { ManualCost, Period } from '../model';
import { overlapDays } from '../time/days';

/** The fraction of a manual cost (and of its actions) that falls in the period; 0 for an inverted range. */
export function manualShare(m: ManualCost, p: Period): number {
  const len = m.to - m.from + 1;
  if (len <= 0) return 0;
  return overlapDays(m.from, m.to, p) / len;
}
