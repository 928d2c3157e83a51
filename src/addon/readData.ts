/**
 * Reads the data and settings tabs — one getDataRange().getValues() each, nothing else — and hands the arrays
 * to the core reader. Tabs the add-on does not know (and its own report sheets) are never read.
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
import type { AddonContext } from './context';

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

/** The raw input tabs, as `getValues()` gives them. */
export function readInputTabs(ctx: AddonContext): TabData[] {
  const tabs: TabData[] = [];
  for (const input of INPUT_TABS) {
    const tab = ctx.dir.byLooseName(input.accepted);
    if (tab) tabs.push({ name: tab.name, values: tab.sheet.getDataRange().getValues() as TabData['values'] });
  }
  return tabs;
}

export function readDataset(ctx: AddonContext): Dataset {
  return readWorkbook(readInputTabs(ctx), { timeZone: ctx.timeZone, today: ctx.today });
}
