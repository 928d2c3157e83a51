/**
 * One clear line per finding or refusal from reading the data, naming the tab, row and column:
 * `Сделки, строка 14, столбец «Сумма»: не удалось прочитать число «пять тысяч»`.
 */
import type { Finding, Locale, Refusal } from '../model';
import { parseNumberText } from '../parse/number';
import { COST_COLUMNS, DEAL_COLUMNS, LEAD_COLUMNS, type HeaderFamily, type ValueKind } from '../read/headers';
import { normaliseName, withoutNote } from '../read/normalise';
import {
  CHANNELS_LAYOUT,
  MANUAL_COSTS_LAYOUT,
  RATES_LAYOUT,
  SETTINGS_LAYOUT,
  SOURCES_LAYOUT,
} from '../read/settingsTabs';
import { COSTS_TAB, DEALS_TAB, LEADS_TAB } from '../read/tabs';
import type { Text } from './locale';

const ALL_FAMILIES: HeaderFamily[] = [
  ...Object.values(LEAD_COLUMNS),
  ...Object.values(DEAL_COLUMNS),
  ...Object.values(COST_COLUMNS),
  ...Object.values(SOURCES_LAYOUT.columns),
  ...Object.values(MANUAL_COSTS_LAYOUT.columns),
  ...Object.values(CHANNELS_LAYOUT.columns),
  ...Object.values(RATES_LAYOUT.columns),
  ...Object.values(SETTINGS_LAYOUT.columns),
];

/** What a header holds, whichever tab it is on (the first family naming it decides). */
const KIND_OF_HEADER = new Map<string, ValueKind>();
/** English column label → its label in both languages (refusals carry the English label). */
const LABEL_OF_EN = new Map<string, Text>();
for (const family of ALL_FAMILIES) {
  for (const s of family.synonyms) {
    const n = normaliseName(s);
    if (!KIND_OF_HEADER.has(n)) KIND_OF_HEADER.set(n, family.kind);
  }
  if (!LABEL_OF_EN.has(family.label.en)) LABEL_OF_EN.set(family.label.en, family.label);
}

const TAB_LABELS: Text[] = [LEADS_TAB.name, DEALS_TAB.name, COSTS_TAB.name];

function kindOfHeader(header: string): ValueKind | null {
  const n = normaliseName(header);
  return KIND_OF_HEADER.get(n) ?? KIND_OF_HEADER.get(withoutNote(n)) ?? null;
}

function columnLabel(column: string, locale: Locale): string {
  return LABEL_OF_EN.get(column)?.[locale] ?? column;
}

/** A canonical tab name (missing-tab messages carry the English one) in the locale; real tab names stay. */
function tabLabel(tab: string, locale: Locale): string {
  return TAB_LABELS.find((t) => t.en === tab)?.[locale] ?? tab;
}

/** «text» in Russian, "text" in English. */
function q(text: string, locale: Locale): string {
  return locale === 'ru' ? `«${text}»` : `"${text}"`;
}

const is = (header: string, family: HeaderFamily): boolean =>
  family.synonyms.some((s) => normaliseName(s) === normaliseName(header));

function unreadable(f: Finding, locale: Locale): string {
  const value = q(f.value ?? '', locale);
  const kind = kindOfHeader(f.ref.column);
  const number = f.value === undefined ? null : parseNumberText(f.value);
  if (kind === 'number' && number !== null && number < 0) {
    return locale === 'ru'
      ? `отрицательное значение ${value} не учтено`
      : `negative value ${value} is not counted`;
  }
  const what: Record<ValueKind, Text> = {
    number: { ru: 'число', en: 'a number from' },
    date: { ru: 'дату', en: 'a date from' },
    id: { ru: 'ID', en: 'an ID from' },
    text: { ru: 'значение', en: 'the value' },
  };
  const w = what[kind ?? 'text'];
  return locale === 'ru' ? `не удалось прочитать ${w.ru} ${value}` : `cannot read ${w.en} ${value}`;
}

function badSetting(f: Finding, locale: Locale): string {
  const value = q(f.value ?? '', locale);
  if (is(f.ref.column, SOURCES_LAYOUT.columns.type)) {
    return locale === 'ru'
      ? `неизвестный тип ${value}: источник считается платным`
      : `unknown type ${value}: the source counts as paid`;
  }
  if (is(f.ref.column, SETTINGS_LAYOUT.columns.key)) {
    return locale === 'ru' ? `неизвестный параметр ${value} не учтён` : `unknown setting ${value} is ignored`;
  }
  if (is(f.ref.column, SETTINGS_LAYOUT.columns.value)) {
    return locale === 'ru'
      ? `недопустимое значение ${value}: используется значение по умолчанию`
      : `invalid value ${value}: the default is used`;
  }
  if (is(f.ref.column, SOURCES_LAYOUT.columns.matches)) {
    return locale === 'ru'
      ? `недопустимое регулярное выражение ${value} не учтено`
      : `invalid regular expression ${value} is ignored`;
  }
  return locale === 'ru'
    ? `недопустимое значение ${value}: строка не учтена`
    : `invalid value ${value}: the row is left out`;
}

function accepted(list: readonly string[] | undefined, locale: Locale): string {
  if (!list || list.length === 0) return '';
  return (locale === 'ru' ? ' Допустимые заголовки: ' : ' Accepted headers: ') + list.join(', ');
}

export function describeFinding(f: Finding, locale: Locale): string {
  const tab = f.kind === 'missingTab' ? tabLabel(f.ref.tab, locale) : f.ref.tab;
  if (f.kind === 'missingColumn') {
    const column = q(columnLabel(f.ref.column, locale), locale);
    return locale === 'ru'
      ? `Вкладка ${q(tab, locale)}: не найден столбец ${column}.${accepted(f.accepted, locale)}`
      : `Tab ${q(tab, locale)}: column ${column} not found.${accepted(f.accepted, locale)}`;
  }
  if (f.kind === 'missingTab') {
    return locale === 'ru' ? `Не найдена вкладка ${q(tab, locale)}` : `Tab ${q(tab, locale)} not found`;
  }
  const where =
    locale === 'ru'
      ? `${tab}, строка ${f.ref.row}, столбец ${q(f.ref.column, locale)}: `
      : `${tab}, row ${f.ref.row}, column ${q(f.ref.column, locale)}: `;
  const value = q(f.value ?? '', locale);
  const ru = locale === 'ru';
  switch (f.kind) {
    case 'unreadableValue':
      return where + unreadable(f, locale);
    case 'missingValue':
      return where + (ru ? 'значение не заполнено' : 'the value is empty');
    case 'duplicateId':
      return (
        where +
        (ru
          ? `ID ${value} повторяется: строка не учтена, учтена первая строка с этим ID`
          : `ID ${value} is repeated: this row is left out, the first one is kept`)
      );
    case 'unknownLead':
      return (
        where +
        (ru
          ? `лид ${value} не найден на вкладке ${q(LEADS_TAB.name.ru, locale)}`
          : `lead ${value} is not on the ${LEADS_TAB.name.en} tab`)
      );
    case 'unknownStage':
      return (
        where +
        (ru
          ? `неизвестная стадия ${value}: сделка считается в работе`
          : `unknown stage ${value}: the deal counts as in progress`)
      );
    case 'unknownStatus':
      return (
        where +
        (ru
          ? `неизвестный статус ${value}: лид считается в работе`
          : `unknown status ${value}: the lead counts as open`)
      );
    case 'unknownCurrency':
      return (
        where +
        (ru
          ? `нет курса для валюты ${value}: сумма не учтена`
          : `no rate for the currency ${value}: the amount is left out`)
      );
    case 'badSetting':
      return where + badSetting(f, locale);
  }
}

export function describeRefusal(r: Refusal, locale: Locale): string {
  const tab = q(r.kind === 'missingTab' ? tabLabel(r.tab, locale) : r.tab, locale);
  const ru = locale === 'ru';
  switch (r.kind) {
    case 'missingTab': {
      const names = r.accepted && r.accepted.length > 0 ? r.accepted.join(', ') : '';
      if (ru) return `Не найдена вкладка ${tab}` + (names ? ` (допустимые названия: ${names})` : '');
      return `Tab ${tab} not found` + (names ? ` (accepted names: ${names})` : '');
    }
    case 'missingColumn': {
      const column = q(columnLabel(r.column ?? '', locale), locale);
      return ru
        ? `Вкладка ${tab}: не найден обязательный столбец ${column}.${accepted(r.accepted, locale)}`
        : `Tab ${tab}: required column ${column} not found.${accepted(r.accepted, locale)}`;
    }
    case 'emptyTab':
      return ru ? `Вкладка ${tab} пуста: нет строки заголовков` : `Tab ${tab} is empty: no header row`;
    case 'tooLarge':
      return (
        (ru ? `Вкладка ${tab} слишком велика для чтения` : `Tab ${tab} is too large to read`) +
        (r.detail ? `: ${r.detail}` : '')
      );
  }
}
