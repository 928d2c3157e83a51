/**
 * The one definition of every metric of DESIGN.md ("Metrics"). Reports, custom functions and the sidebar all
 * call these, so a number means the same thing wherever it is shown. Results are fractions (0.5 = 50%);
 * null where a divisor is zero (shown blank, never as 0).
 */
import type { Change, Counts, MetricKey, Ratios } from '../model';

export function emptyCounts(): Counts {
  return { cost: 0, impressions: 0, actions: 0, leads: 0, deals: 0, won: 0, revenue: 0 };
}

/** a + b, field by field (a new object). Totals are built this way, then ratiosOf: ratios of sums. */
export function addCounts(a: Counts, b: Counts): Counts {
  return {
    cost: a.cost + b.cost,
    impressions: a.impressions + b.impressions,
    actions: a.actions + b.actions,
    leads: a.leads + b.leads,
    deals: a.deals + b.deals,
    won: a.won + b.won,
    revenue: a.revenue + b.revenue,
  };
}

/** ROI = (revenue − cost) ÷ cost; ★ null at zero cost (Bitrix24 shows 0, which reads as "broke even"). */
export function roi(revenue: number, cost: number): number | null {
  return cost === 0 ? null : (revenue - cost) / cost;
}

/** The CONVERSION(from, to) of the custom functions: to ÷ from, null when from is 0. */
export function conversion(from: number, to: number): number | null {
  return from === 0 ? null : to / from;
}

/** Cost per unit (action, lead, deal, won deal): cost ÷ count, null when the count is 0. */
export function costPer(cost: number, count: number): number | null {
  return count === 0 ? null : cost / count;
}

/** The first non-zero of the given bases, or 0 when all are 0 (the conversion base). */
export function firstNonZero(...bases: number[]): number {
  for (const b of bases) if (b !== 0) return b;
  return 0;
}

/** The report's Conversion: won ÷ the first non-zero of (actions, leads, deals); null if all are 0. */
export function reportConversion(won: number, actions: number, leads: number, deals: number): number | null {
  return conversion(firstNonZero(actions, leads, deals), won);
}

export function ratiosOf(c: Counts): Ratios {
  return {
    conversion: reportConversion(c.won, c.actions, c.leads, c.deals),
    leadToDeal: conversion(c.leads, c.deals),
    dealToWon: conversion(c.deals, c.won),
    roi: roi(c.revenue, c.cost),
    costPerAction: costPer(c.cost, c.actions),
    costPerLead: costPer(c.cost, c.leads),
    costPerDeal: costPer(c.cost, c.deals),
    costPerWon: costPer(c.cost, c.won),
  };
}

/** Which way is good: +1 up is good, −1 down is good, 0 neither (plain cost: more spend is not good or bad). */
const DIRECTION: Record<MetricKey, 1 | -1 | 0> = {
  cost: 0,
  impressions: 1,
  actions: 1,
  leads: 1,
  deals: 1,
  won: 1,
  revenue: 1,
  conversion: 1,
  leadToDeal: 1,
  dealToWon: 1,
  roi: 1,
  costPerAction: -1,
  costPerLead: -1,
  costPerDeal: -1,
  costPerWon: -1,
};

export function metricDirection(metric: MetricKey): 1 | -1 | 0 {
  return DIRECTION[metric];
}

/**
 * Change vs the previous period: (current − previous) ÷ previous, null where previous is 0 or either side is
 * missing. Only ROI can be negative; dividing by |previous| keeps the sign of the change equal to the sign of
 * the difference (−50% → +50% is an increase, not a "−200%" drop); for positive previous it is the same formula.
 * good: true when the change goes the metric's good way, false the bad way, null for no change or plain cost.
 */
export function changeOf(metric: MetricKey, current: number | null, previous: number | null): Change {
  if (current === null || previous === null || previous === 0) {
    return { previous, change: null, good: null };
  }
  const change = (current - previous) / Math.abs(previous);
  const dir = DIRECTION[metric];
  const good = dir === 0 || change === 0 ? null : change * dir > 0;
  return { previous, change, good };
}
