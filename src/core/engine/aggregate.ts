/**
 * Per-source additive Counts for one period: the numbers behind Ad payback and the custom functions' source
 * form. One pass over each record array, indexing per-source accumulators by the prepared source id.
 *
 * The result is plain JSON with no record IDs, so the Apps Script shell can keep it in CacheService and the
 * custom functions reuse it across one recalculation. Ad payback is built from this same object, so a cell
 * formula and the report show identical numbers.
 */
import type { CostRow, Counts, Dataset, Deal, Locale, Period, SourceType } from '../model';
import { compareNames } from './collate';
import { manualShare } from './costs';
import { addCounts, emptyCounts } from './metrics';
import { prepareDataset, type PreparedDataset } from './prepared';

export interface SourceTotals {
  name: string;
  type: SourceType;
  color: string;
  /** The "No source" bucket (organic-like, listed last). */
  noSource: boolean;
  counts: Counts;
}

export interface SourceAggregate {
  period: Period;
  locale: Locale;
  baseCurrency: string;
  /**
   * In report order: paid and offline sources by cost (largest first), then organic sources by leads
   * (most first), ties by name; "No source" last. Sources of the Sources tab are always listed; others only
   * when they have something in the period.
   */
  sources: SourceTotals[];
}

/** Paid and offline sources make up "Total paid" (the headline ROI). */
export function isPaidLike(type: SourceType | null): boolean {
  return type === 'paid' || type === 'offline';
}

type CountsById = (Counts | undefined)[];

function countsAt(acc: CountsById, id: number): Counts {
  let c = acc[id];
  if (c === undefined) {
    c = emptyCounts();
    acc[id] = c;
  }
  return c;
}

/*
 * One function per record array (one hot loop each), so each is optimised whole and stays so between
 * datasets. Leads and deals go by the prepared day columns: a record object is read only when it counts.
 */

function addLeads(acc: CountsById, prep: PreparedDataset, from: number, to: number): void {
  const { leadCreated, leadSource } = prep;
  for (let i = 0; i < leadCreated.length; i++) {
    const day = leadCreated[i];
    if (day >= from && day <= to) countsAt(acc, leadSource[i]).leads++;
  }
}

function addDeals(
  acc: CountsById,
  deals: readonly Deal[],
  prep: PreparedDataset,
  from: number,
  to: number,
): void {
  const { dealCreated, dealWonDay, dealSource, rateOf } = prep;
  for (let i = 0; i < dealCreated.length; i++) {
    const created = dealCreated[i] >= from && dealCreated[i] <= to;
    const won = dealWonDay[i] >= from && dealWonDay[i] <= to;
    if (!created && !won) continue;
    const c = countsAt(acc, dealSource[i]);
    if (created) c.deals++;
    if (won) {
      c.won++;
      // A won deal with no amount counts as won and adds nothing; an unknown currency is left out.
      const d = deals[i];
      if (d.amount !== null) {
        const rate = rateOf(d.currency);
        if (rate !== null) c.revenue += d.amount * rate;
      }
    }
  }
}

function addCosts(
  acc: CountsById,
  costs: readonly CostRow[],
  prep: PreparedDataset,
  from: number,
  to: number,
): void {
  const { costSource, rateOf } = prep;
  for (let i = 0; i < costs.length; i++) {
    const r = costs[i];
    if (r.date < from || r.date > to) continue;
    const c = countsAt(acc, costSource[i]);
    // Only the money needs a rate: impressions and actions of a row in an unknown currency still count.
    const rate = rateOf(r.currency);
    if (rate !== null) c.cost += r.cost * rate;
    if (r.impressions !== null) c.impressions += r.impressions;
    if (r.actions !== null) c.actions += r.actions;
  }
}

/** Counts per source id (undefined: nothing in the period). Shared with the other reports' passes. */
export function countsById(ds: Dataset, prep: PreparedDataset, p: Period): CountsById {
  const acc: CountsById = new Array(prep.resolver.sources.length);
  addLeads(acc, prep, p.from, p.to);
  addDeals(acc, ds.deals, prep, p.from, p.to);
  addCosts(acc, ds.costs, prep, p.from, p.to);

  const { rateOf } = prep;
  const manual = ds.settings.manualCosts;
  for (let i = 0; i < manual.length; i++) {
    const m = manual[i];
    const share = manualShare(m, p);
    if (share === 0) continue;
    const c = countsAt(acc, prep.manualSource[i]);
    const rate = rateOf(m.currency);
    if (rate !== null) c.cost += m.amount * rate * share;
    if (m.actions !== null) c.actions += m.actions * share;
  }
  return acc;
}

/** Memo per Dataset (treated as immutable once read), period and locale; callers must not mutate the result. */
const memo = new WeakMap<Dataset, Map<string, SourceAggregate>>();

export function aggregateBySource(ds: Dataset, period: Period, locale: Locale): SourceAggregate {
  let byKey = memo.get(ds);
  if (!byKey) {
    byKey = new Map();
    memo.set(ds, byKey);
  }
  const key = `${locale}:${period.from}:${period.to}`;
  let agg = byKey.get(key);
  if (!agg) {
    agg = build(ds, period, locale);
    byKey.set(key, agg);
  }
  return agg;
}

function build(ds: Dataset, period: Period, locale: Locale): SourceAggregate {
  const prep = prepareDataset(ds, locale);
  const acc = countsById(ds, prep, period);
  const sources: SourceTotals[] = [];
  for (const info of prep.resolver.sources) {
    const counts = acc[info.id];
    if (counts === undefined && !info.fromRule) continue;
    sources.push({
      name: info.name,
      type: info.type,
      color: info.color,
      noSource: info.noSource,
      counts: counts ?? emptyCounts(),
    });
  }
  sources.sort(reportOrder(locale));
  return {
    period: { from: period.from, to: period.to },
    locale,
    baseCurrency: ds.settings.baseCurrency,
    sources,
  };
}

function rank(s: SourceTotals): number {
  return s.noSource ? 2 : isPaidLike(s.type) ? 0 : 1;
}

function reportOrder(locale: Locale): (a: SourceTotals, b: SourceTotals) => number {
  const byName = compareNames(locale);
  return (a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    if (ra !== rb) return ra - rb;
    const key = ra === 0 ? b.counts.cost - a.counts.cost : b.counts.leads - a.counts.leads;
    return key !== 0 ? key : byName(a.name, b.name);
  };
}

export function sourceNames(agg: SourceAggregate): string[] {
  return agg.sources.map((s) => s.name);
}

/** A source by name, case-insensitively (as a user types it in a formula); null when absent. */
export function findSource(agg: SourceAggregate, name: string): SourceTotals | null {
  const key = name.trim().toLowerCase();
  for (const s of agg.sources) if (s.name.toLowerCase() === key) return s;
  return null;
}

/** "Total paid": paid and offline sources, summed (ratios are then taken of the sums). */
export function totalPaidCounts(agg: SourceAggregate): Counts {
  let sum = emptyCounts();
  for (const s of agg.sources) if (isPaidLike(s.type) && !s.noSource) sum = addCounts(sum, s.counts);
  return sum;
}

/** "Total": every source, No source included. */
export function totalCounts(agg: SourceAggregate): Counts {
  let sum = emptyCounts();
  for (const s of agg.sources) sum = addCounts(sum, s.counts);
  return sum;
}
