/**
 * Data quality («Качество данных») ★: the five rules of the Bitrix24 article, checked on the period's data,
 * then the problems the reader found (ds.findings) anywhere in the tabs.
 *
 * Rules, in order (count — of what total):
 * 1. unmatchedSourceValues — leads and deals created in the period and cost rows dated in it whose source was
 *    decided by a value no Sources rule matches (deals inheriting their lead's source carry no value of their
 *    own) — of all those records. With no Sources tab every value is unmatched: sources are not set up.
 *    Examples: the most frequent values; `unmatchedValues` lists them all with counts.
 * 2. recordsWithoutSource — leads and deals of the period resolving to "No source" — of leads + deals.
 * 3. leadsWithoutOutcome — leads of the period still open — of leads. dealsWithoutOutcome — deals of the
 *    period still open (unknown stages included: they count as open) — of deals.
 * 4. wonWithoutAmount — won deals of the period with no amount, or an amount that is not positive — of won.
 * 5. paidSourcesWithoutCost — paid and offline sources with leads or deals in the period but no cost in it —
 *    of paid and offline sources with leads or deals. Examples: source names.
 * Then: unreadableValues (unreadable + missing values) — of all data rows; duplicateIds — of lead and deal
 * rows; unknownLeads (deals pointing at a lead not in the Leads tab) — of deal rows; unknownCurrencies — the
 * reader's findings plus what the engine left out of this period's revenue and cost for want of a rate — of
 * deal and cost rows; unknownStages — unknown deal stages and lead statuses (findings, and records flagged
 * as unknown) — of lead and deal rows.
 *
 * Status: ok when the count is 0. Otherwise "error" where a headline number is wrong without a fix
 * (wonWithoutAmount, paidSourcesWithoutCost, unknownCurrencies, duplicateIds), "warning" elsewhere.
 * Examples (at most 5) are record IDs; `tab:row` for a finding with no ID; `currency:row` for a cost row
 * or manual cost in an unknown currency.
 */
import { aggregateBySource, isPaidLike } from '../engine/aggregate';
import { manualShare } from '../engine/costs';
import { prepareDataset, type PreparedDataset } from '../engine/prepared';
import type {
  DataQualityModel,
  Dataset,
  Deal,
  Finding,
  FindingKind,
  Lead,
  Period,
  QualityCheck,
  QualityCheckKey,
  ReportParams,
} from '../model';
import { reportHeader } from './header';

const MAX_EXAMPLES = 5;
const ERROR_CHECKS: QualityCheckKey[] = [
  'wonWithoutAmount',
  'paidSourcesWithoutCost',
  'unknownCurrencies',
  'duplicateIds',
];

/** A counter that keeps the first few distinct examples. */
class Tally {
  count = 0;
  readonly examples: string[] = [];
  /**
   * One instance kept for the life of the script: a hidden class lives only while some object has it, and new
   * ones after every garbage collection would throw away this report's optimised code (so for KeyedTally).
   */
  static readonly shapeKeeper = new Tally();
  add(example: string): void {
    this.count++;
    if (this.examples.length < MAX_EXAMPLES && this.examples.indexOf(example) < 0)
      this.examples.push(example);
  }
}

function check(key: QualityCheckKey, count: number, total: number, examples: string[]): QualityCheck {
  const status = count === 0 ? 'ok' : ERROR_CHECKS.indexOf(key) >= 0 ? 'error' : 'warning';
  return { key, count, total, share: total === 0 ? null : count / total, examples, status };
}

function findingExample(f: Finding): string {
  return f.id !== undefined && f.id !== '' ? f.id : `${f.ref.tab}:${f.ref.row}`;
}

function tallyFindings(findings: Finding[], kinds: FindingKind[]): Tally {
  const t = new Tally();
  for (const f of findings) if (kinds.indexOf(f.kind) >= 0) t.add(findingExample(f));
  return t;
}

/**
 * Counts records once even when both the reader (a finding) and the records (or the engine) report them.
 * Keys: `<prefix>:<id>` for records, `row:<tab>:<row>` for findings without an ID.
 */
class KeyedTally {
  private readonly keys = new Set<string>();
  readonly tally = new Tally();
  static readonly shapeKeeper = new KeyedTally();
  add(key: string, example: string): void {
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.tally.add(example);
  }
}

/** What the period's leads and deals add up to, filled by scanLeads and scanDeals. */
interface PeriodScan {
  /** Records per resolution (pair index): no string work per record; merged by value afterwards. */
  perPair: Float64Array;
  noSourceId: number;
  withoutSource: Tally;
  openLeads: Tally;
  openDeals: Tally;
  wonNoAmount: Tally;
  currencies: KeyedTally;
  leads: number;
  deals: number;
  won: number;
}

/*
 * One function per record array (one hot loop each), so each is optimised whole and stays so between
 * datasets. Records go by the prepared day columns: an object is read only when it falls in the period.
 */

function scanLeads(scan: PeriodScan, leads: readonly Lead[], prep: PreparedDataset, period: Period): void {
  const { from, to } = period;
  const { leadCreated, leadPair, leadSource } = prep;
  for (let i = 0; i < leadCreated.length; i++) {
    if (!(leadCreated[i] >= from && leadCreated[i] <= to)) continue;
    const l = leads[i];
    scan.leads++;
    scan.perPair[leadPair[i]]++;
    if (leadSource[i] === scan.noSourceId) scan.withoutSource.add(l.id);
    if (l.outcome === 'open') scan.openLeads.add(l.id);
  }
}

function scanDeals(scan: PeriodScan, deals: readonly Deal[], prep: PreparedDataset, period: Period): void {
  const { from, to } = period;
  const { dealCreated, dealWonDay, dealPair, dealSource, rateOf } = prep;
  for (let i = 0; i < dealCreated.length; i++) {
    const created = dealCreated[i] >= from && dealCreated[i] <= to;
    const won = dealWonDay[i] >= from && dealWonDay[i] <= to;
    if (!created && !won) continue;
    const d = deals[i];
    if (created) {
      scan.deals++;
      scan.perPair[dealPair[i]]++;
      if (dealSource[i] === scan.noSourceId) scan.withoutSource.add(d.id);
      if (d.outcome === 'open') scan.openDeals.add(d.id);
    }
    if (won) {
      scan.won++;
      if (d.amount === null || !(d.amount > 0)) scan.wonNoAmount.add(d.id);
      if (d.amount !== null && rateOf(d.currency) === null) scan.currencies.add(`id:${d.id}`, d.id);
    }
  }
}

export function buildDataQuality(ds: Dataset, params: ReportParams): DataQualityModel {
  const { period, locale } = params;
  const { from, to } = period;
  const prep = prepareDataset(ds, locale);
  const { resolver, rateOf } = prep;

  const scan: PeriodScan = {
    perPair: new Float64Array(resolver.pairs.length),
    noSourceId: resolver.noSource.id,
    withoutSource: new Tally(),
    openLeads: new Tally(),
    openDeals: new Tally(),
    wonNoAmount: new Tally(),
    currencies: new KeyedTally(),
    leads: 0,
    deals: 0,
    won: 0,
  };
  const { perPair, withoutSource, openLeads, openDeals, wonNoAmount, currencies } = scan;
  const leads = ds.leads;
  const deals = ds.deals;
  scanLeads(scan, leads, prep, period);
  for (const f of ds.findings) {
    if (f.kind !== 'unknownCurrency') continue;
    currencies.add(f.id ? `id:${f.id}` : `row:${f.ref.row}`, findingExample(f));
  }
  scanDeals(scan, deals, prep, period);
  const leadsInPeriod = scan.leads;
  const dealsInPeriod = scan.deals;
  const wonInP = scan.won;
  let sourceRecords = leadsInPeriod + dealsInPeriod;

  const costs = ds.costs;
  for (let i = 0; i < costs.length; i++) {
    const c = costs[i];
    if (c.date < from || c.date > to) continue;
    sourceRecords++;
    perPair[prep.costPair[i]]++;
    if (rateOf(c.currency) === null) currencies.add(`row:${c.row}`, `${c.currency}:${c.row}`);
  }
  for (const m of ds.settings.manualCosts) {
    if (manualShare(m, period) > 0 && rateOf(m.currency) === null) {
      currencies.add(`manual:${m.row}`, `${m.currency}:${m.row}`);
    }
  }

  // Unmatched values, case-insensitively as one, under the first spelling met.
  const unmatched = new Map<string, { value: string; count: number }>();
  let unmatchedRecords = 0;
  for (const r of resolver.pairs) {
    const n = perPair[r.pair];
    if (r.matched || r.value === '' || n === 0) continue;
    unmatchedRecords += n;
    const key = r.value.toLowerCase();
    const u = unmatched.get(key);
    if (u) u.count += n;
    else unmatched.set(key, { value: r.value, count: n });
  }
  const unmatchedValues = Array.from(unmatched.values()).sort(
    (a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
  );

  // Paid sources without cost, from the same aggregate as Ad payback.
  const agg = aggregateBySource(ds, period, locale);
  const paidActive = agg.sources.filter(
    (s) => isPaidLike(s.type) && !s.noSource && s.counts.leads + s.counts.deals > 0,
  );
  const paidNoCost = paidActive.filter((s) => s.counts.cost === 0);

  // Unknown stages and statuses: findings, and records flagged unknown (whichever way the reader reports).
  const stages = new KeyedTally();
  for (const f of ds.findings) {
    if (f.kind === 'unknownStage' || f.kind === 'unknownStatus') {
      const prefix = f.kind === 'unknownStage' ? 'deal' : 'lead';
      stages.add(f.id ? `${prefix}:${f.id}` : `row:${f.ref.tab}:${f.ref.row}`, findingExample(f));
    }
  }
  for (const i of prep.unknownStatusLeads) stages.add(`lead:${leads[i].id}`, leads[i].id);
  for (const i of prep.unknownStageDeals) stages.add(`deal:${deals[i].id}`, deals[i].id);

  const rc = ds.rowCounts;
  const leadRows = Math.max(rc.leads, leads.length);
  const dealRows = Math.max(rc.deals, deals.length);
  const costRows = Math.max(rc.costs, costs.length);

  const unreadable = tallyFindings(ds.findings, ['unreadableValue', 'missingValue']);
  const duplicates = tallyFindings(ds.findings, ['duplicateId']);
  const unknownLeads = tallyFindings(ds.findings, ['unknownLead']);

  const checks: QualityCheck[] = [
    check(
      'unmatchedSourceValues',
      unmatchedRecords,
      sourceRecords,
      unmatchedValues.slice(0, MAX_EXAMPLES).map((u) => u.value),
    ),
    check('recordsWithoutSource', withoutSource.count, leadsInPeriod + dealsInPeriod, withoutSource.examples),
    check('leadsWithoutOutcome', openLeads.count, leadsInPeriod, openLeads.examples),
    check('dealsWithoutOutcome', openDeals.count, dealsInPeriod, openDeals.examples),
    check('wonWithoutAmount', wonNoAmount.count, wonInP, wonNoAmount.examples),
    check(
      'paidSourcesWithoutCost',
      paidNoCost.length,
      paidActive.length,
      paidNoCost.slice(0, MAX_EXAMPLES).map((s) => s.name),
    ),
    check('unreadableValues', unreadable.count, leadRows + dealRows + costRows, unreadable.examples),
    check('duplicateIds', duplicates.count, leadRows + dealRows, duplicates.examples),
    check('unknownLeads', unknownLeads.count, dealRows, unknownLeads.examples),
    check('unknownCurrencies', currencies.tally.count, dealRows + costRows, currencies.tally.examples),
    check('unknownStages', stages.tally.count, leadRows + dealRows, stages.tally.examples),
  ];

  return {
    header: reportHeader(ds, params),
    checks,
    unmatchedValues,
    sourcesConfigured: ds.settings.hasSourcesTab,
  };
}
