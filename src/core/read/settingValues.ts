/** The Settings tab (`Setting | Value` rows) and the Rates tab → fields of Settings. */
import type { Cell, Settings, TabData } from '../model';
import { parseYesNo } from '../parse/boolean';
import { isCurrencyCode, normaliseCurrency } from '../parse/currency';
import { parseNumber } from '../parse/number';
import { cellText, isBlank } from '../parse/text';
import type { FindingList } from './findings';
import { normaliseName } from './normalise';
import { openSettingsTab } from './openSettingsTab';
import { isBlankRow, textAt } from './rows';
import { RATES_LAYOUT, SETTING_KEYS, SETTINGS_LAYOUT, type SettingKey } from './settingsTabs';

const KEY_OF_NAME = new Map<string, SettingKey>();
for (const key of Object.keys(SETTING_KEYS) as SettingKey[]) {
  KEY_OF_NAME.set(normaliseName(SETTING_KEYS[key].ru), key);
  KEY_OF_NAME.set(normaliseName(SETTING_KEYS[key].en), key);
}

/** Comma- or semicolon-separated stage names, trimmed and lower-case (the classifier normalises further). */
export function stageList(cell: Cell): string[] {
  return cellText(cell)
    .split(/[,;]/)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
}

function integerAtLeast(cell: Cell, min: number): number | null {
  const n = parseNumber(cell);
  return n !== null && Number.isInteger(n) && n >= min ? n : null;
}

/**
 * Applies the rows of the Settings tab onto `settings`. A value that cannot be read is reported and the
 * default kept; so is an unknown setting name. A blank value keeps the default silently.
 */
export function applySettingsTab(tabs: readonly TabData[], settings: Settings, findings: FindingList): void {
  const opened = openSettingsTab(tabs, SETTINGS_LAYOUT, findings);
  if (!opened || !opened.located) return;
  const { tab } = opened;
  const { col, header, headerRow } = opened.located;
  for (let r = headerRow + 1; r < tab.values.length; r++) {
    const row = tab.values[r];
    const sheetRow = r + 1;
    const name = textAt(row, col.key);
    if (name === '') continue;
    const key = KEY_OF_NAME.get(normaliseName(name));
    if (!key) {
      findings.add('badSetting', tab.name, sheetRow, header.key, name);
      continue;
    }
    const cell = row[col.value] ?? '';
    if (isBlank(cell)) continue;
    if (!applyValue(settings, key, cell)) findings.add('badSetting', tab.name, sheetRow, header.value, cell);
  }
}

/** Sets one setting; false when the value is not acceptable (the default stays). */
function applyValue(settings: Settings, key: SettingKey, cell: Cell): boolean {
  switch (key) {
    case 'baseCurrency': {
      const code = normaliseCurrency(cellText(cell));
      if (!isCurrencyCode(code)) return false;
      settings.baseCurrency = code;
      return true;
    }
    case 'wonStages':
      settings.wonStages = stageList(cell);
      return true;
    case 'lostStages':
      settings.lostStages = stageList(cell);
      return true;
    case 'wonByCloseDate': {
      const yes = parseYesNo(cell);
      if (yes === null) return false;
      settings.wonByCloseDate = yes;
      return true;
    }
    case 'unprocessedDays': {
      const days = integerAtLeast(cell, 0);
      if (days === null) return false;
      settings.unprocessedDays = days;
      return true;
    }
    case 'alpha': {
      const alpha = parseNumber(cell);
      if (alpha === null || !(alpha > 0 && alpha < 1)) return false;
      settings.alpha = alpha;
      return true;
    }
    case 'minSample': {
      const min = integerAtLeast(cell, 1);
      if (min === null) return false;
      settings.minSample = min;
      return true;
    }
  }
}

/** Rows of the Rates tab: a currency code and a positive rate; a bad row is reported and skipped. */
export function readRates(tabs: readonly TabData[], findings: FindingList): Record<string, number> {
  const rates: Record<string, number> = {};
  const opened = openSettingsTab(tabs, RATES_LAYOUT, findings);
  if (!opened || !opened.located) return rates;
  const { tab } = opened;
  const { col, header, headerRow } = opened.located;
  for (let r = headerRow + 1; r < tab.values.length; r++) {
    const row = tab.values[r];
    const sheetRow = r + 1;
    if (isBlankRow(row)) continue;
    const code = normaliseCurrency(textAt(row, col.currency));
    if (!isCurrencyCode(code)) {
      findings.add('badSetting', tab.name, sheetRow, header.currency, row[col.currency] ?? '');
      continue;
    }
    const rateCell = row[col.rate] ?? '';
    const rate = isBlank(rateCell) ? null : parseNumber(rateCell);
    if (rate === null || !(rate > 0)) {
      findings.add('badSetting', tab.name, sheetRow, header.rate, rateCell);
      continue;
    }
    rates[code] = rate;
  }
  return rates;
}
