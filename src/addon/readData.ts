/**
 * Reads the data and settings tabs — one getDataRange().getValues() each — and hands the arrays to the core
 * reader. Before any value is read, the data tabs' sizes (one call each) go through the work budget, so a run
 * that could not finish is refused up front instead of dying halfway. Tabs the add-on does not know (and its
 * own report sheets) are never read.
 */
import type { Dataset, TabData } from '../core/model';
import { readWorkbook } from '../core/read/workbook';
import { COSTS_TAB, DEALS_TAB, LEADS_TAB, type TabName } from '../core/read/tabs';
import {
  CHANNELS_LAYOUT,
  MANUAL_COSTS_LAYOUT,
  RATES_LAYOUT,
  SETTINGS_LAYOUT,
  SOURCES_LAYOUT,
} from '../core/read/settingsTabs';
import type { TabRole, WorkPurpose } from '../core/limits/estimate';
import type { AddonContext } from './context';
import { assertWithinBudget, type TabToRead } from './workBudget';

export const INPUT_TABS: readonly TabName[] = [
  LEADS_TAB,
  DEALS_TAB,
  COSTS_TAB,
  SOURCES_LAYOUT.tab,
  MANUAL_COSTS_LAYOUT.tab,
  CHANNELS_LAYOUT.tab,
  RATES_LAYOUT.tab,
  SETTINGS_LAYOUT.tab,
];

function roleOf(input: TabName): TabRole {
  if (input === LEADS_TAB) return 'leads';
  if (input === DEALS_TAB) return 'deals';
  if (input === COSTS_TAB) return 'costs';
  return 'settings';
}

/**
 * The raw input tabs, as `getValues()` gives them. `purpose` picks the budget: a custom function has 30 s
 * and writes nothing; a report run has 6 minutes and writes the records sheet.
 */
export function readInputTabs(ctx: AddonContext, purpose: WorkPurpose = 'customFunction'): TabData[] {
  const toRead: TabToRead[] = [];
  for (const input of INPUT_TABS) {
    const tab = ctx.dir.byLooseName(input.accepted);
    if (tab) toRead.push({ name: tab.name, role: roleOf(input), range: tab.sheet.getDataRange() });
  }
  assertWithinBudget(ctx, toRead, purpose);
  return toRead.map((t) => ({ name: t.name, values: t.range.getValues() as TabData['values'] }));
}

/** `lookup` (the sidebar's reads) skips the records sheet from the estimate: it writes no report. */
export function readDataset(ctx: AddonContext, purpose: WorkPurpose = 'report'): Dataset {
  return readWorkbook(readInputTabs(ctx, purpose), { timeZone: ctx.timeZone, today: ctx.today });
}
