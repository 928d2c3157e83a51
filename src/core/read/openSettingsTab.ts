/** Finds and opens one settings tab; a missing required column is a finding (the tab's rows are then ignored). */
import type { TabData } from '../model';
import { openTab } from './columns';
import type { FindingList } from './findings';
import type { Located } from './headers';
import type { SettingsTabLayout } from './settingsTabs';
import { findTab } from './tabs';

export interface OpenedSettingsTab<K extends string> {
  tab: TabData;
  /** null when the tab exists but cannot be read (empty or a required column missing). */
  located: Located<K> | null;
}

/** null when there is no such tab. */
export function openSettingsTab<K extends string>(
  tabs: readonly TabData[],
  layout: SettingsTabLayout<K>,
  findings: FindingList,
): OpenedSettingsTab<K> | null {
  const tab = findTab(tabs, layout.tab);
  if (!tab) return null;
  const { located, missing } = openTab(tab, layout.columns, layout.required);
  if (!located) return { tab, located: null };
  for (const key of missing) {
    findings.items.push({
      kind: 'missingColumn',
      ref: { tab: tab.name, row: located.headerRow + 1, column: layout.columns[key].label.en },
      accepted: [...layout.columns[key].synonyms],
    });
  }
  return { tab, located: missing.length > 0 ? null : located };
}
