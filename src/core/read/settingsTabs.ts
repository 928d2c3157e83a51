/**
 * The layout of the settings tabs: exact tab and header names in Russian and English, so that the add-on can
 * create and write them, and this reader can read them back (headers also accept a few plain synonyms).
 */
import type { Locale, Settings, SourceType } from '../model';
import type { Text } from '../i18n/locale';
import type { Families, HeaderFamily, ValueKind } from './headers';
import type { TabName } from './tabs';

export interface SettingsTabLayout<K extends string> {
  tab: TabName;
  columns: Families<K>;
  /** Column order when the add-on writes the tab. */
  order: readonly K[];
  /** Columns without which the tab cannot be read. */
  required: readonly K[];
}

const tabName = (ru: string, en: string): TabName => ({ name: { ru, en }, accepted: [ru, en] });
const column = (ru: string, en: string, kind: ValueKind, extra: string[] = []): HeaderFamily => ({
  label: { ru, en },
  kind,
  synonyms: [ru, en, ...extra],
});

export const SOURCES_LAYOUT: SettingsTabLayout<'name' | 'type' | 'matches' | 'color'> = {
  tab: tabName('Источники', 'Sources'),
  columns: {
    name: column('Источник', 'Source', 'text', ['Название', 'Name']),
    type: column('Тип', 'Type', 'text'),
    matches: column('Соответствия', 'Matches', 'text', ['Значения', 'Values']),
    color: column('Цвет', 'Color', 'text', ['Colour']),
  },
  order: ['name', 'type', 'matches', 'color'],
  required: ['name', 'matches'],
};

export const MANUAL_COSTS_LAYOUT: SettingsTabLayout<
  'source' | 'from' | 'to' | 'amount' | 'currency' | 'actions' | 'category' | 'comment'
> = {
  tab: tabName('Ручные расходы', 'Manual costs'),
  columns: {
    source: column('Источник', 'Source', 'text'),
    from: column('С', 'From', 'date', ['Дата начала', 'Start date', 'Начало', 'Start']),
    to: column('По', 'To', 'date', ['Дата окончания', 'End date', 'Конец', 'End']),
    amount: column('Сумма', 'Amount', 'number', ['Расход', 'Cost']),
    currency: column('Валюта', 'Currency', 'text'),
    actions: column('Действия', 'Actions', 'number', ['Клики', 'Clicks']),
    category: column('Категория', 'Category', 'text'),
    comment: column('Комментарий', 'Comment', 'text'),
  },
  order: ['source', 'from', 'to', 'amount', 'currency', 'actions', 'category', 'comment'],
  required: ['from', 'to', 'amount'],
};

export const CHANNELS_LAYOUT: SettingsTabLayout<'name' | 'matches'> = {
  tab: tabName('Каналы', 'Channels'),
  columns: {
    name: column('Канал', 'Channel', 'text', ['Название', 'Name']),
    matches: column('Соответствия', 'Matches', 'text', ['Значения', 'Values']),
  },
  order: ['name', 'matches'],
  required: ['name', 'matches'],
};

/** Rate = units of the base currency for one unit of the currency. */
export const RATES_LAYOUT: SettingsTabLayout<'currency' | 'rate'> = {
  tab: tabName('Курсы валют', 'Rates'),
  columns: {
    currency: column('Валюта', 'Currency', 'text'),
    rate: column('Курс', 'Rate', 'number', ['Exchange rate']),
  },
  order: ['currency', 'rate'],
  required: ['currency', 'rate'],
};

export const SETTINGS_LAYOUT: SettingsTabLayout<'key' | 'value'> = {
  tab: tabName('Настройки', 'Settings'),
  columns: {
    key: column('Параметр', 'Setting', 'text', ['Настройка', 'Parameter']),
    value: column('Значение', 'Value', 'text'),
  },
  order: ['key', 'value'],
  required: ['key', 'value'],
};

/** The header row the add-on writes for a settings tab. */
export function headerRowOf<K extends string>(layout: SettingsTabLayout<K>, locale: Locale): string[] {
  return layout.order.map((key) => layout.columns[key].label[locale]);
}

export type SettingKey =
  'baseCurrency' | 'wonStages' | 'lostStages' | 'wonByCloseDate' | 'unprocessedDays' | 'alpha' | 'minSample';

/** Rows of the Settings tab, in the order the add-on writes them. */
export const SETTING_KEYS: Record<SettingKey, Text> = {
  baseCurrency: { ru: 'Базовая валюта', en: 'Base currency' },
  wonStages: { ru: 'Успешные стадии', en: 'Won stages' },
  lostStages: { ru: 'Провальные стадии', en: 'Lost stages' },
  wonByCloseDate: { ru: 'Выигрыш по дате закрытия', en: 'Won by close date' },
  unprocessedDays: { ru: 'Дней без обработки', en: 'Unprocessed days' },
  alpha: { ru: 'Уровень значимости', en: 'Significance level' },
  minSample: { ru: 'Минимальная выборка', en: 'Minimum sample' },
};

/** Words accepted in the Type column of Sources (matched lower-case). */
export const SOURCE_TYPE_WORDS: Record<SourceType, readonly string[]> = {
  paid: ['paid', 'платный', 'платная', 'платное', 'платные', 'реклама'],
  offline: ['offline', 'офлайн', 'оффлайн', 'офлайновый', 'оффлайновый'],
  organic: ['organic', 'органический', 'органическая', 'органика', 'органические', 'free', 'бесплатный'],
};

/** Settings as they are with no settings tabs at all. */
export function defaultSettings(): Settings {
  return {
    baseCurrency: 'RUB',
    rates: {},
    wonStages: [],
    lostStages: [],
    wonByCloseDate: false,
    unprocessedDays: 7,
    alpha: 0.05,
    minSample: 10,
    sources: [],
    channels: [],
    manualCosts: [],
    hasSourcesTab: false,
  };
}
