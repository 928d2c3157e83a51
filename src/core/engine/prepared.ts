/**
 * What every report needs once per dataset, whatever the period: the source resolver, each record's resolved
 * source id (typed arrays: no per-record objects), the days that place records in a period, and the currency
 * rates. Memoised per Dataset and locale (the No source label is the only locale-dependent name), so the three
 * reports and the custom functions built on one Dataset resolve sources once.
 *
 * The day columns let every period pass scan a compact typed array and touch a record object only when it
 * falls in the period: at a million leads the objects no longer fit in the CPU caches, the columns do.
 */
import type { Dataset, Locale } from '../model';
import { makeRateOf, type RateOf } from './currency';
import { makeSourceResolver, type SourceResolver } from './sources';
import { idIndexOf, type IdIndex } from '../read/idIndex';

export interface PreparedDataset {
  resolver: SourceResolver;
  rateOf: RateOf;
  /** Source id per lead (index as in ds.leads). */
  leadSource: Int32Array;
  /** Source id per deal: its own fields, else its lead's source, else No source. */
  dealSource: Int32Array;
  costSource: Int32Array;
  manualSource: Int32Array;
  /** Resolution of each record's own fields (an index in resolver.pairs), for Data quality's matching rule. */
  leadPair: Int32Array;
  dealPair: Int32Array;
  costPair: Int32Array;
  /** Each lead's and deal's creation day (as in the records). */
  leadCreated: Float64Array;
  dealCreated: Float64Array;
  /**
   * The day a won deal counts as won (engine/period.ts: its close day under settings.wonByCloseDate when it has
   * one, else its creation day); NaN for a deal that is not won, so it falls in no period.
   */
  dealWonDay: Float64Array;
  /** Indices of the leads whose status, and the deals whose stage, is unknown (usually none). */
  unknownStatusLeads: number[];
  unknownStageDeals: number[];
}

const memo = new WeakMap<Dataset, Partial<Record<Locale, PreparedDataset>>>();

export function prepareDataset(ds: Dataset, locale: Locale): PreparedDataset {
  let byLocale = memo.get(ds);
  if (!byLocale) {
    byLocale = {};
    memo.set(ds, byLocale);
  }
  let prepared = byLocale[locale];
  if (!prepared) {
    prepared = build(ds, locale);
    byLocale[locale] = prepared;
  }
  return prepared;
}

function build(ds: Dataset, locale: Locale): PreparedDataset {
  const { leads, deals, costs, settings } = ds;
  const manual = settings.manualCosts;
  const costValues: string[] = [];
  for (const c of costs) costValues.push(c.source);
  for (const m of manual) costValues.push(m.source);
  const resolver = makeSourceResolver(settings, locale, costValues);
  const noId = resolver.noSource.id;

  // Resolution order (leads, deals, costs, manual costs) fixes whose spelling names a rule-less source.
  const leadSource = new Int32Array(leads.length);
  const leadPair = new Int32Array(leads.length);
  const leadCreated = new Float64Array(leads.length);
  const unknownStatusLeads: number[] = [];
  for (let i = 0; i < leads.length; i++) {
    const l = leads[i];
    const r = resolver.resolve(l.utmSource, l.crmSource);
    leadSource[i] = r.id;
    leadPair[i] = r.pair;
    leadCreated[i] = l.created;
    if (!l.statusKnown) unknownStatusLeads.push(i);
  }

  // Deals with no source of their own take their lead's, found through the reader's ID index (a binary search
  // over numeric IDs in order; a Map only for other IDs), so no lead ID is hashed here.
  const dealSource = new Int32Array(deals.length);
  const dealPair = new Int32Array(deals.length);
  const dealCreated = new Float64Array(deals.length);
  const dealWonDay = new Float64Array(deals.length);
  const unknownStageDeals: number[] = [];
  const byClose = settings.wonByCloseDate;
  let leadIds: IdIndex | null = null;
  for (let i = 0; i < deals.length; i++) {
    const d = deals[i];
    dealCreated[i] = d.created;
    dealWonDay[i] = d.outcome !== 'won' ? NaN : byClose && d.closed !== null ? d.closed : d.created;
    if (!d.stageKnown) unknownStageDeals.push(i);
    const r = resolver.resolve(d.utmSource, d.crmSource);
    dealPair[i] = r.pair;
    let id = r.id;
    if (id === noId && d.leadId !== '') {
      if (leadIds === null) leadIds = idIndexOf(leads);
      const at = leadIds.indexOf(d.leadId);
      if (at >= 0) id = leadSource[at];
    }
    dealSource[i] = id;
  }

  const costSource = new Int32Array(costs.length);
  const costPair = new Int32Array(costs.length);
  for (let i = 0; i < costs.length; i++) {
    const r = resolver.resolve(costs[i].source, costs[i].source);
    costSource[i] = r.id;
    costPair[i] = r.pair;
  }
  const manualSource = new Int32Array(manual.length);
  for (let i = 0; i < manual.length; i++)
    manualSource[i] = resolver.resolve(manual[i].source, manual[i].source).id;

  return {
    resolver,
    rateOf: makeRateOf(settings),
    leadSource,
    dealSource,
    costSource,
    manualSource,
    leadPair,
    dealPair,
    costPair,
    leadCreated,
    dealCreated,
    dealWonDay,
    unknownStatusLeads,
    unknownStageDeals,
  };
}
