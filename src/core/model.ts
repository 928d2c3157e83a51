/**
 * The shared vocabulary of the core: what a cell holds, the typed records read from the data tabs,
 * the settings, the findings, and the three report models. Pure types: no Apps Script, no DOM.
 */

/** A cell as `Range.getValues()` gives it: `''` for empty. */
export type Cell = string | number | boolean | Date;
export type Grid = Cell[][];

/** A named tab as read by one `getValues()` call. */
export interface TabData {
  name: string;
  values: Grid;
}

/**
 * A civil calendar day in the spreadsheet's time zone, as whole days since 1970-01-01
 * (day 0 = 1970-01-01). Integer arithmetic on days keeps 1M-row aggregation cheap.
 */
export type DayNum = number;

/** Both ends included. */
export interface Period {
  from: DayNum;
  to: DayNum;
}

export type Locale = 'ru' | 'en';

export type SourceType = 'paid' | 'offline' | 'organic';

/** What became of a lead (Bitrix24 STATUS_ID semantics). */
export type LeadOutcome = 'open' | 'converted' | 'junk';

/** What became of a deal (Bitrix24 stage semantics: S / F / P). */
export type DealOutcome = 'won' | 'lost' | 'open';

/** Where a value sits in the spreadsheet: tab name, 1-based sheet row, header text of the column. */
export interface CellRef {
  tab: string;
  row: number;
  column: string;
}

export interface Lead {
  id: string;
  /** 1-based row in the sheet. */
  row: number;
  created: DayNum;
  /** CRM Source value as written ('' when empty). */
  crmSource: string;
  utmSource: string;
  utmMedium: string;
  utmCampaign: string;
  responsible: string;
  status: string;
  outcome: LeadOutcome;
  /** False when the status is neither a known Bitrix24 status nor empty. */
  statusKnown: boolean;
}

export interface Deal {
  id: string;
  row: number;
  created: DayNum;
  stage: string;
  outcome: DealOutcome;
  /** False when the stage is neither known nor configured: counted as open, reported on Data quality. */
  stageKnown: boolean;
  /** null when the amount is missing or unreadable: the deal counts, its amount does not. */
  amount: number | null;
  /** Upper-case currency code ('' = not given, meaning the base currency). */
  currency: string;
  responsible: string;
  crmSource: string;
  utmSource: string;
  utmMedium: string;
  utmCampaign: string;
  /** '' when the deal was not converted from a lead. */
  leadId: string;
  closed: DayNum | null;
  pipeline: string;
}

export interface CostRow {
  row: number;
  date: DayNum;
  /** Source as written in the ad cabinet export (resolved through the Sources rules). */
  source: string;
  campaign: string;
  cost: number;
  impressions: number | null;
  actions: number | null;
  /** Upper-case currency code ('' = base currency). */
  currency: string;
}

export interface SourceRule {
  /** The source name as reports show it. */
  name: string;
  type: SourceType;
  /** Lower-case literal values, matched case-insensitively against UTM source and CRM Source. */
  values: string[];
  /** `/regex/` entries, compiled case-insensitive. */
  patterns: RegExp[];
  color: string;
  row: number;
}

export interface ChannelRule {
  name: string;
  values: string[];
  patterns: RegExp[];
  row: number;
}

export interface ManualCost {
  row: number;
  source: string;
  from: DayNum;
  to: DayNum;
  amount: number;
  currency: string;
  actions: number | null;
  category: string;
  comment: string;
}

export interface Settings {
  /** Upper-case ISO code; defaults to RUB. */
  baseCurrency: string;
  /** Units of base currency for one unit of the keyed currency (upper-case codes). */
  rates: Record<string, number>;
  /** Extra stage names (lower-case) that count as won / lost, beyond Bitrix24's own. */
  wonStages: string[];
  lostStages: string[];
  /** ★ Count won deals and revenue by close date instead of creation date. */
  wonByCloseDate: boolean;
  /** Open leads older than this many days are flagged on Traffic influence. */
  unprocessedDays: number;
  /** Significance level of the manager × source test. */
  alpha: number;
  /** Minimum leads (or deals) a manager needs on a source before the test runs. */
  minSample: number;
  sources: SourceRule[];
  channels: ChannelRule[];
  manualCosts: ManualCost[];
  /** True when a Sources tab exists (otherwise zero-configuration sources). */
  hasSourcesTab: boolean;
}

export type FindingKind =
  | 'missingColumn'
  | 'missingTab'
  | 'unreadableValue'
  | 'missingValue'
  | 'duplicateId'
  | 'unknownLead'
  | 'unknownStage'
  | 'unknownStatus'
  | 'unknownCurrency'
  | 'badSetting';

/**
 * Something the reader or the engine noticed. `ref` names the tab, row and column; `value` is the raw
 * text as found (truncated to 200 characters); `accepted` lists accepted header names for a missing column.
 */
export interface Finding {
  kind: FindingKind;
  ref: CellRef;
  id?: string;
  value?: string;
  accepted?: string[];
}

/** A stop for one report: a tab or a required column is missing. Rendered through i18n. */
export interface Refusal {
  kind: 'missingTab' | 'missingColumn' | 'emptyTab' | 'tooLarge';
  tab: string;
  column?: string;
  accepted?: string[];
  detail?: string;
}

/** Everything read from the workbook, ready for the engine. */
export interface Dataset {
  leads: Lead[];
  deals: Deal[];
  costs: CostRow[];
  settings: Settings;
  findings: Finding[];
  /** Tabs that could not be read at all (the reports that need them stop with this message). */
  refusals: Refusal[];
  /** Row counts as read (data rows, excluding header), for Data quality shares. */
  rowCounts: { leads: number; deals: number; costs: number };
}

// ---------------------------------------------------------------- report models

/** Raw additive counts for one source (or a total) in one window. */
export interface Counts {
  cost: number;
  impressions: number;
  actions: number;
  leads: number;
  deals: number;
  won: number;
  revenue: number;
}

/** Ratios derived from Counts; null where undefined (zero divisor). Fractions: 0.5 = 50%. */
export interface Ratios {
  conversion: number | null;
  leadToDeal: number | null;
  dealToWon: number | null;
  roi: number | null;
  costPerAction: number | null;
  costPerLead: number | null;
  costPerDeal: number | null;
  costPerWon: number | null;
}

export type MetricKey = keyof Counts | keyof Ratios;

/** Change vs the previous period: null where previous is 0 or missing; good = the direction is favourable. */
export interface Change {
  previous: number | null;
  change: number | null;
  good: boolean | null;
}

export interface ReportHeader {
  period: Period;
  /** null when comparison is off. */
  previous: Period | null;
  baseCurrency: string;
  /** ISO timestamp of generation. */
  generatedAt: string;
  locale: Locale;
}

export interface PaybackKpi {
  key: 'costPerAction' | 'costPerDeal' | 'costPerWon' | 'roi';
  current: number | null;
  delta: Change;
}

export interface PaybackRow {
  kind: 'source' | 'totalPaid' | 'total';
  /** Source name; for totals, the translated label ("Total paid", "Итого"). */
  source: string;
  type: SourceType | null;
  color: string;
  counts: Counts;
  ratios: Ratios;
  /** Per metric change vs previous, present when comparison is on. */
  changes: Partial<Record<MetricKey, Change>> | null;
}

export interface ChartSeriesPoint {
  source: string;
  actions: number;
  leads: number;
  deals: number;
  won: number;
}

export interface AdPaybackModel {
  header: ReportHeader;
  kpis: PaybackKpi[];
  chart: ChartSeriesPoint[];
  /** Paid and offline sources, Total paid, organic and No source, Total — in that order. */
  rows: PaybackRow[];
}

/** Result of the manager × source significance test. */
export interface SignificanceFlag {
  pValue: number;
  managerRate: number;
  othersRate: number;
  managerTrials: number;
  othersTrials: number;
}

export interface InfluenceCell {
  leads: number;
  deals: number;
  won: number;
  conversion: number | null;
  revenue: number;
  leadIds: string[];
  dealIds: string[];
  wonIds: string[];
  flag: SignificanceFlag | null;
}

export interface InfluenceManager {
  manager: string;
  total: InfluenceCell;
  sources: { source: string; cell: InfluenceCell }[];
  /** Open leads older than settings.unprocessedDays (as of the report day). */
  unprocessed: { count: number; ids: string[]; oldestDays: number };
}

export interface TrafficInfluenceModel {
  header: ReportHeader;
  managers: InfluenceManager[];
  total: InfluenceCell;
  alpha: number;
  minSample: number;
  unprocessedDays: number;
}

export type QualityCheckKey =
  | 'unmatchedSourceValues'
  | 'recordsWithoutSource'
  | 'leadsWithoutOutcome'
  | 'dealsWithoutOutcome'
  | 'wonWithoutAmount'
  | 'paidSourcesWithoutCost'
  | 'unreadableValues'
  | 'duplicateIds'
  | 'unknownLeads'
  | 'unknownCurrencies'
  | 'unknownStages';

export interface QualityCheck {
  key: QualityCheckKey;
  count: number;
  /** What the share is taken of (e.g. all leads and deals). */
  total: number;
  share: number | null;
  /** Up to 5 example IDs or values. */
  examples: string[];
  status: 'ok' | 'warning' | 'error';
}

export interface DataQualityModel {
  header: ReportHeader;
  checks: QualityCheck[];
  /** Values seen in the data that no Sources rule matches, with counts (also feeds the sidebar). */
  unmatchedValues: { value: string; count: number }[];
  /** False when the workbook has no Sources tab (zero configuration): every value is then unmatched. */
  sourcesConfigured: boolean;
}

/** What every report builder takes besides the dataset. */
export interface ReportParams {
  period: Period;
  /** Compare with the previous window of the same length. */
  compare: boolean;
  locale: Locale;
  /** The day the report is made (for "unprocessed for N days"). */
  today: DayNum;
  /** ISO timestamp shown in the header. */
  generatedAt: string;
}
