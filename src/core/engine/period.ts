/**
 * Which records fall in a period (DESIGN.md, "Metrics"). Leads and deals count by creation day. Won deals
 * count by creation day too (Bitrix24's cohort rule: created in the period and won now); ★ with
 * settings.wonByCloseDate they count by close day instead, and a won deal with no close date then falls back
 * to its creation day (it is still won; the creation day is the only date it has).
 */
import type { Deal, Period } from '../model';

export function wonInPeriod(deal: Deal, p: Period, byCloseDate: boolean): boolean {
  if (deal.outcome !== 'won') return false;
  const day = byCloseDate && deal.closed !== null ? deal.closed : deal.created;
  return day >= p.from && day <= p.to;
}
