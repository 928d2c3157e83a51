/**
 * The whole workbook → Dataset: settings first (deal stages depend on them), then Leads, Deals and Costs.
 * A missing Leads or Deals tab, or a missing required column, is a refusal for the reports that need the tab;
 * a missing Costs tab only means there are no cost rows.
 */
import type { Dataset, DayNum, Refusal, TabData } from '../model';
import { makeDateReader } from '../parse/date';
import { makeZone } from '../time/zone';
import { readCosts } from './costs';
import { readDeals } from './deals';
import { FindingList } from './findings';
import type { IdIndex } from './idIndex';
import { readLeads } from './leads';
import { readSettings } from './settings';
import { makeStageClassifier } from './stages';
import { COSTS_TAB, DEALS_TAB, LEADS_TAB, findTab, type TabName } from './tabs';

export interface ReadOptions {
  /** The spreadsheet's IANA time zone: `Date` cells are instants, read as days in this zone. */
  timeZone: string;
  /** The report day; not needed for reading today, accepted for callers that have it. */
  today?: DayNum;
}

function missingTab(tab: TabName): Refusal {
  return { kind: 'missingTab', tab: tab.name.en, accepted: [...tab.accepted] };
}

export function readWorkbook(tabs: TabData[], options: ReadOptions): Dataset {
  const findings = new FindingList();
  const readDate = makeDateReader(makeZone(options.timeZone));
  const settings = readSettings(tabs, readDate, findings);
  const refusals: Refusal[] = [];
  const dataset: Dataset = {
    leads: [],
    deals: [],
    costs: [],
    settings,
    findings: findings.items,
    refusals,
    rowCounts: { leads: 0, deals: 0, costs: 0 },
  };

  const leadsTab = findTab(tabs, LEADS_TAB);
  let leadIds: IdIndex | null = null;
  if (!leadsTab) refusals.push(missingTab(LEADS_TAB));
  else {
    const read = readLeads(leadsTab, readDate, findings);
    refusals.push(...read.refusals);
    dataset.leads = read.leads;
    dataset.rowCounts.leads = read.rowCount;
    if (read.refusals.length === 0) leadIds = read.ids;
  }

  const dealsTab = findTab(tabs, DEALS_TAB);
  if (!dealsTab) refusals.push(missingTab(DEALS_TAB));
  else {
    const classify = makeStageClassifier(settings.wonStages, settings.lostStages);
    const read = readDeals(dealsTab, readDate, classify, leadIds, findings);
    refusals.push(...read.refusals);
    dataset.deals = read.deals;
    dataset.rowCounts.deals = read.rowCount;
  }

  const costsTab = findTab(tabs, COSTS_TAB);
  if (costsTab) {
    const read = readCosts(costsTab, readDate, findings);
    refusals.push(...read.refusals);
    dataset.costs = read.costs;
    dataset.rowCounts.costs = read.rowCount;
  }
  return dataset;
}
