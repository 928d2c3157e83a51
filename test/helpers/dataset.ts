/**
 * Builders for core records with sensible defaults, so a test states only what it is about.
 * Dates are ISO strings turned into DayNum; IDs are generated when not given.
 */
import type {
  CostRow,
  Dataset,
  DayNum,
  Deal,
  Finding,
  Lead,
  ManualCost,
  Period,
  ReportParams,
  Settings,
  SourceRule,
  SourceType,
} from '../../src/core/model';
import { dayOfIso } from '../../src/core/time/days';

export function day(iso: string): DayNum {
  const d = dayOfIso(iso);
  if (d === null) throw new Error(`bad test date ${iso}`);
  return d;
}

export function period(fromIso: string, toIso: string): Period {
  return { from: day(fromIso), to: day(toIso) };
}

let nextId = 1;
const newId = (prefix: string): string => `${prefix}${nextId++}`;

export function lead(p: Partial<Lead> = {}): Lead {
  return {
    id: newId('L'),
    row: 2,
    created: day('2024-01-10'),
    crmSource: '',
    utmSource: '',
    utmMedium: '',
    utmCampaign: '',
    responsible: '',
    status: 'NEW',
    outcome: 'open',
    statusKnown: true,
    ...p,
  };
}

export function deal(p: Partial<Deal> = {}): Deal {
  return {
    id: newId('D'),
    row: 2,
    created: day('2024-01-10'),
    stage: 'NEW',
    outcome: 'open',
    stageKnown: true,
    amount: null,
    currency: '',
    responsible: '',
    crmSource: '',
    utmSource: '',
    utmMedium: '',
    utmCampaign: '',
    leadId: '',
    closed: null,
    pipeline: '',
    ...p,
  };
}

/** A won deal with an amount. */
export function wonDeal(amount: number | null, p: Partial<Deal> = {}): Deal {
  return deal({ stage: 'WON', outcome: 'won', amount, ...p });
}

export function cost(p: Partial<CostRow> = {}): CostRow {
  return {
    row: 2,
    date: day('2024-01-10'),
    source: '',
    campaign: '',
    cost: 0,
    impressions: null,
    actions: null,
    currency: '',
    ...p,
  };
}

export function manualCost(p: Partial<ManualCost> = {}): ManualCost {
  return {
    row: 2,
    source: '',
    from: day('2024-01-01'),
    to: day('2024-01-31'),
    amount: 0,
    currency: '',
    actions: null,
    category: '',
    comment: '',
    ...p,
  };
}

/** A Sources rule; matches written as on the Sources tab: literals, or `/regex/`. */
export function rule(name: string, type: SourceType, matches: string[], color = ''): SourceRule {
  const values: string[] = [];
  const patterns: RegExp[] = [];
  for (const m of matches) {
    const re = /^\/(.*)\/$/.exec(m.trim());
    if (re) patterns.push(new RegExp(re[1], 'i'));
    else values.push(m.trim().toLowerCase());
  }
  return { name, type, values, patterns, color, row: 2 };
}

export function settings(p: Partial<Settings> = {}): Settings {
  return {
    baseCurrency: 'RUB',
    rates: {},
    wonStages: [],
    lostStages: [],
    wonByCloseDate: false,
    unprocessedDays: 3,
    alpha: 0.05,
    minSample: 10,
    sources: [],
    channels: [],
    manualCosts: [],
    hasSourcesTab: (p.sources ?? []).length > 0,
    ...p,
  };
}

export interface DatasetParts {
  leads?: Lead[];
  deals?: Deal[];
  costs?: CostRow[];
  settings?: Partial<Settings>;
  findings?: Finding[];
}

export function dataset(parts: DatasetParts = {}): Dataset {
  const leads = parts.leads ?? [];
  const deals = parts.deals ?? [];
  const costs = parts.costs ?? [];
  return {
    leads,
    deals,
    costs,
    settings: settings(parts.settings),
    findings: parts.findings ?? [],
    refusals: [],
    rowCounts: { leads: leads.length, deals: deals.length, costs: costs.length },
  };
}

export function params(p: Period, over: Partial<ReportParams> = {}): ReportParams {
  return {
    period: p,
    compare: false,
    locale: 'en',
    today: p.to,
    generatedAt: '2024-02-01T09:00:00.000Z',
    ...over,
  };
}

/** n copies made by a builder (each gets its own ID). */
export function times<T>(n: number, make: (i: number) => T): T[] {
  return Array.from({ length: n }, (_, i) => make(i));
}
