/** All settings tabs → Settings; defaults wherever a tab or a value is absent. */
import type { Settings, TabData } from '../model';
import type { DateReader } from '../parse/date';
import type { FindingList } from './findings';
import { readManualCosts } from './manualCosts';
import { defaultSettings } from './settingsTabs';
import { applySettingsTab, readRates } from './settingValues';
import { readChannels, readSources } from './sourceRules';

export function readSettings(
  tabs: readonly TabData[],
  readDate: DateReader,
  findings: FindingList,
): Settings {
  const settings = defaultSettings();
  applySettingsTab(tabs, settings, findings);
  settings.rates = readRates(tabs, findings);
  // The base currency converts to itself, whatever the Rates tab says or omits.
  settings.rates[settings.baseCurrency] = 1;
  const sources = readSources(tabs, findings);
  settings.sources = sources.rules;
  settings.hasSourcesTab = sources.hasTab;
  settings.channels = readChannels(tabs, findings);
  settings.manualCosts = readManualCosts(tabs, readDate, findings);
  return settings;
}
