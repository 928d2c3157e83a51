/**
 * What every report needs once per dataset, whatever the period: the source resolver, each record's resolved
 * source id (typed arrays: no per-record objects), the days that place records in a period, and the currency
 * rates. Memoised per Dataset and locale (the No source label is the only locale-dependent name), so the three
 * reports and the custom functions built on one Dataset resolve sources once.
 *
 * The day columns let every period pass scan a compact typed array and touch a record object only when it
 * falls in the period: at a million leads the objects no longer fit in the CPU caches, the columns do.
 */
import type { Dataset, Deal, Lead, Locale } from '../model';
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

/*
 * One small function per record array: a function holding one hot loop is optimised whole and stays so from
 * one dataset to the next, where one function with several loops is compiled loop by loop (on-stack) and
 * thrown back to the interpreter at each code path not yet run.
 */

interface LeadColumns {
  source: Int32Array;
  pair: Int32Array;
  created: Float64Array;
  unknownStatus: number[];
}

function resolveLeads(leads: readonly Lead[], resolver: SourceResolver): LeadColumns {
  const n = leads.length;
  const out: LeadColumns = {
    source: new Int32Array(n),
    pair: new Int32Array(n),
    created: new Float64Array(n),
    unknownStatus: [],
  };
  for (let i = 0; i < n; i++) {
    const l = leads[i];
    const r = resolver.resolve(l.utmSource, l.crmSource);
    out.source[i] = r.id;
    out.pair[i] = r.pair;
    out.created[i] = l.created;
    if (!l.statusKnown) out.unknownStatus.push(i);
  }
  return out;
}

interface DealColumns {
  source: Int32Array;
  pair: Int32Array;
  created: Float64Array;
  wonDay: Float64Array;
  unknownStage: number[];
}

/**
 * Deals with no source of their own take their lead's, found through the reader's ID index (a binary search
 * over numeric IDs in order; a Map only for other IDs), so no lead ID is hashed here.
 */
function resolveDeals(
  deals: readonly Deal[],
  leads: readonly Lead[],
  leadSource: Int32Array,
  resolver: SourceResolver,
  byCloseDate: boolean,
): DealColumns {
  const n = deals.length;
  const out: DealColumns = {
    source: new Int32Array(n),
    pair: new Int32Array(n),
    created: new Float64Array(n),
    wonDay: new Float64Array(n),
    unknownStage: [],
  };
  const noId = resolver.noSource.id;
  let leadIds: IdIndex | null = null;
  for (let i = 0; i < n; i++) {
    const d = deals[i];
    out.created[i] = d.created;
    out.wonDay[i] = d.outcome !== 'won' ? NaN : byCloseDate && d.closed !== null ? d.closed : d.created;
    if (!d.stageKnown) out.unknownStage.push(i);
    const r = resolver.resolve(d.utmSource, d.crmSource);
    out.pair[i] = r.pair;
    let id = r.id;
    if (id === noId && d.leadId !== '') {
      if (leadIds === null) leadIds = idIndexOf(leads);
      const at = leadIds.indexOf(d.leadId);
      if (at >= 0) id = leadSource[at];
    }
    out.source[i] = id;
  }
  return out;
}

function build(ds: Dataset, locale: Locale): PreparedDataset {
  const { leads, deals, costs, settings } = ds;
  const manual = settings.manualCosts;
  const costValues: string[] = [];
  for (const c of costs) costValues.push(c.source);
  for (const m of manual) costValues.push(m.source);
  const resolver = makeSourceResolver(settings, locale, costValues);

  // Resolution order (leads, deals, costs, manual costs) fixes whose spelling names a rule-less source.
  const lead = resolveLeads(leads, resolver);
  const deal = resolveDeals(deals, leads, lead.source, resolver, settings.wonByCloseDate);

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
    leadSource: lead.source,
    dealSource: deal.source,
    costSource,
    manualSource,
    leadPair: lead.pair,
    dealPair: deal.pair,
    costPair,
    leadCreated: lead.created,
    dealCreated: deal.created,
    dealWonDay: deal.wonDay,
    unknownStatusLeads: lead.unknownStatus,
    unknownStageDeals: deal.unknownStage,
  };
}
