/** The Sources and Channels settings tabs → SourceRule and ChannelRule lists. */
import type { ChannelRule, SourceRule, SourceType, TabData } from '../model';
import { isBlank } from '../parse/text';
import type { FindingList } from './findings';
import { parseMatches } from './matches';
import { openSettingsTab } from './openSettingsTab';
import { isBlankRow, textAt } from './rows';
import { CHANNELS_LAYOUT, SOURCE_TYPE_WORDS, SOURCES_LAYOUT } from './settingsTabs';

const TYPE_OF_WORD = new Map<string, SourceType>();
for (const type of Object.keys(SOURCE_TYPE_WORDS) as SourceType[]) {
  for (const word of SOURCE_TYPE_WORDS[type]) TYPE_OF_WORD.set(word, type);
}

/** A Type cell's source type; '' → paid; null when the word is unknown. */
export function sourceTypeOf(text: string): SourceType | null {
  const word = text.trim().toLowerCase().replace(/ё/g, 'е');
  if (word === '') return 'paid';
  return TYPE_OF_WORD.get(word) ?? null;
}

/**
 * Each row with a name is a rule. An unknown type is reported and read as paid; a regex that does not
 * compile is reported and dropped (the row's other entries still apply). A row with matches but no name is
 * reported and skipped.
 */
export function readSources(
  tabs: readonly TabData[],
  findings: FindingList,
): { rules: SourceRule[]; hasTab: boolean } {
  const opened = openSettingsTab(tabs, SOURCES_LAYOUT, findings);
  const rules: SourceRule[] = [];
  if (!opened) return { rules, hasTab: false };
  if (!opened.located) return { rules, hasTab: true };
  const { tab } = opened;
  const { col, header, headerRow } = opened.located;
  for (let r = headerRow + 1; r < tab.values.length; r++) {
    const row = tab.values[r];
    const sheetRow = r + 1;
    const name = textAt(row, col.name);
    if (name === '') {
      if (!isBlankRow(row)) findings.add('missingValue', tab.name, sheetRow, header.name, '');
      continue;
    }
    const typeText = textAt(row, col.type);
    let type = sourceTypeOf(typeText);
    if (type === null) {
      findings.add('badSetting', tab.name, sheetRow, header.type, typeText);
      type = 'paid';
    }
    const matches = parseMatches(textAt(row, col.matches));
    for (const bad of matches.invalid) findings.add('badSetting', tab.name, sheetRow, header.matches, bad);
    rules.push({
      name,
      type,
      values: matches.values,
      patterns: matches.patterns,
      color: textAt(row, col.color),
      row: sheetRow,
    });
  }
  return { rules, hasTab: true };
}

/** Each row with a name is a channel rule, read like a Sources rule. */
export function readChannels(tabs: readonly TabData[], findings: FindingList): ChannelRule[] {
  const opened = openSettingsTab(tabs, CHANNELS_LAYOUT, findings);
  const rules: ChannelRule[] = [];
  if (!opened || !opened.located) return rules;
  const { tab } = opened;
  const { col, header, headerRow } = opened.located;
  for (let r = headerRow + 1; r < tab.values.length; r++) {
    const row = tab.values[r];
    const sheetRow = r + 1;
    const name = textAt(row, col.name);
    if (name === '') {
      if (!isBlank(row[col.matches])) findings.add('missingValue', tab.name, sheetRow, header.name, '');
      continue;
    }
    const matches = parseMatches(textAt(row, col.matches));
    for (const bad of matches.invalid) findings.add('badSetting', tab.name, sheetRow, header.matches, bad);
    rules.push({ name, values: matches.values, patterns: matches.patterns, row: sheetRow });
  }
  return rules;
}
