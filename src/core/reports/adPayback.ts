/**
 * Ad payback («Окупаемость рекламы»): KPIs of Total paid, the "Channel efficiency" chart and the
 * "Traffic payback" table, built from aggregateBySource — the same object the custom functions read — so a
 * formula and the report never disagree.
 */
import {
  aggregateBySource,
  findSource,
  isPaidLike,
  totalCounts,
  totalPaidCounts,
  type SourceAggregate,
} from '../engine/aggregate';
import { changeOf, emptyCounts, ratiosOf } from '../engine/metrics';
import { TOTAL, TOTAL_PAID } from '../i18n/common';
import { pick } from '../i18n/locale';
import type {
  AdPaybackModel,
  Change,
  Counts,
  Dataset,
  MetricKey,
  PaybackKpi,
  PaybackRow,
  Ratios,
  ReportParams,
} from '../model';
import { previousPeriod } from '../time/days';
import { reportHeader } from './header';

const COUNT_KEYS: (keyof Counts)[] = ['cost', 'impressions', 'actions', 'leads', 'deals', 'won', 'revenue'];
const RATIO_KEYS: (keyof Ratios)[] = [
  'conversion',
  'leadToDeal',
  'dealToWon',
  'roi',
  'costPerAction',
  'costPerLead',
  'costPerDeal',
  'costPerWon',
];
const KPI_KEYS: PaybackKpi['key'][] = ['costPerAction', 'costPerDeal', 'costPerWon', 'roi'];

/** Every metric's change from `prev` to `cur` (previous counts of 0 give a null change, never ±∞). */
function changesOf(cur: Counts, prev: Counts): Partial<Record<MetricKey, Change>> {
  const out: Partial<Record<MetricKey, Change>> = {};
  for (const k of COUNT_KEYS) out[k] = changeOf(k, cur[k], prev[k]);
  const rc = ratiosOf(cur);
  const rp = ratiosOf(prev);
  for (const k of RATIO_KEYS) out[k] = changeOf(k, rc[k], rp[k]);
  return out;
}

export function buildAdPayback(ds: Dataset, params: ReportParams): AdPaybackModel {
  const agg = aggregateBySource(ds, params.period, params.locale);
  const prev: SourceAggregate | null = params.compare
    ? aggregateBySource(ds, previousPeriod(params.period), params.locale)
    : null;

  const rowOf = (
    kind: PaybackRow['kind'],
    source: string,
    type: PaybackRow['type'],
    color: string,
    counts: Counts,
    prevCounts: Counts | null,
  ): PaybackRow => ({
    kind,
    source,
    type,
    color,
    counts,
    ratios: ratiosOf(counts),
    changes: prevCounts ? changesOf(counts, prevCounts) : null,
  });
  const prevOf = (name: string): Counts | null =>
    prev ? (findSource(prev, name)?.counts ?? emptyCounts()) : null;

  const paid = agg.sources.filter((s) => isPaidLike(s.type) && !s.noSource);
  const rest = agg.sources.filter((s) => !(isPaidLike(s.type) && !s.noSource));
  const paidTotal = totalPaidCounts(agg);
  const prevPaidTotal = prev ? totalPaidCounts(prev) : null;

  const rows: PaybackRow[] = [];
  for (const s of paid) rows.push(rowOf('source', s.name, s.type, s.color, s.counts, prevOf(s.name)));
  rows.push(rowOf('totalPaid', pick(TOTAL_PAID, params.locale), null, '', paidTotal, prevPaidTotal));
  for (const s of rest) rows.push(rowOf('source', s.name, s.type, s.color, s.counts, prevOf(s.name)));
  rows.push(
    rowOf('total', pick(TOTAL, params.locale), null, '', totalCounts(agg), prev ? totalCounts(prev) : null),
  );

  const cur = ratiosOf(paidTotal);
  const before = prevPaidTotal ? ratiosOf(prevPaidTotal) : null;
  const kpis: PaybackKpi[] = KPI_KEYS.map((key) => ({
    key,
    current: cur[key],
    delta: before ? changeOf(key, cur[key], before[key]) : { previous: null, change: null, good: null },
  }));

  const chart = agg.sources.map((s) => ({
    source: s.name,
    actions: s.counts.actions,
    leads: s.counts.leads,
    deals: s.counts.deals,
    won: s.counts.won,
  }));

  return { header: reportHeader(ds, params), kpis, chart, rows };
}
