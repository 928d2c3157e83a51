/** Every label of the generated report sheets, in both languages. */
import type { MetricKey, QualityCheckKey } from '../model';
import type { Text } from './locale';

export const SHEET_NAMES = {
  adPayback: { ru: 'Окупаемость рекламы', en: 'Ad payback' },
  trafficInfluence: { ru: 'Влияние трафика', en: 'Traffic influence' },
  details: { ru: 'Влияние трафика — записи', en: 'Traffic influence — records' },
  dataQuality: { ru: 'Качество данных', en: 'Data quality' },
} satisfies Record<string, Text>;

export type ReportKind = 'adPayback' | 'trafficInfluence' | 'dataQuality';

export const HEADER_LABELS = {
  period: { ru: 'Период', en: 'Period' },
  comparison: { ru: 'Сравнение с', en: 'Compared with' },
  noComparison: { ru: 'без сравнения', en: 'no comparison' },
  currency: { ru: 'Валюта', en: 'Currency' },
  generated: { ru: 'Сформирован', en: 'Generated' },
  readOnlyNote: {
    ru: 'Отчёт создан надстройкой Throughline и пересоздаётся целиком: правки в этом листе будут потеряны.',
    en: 'Made by the Throughline add-on and regenerated whole: edits on this sheet will be lost.',
  },
} satisfies Record<string, Text>;

export const METRIC_LABELS: Record<MetricKey, Text> = {
  cost: { ru: 'Расход', en: 'Cost' },
  impressions: { ru: 'Показы', en: 'Impressions' },
  actions: { ru: 'Действия', en: 'Actions' },
  leads: { ru: 'Лиды', en: 'Leads' },
  deals: { ru: 'Сделки', en: 'Deals' },
  won: { ru: 'Успешные сделки', en: 'Won deals' },
  revenue: { ru: 'Доход', en: 'Revenue' },
  conversion: { ru: 'Конверсия', en: 'Conversion' },
  leadToDeal: { ru: 'Лид → сделка', en: 'Lead → deal' },
  dealToWon: { ru: 'Сделка → успех', en: 'Deal → won' },
  roi: { ru: 'ROI', en: 'ROI' },
  costPerAction: { ru: 'Цена действия', en: 'Cost per action' },
  costPerLead: { ru: 'Цена лида', en: 'Cost per lead' },
  costPerDeal: { ru: 'Цена сделки', en: 'Cost per deal' },
  costPerWon: { ru: 'Цена клиента', en: 'Cost per won deal' },
};

export const PAYBACK_LABELS = {
  kpiTitle: { ru: 'Ключевые показатели (платные источники)', en: 'Key figures (paid sources)' },
  kpiMetric: { ru: 'Показатель', en: 'Metric' },
  current: { ru: 'Текущий период', en: 'This period' },
  previous: { ru: 'Предыдущий период', en: 'Previous period' },
  change: { ru: 'Изменение', en: 'Change' },
  avgCostPerAction: { ru: 'Средняя стоимость действия', en: 'Average cost per action' },
  costPerDeal: { ru: 'Стоимость потенциального клиента (сделки)', en: 'Cost per deal (potential client)' },
  costPerWon: { ru: 'Стоимость клиента (успешной сделки)', en: 'Cost per won deal (client)' },
  roi: { ru: 'ROI', en: 'ROI' },
  tableTitle: { ru: 'Окупаемость трафика', en: 'Traffic payback' },
  changeTitle: { ru: 'Изменение к предыдущему периоду', en: 'Change vs the previous period' },
  chartTitle: { ru: 'Эффективность каналов', en: 'Channel efficiency' },
  source: { ru: 'Источник', en: 'Source' },
  type: { ru: 'Тип', en: 'Type' },
  roiBlankNote: {
    ru: 'ROI пуст там, где расход равен 0: окупаемость без затрат не определена.',
    en: 'ROI is blank where cost is 0: payback without cost is undefined.',
  },
} satisfies Record<string, Text>;

export const INFLUENCE_LABELS = {
  manager: { ru: 'Ответственный', en: 'Responsible' },
  source: { ru: 'Источник', en: 'Source' },
  allSources: { ru: 'Все источники', en: 'All sources' },
  flag: { ru: 'Отметка', en: 'Flag' },
  unprocessed: { ru: 'Необработанные лиды', en: 'Unprocessed leads' },
  flagText: {
    ru: 'Конверсия заметно ниже, чем у остальных менеджеров: {rate} против {others} ({p})',
    en: 'Converts clearly worse than the other managers: {rate} vs {others} ({p})',
  },
  unprocessedText: {
    ru: '{count} лид(ов) без обработки дольше {days} дн. (старейший — {oldest} дн.)',
    en: '{count} lead(s) unprocessed for over {days} days (oldest {oldest} days)',
  },
  method: {
    ru: 'Отметка: односторонний точный тест Фишера, уровень значимости {alpha}, не меньше {min} лидов у менеджера и у остальных. Числа — ссылки на списки записей.',
    en: "Flag: one-sided Fisher's exact test, significance level {alpha}, at least {min} leads for the manager and for the others. Counts link to the lists of records.",
  },
  total: { ru: 'Итого', en: 'Total' },
} satisfies Record<string, Text>;

export const DETAILS_LABELS = {
  title: {
    ru: 'Записи за числами отчёта «Влияние трафика»',
    en: 'Records behind the Traffic influence counts',
  },
  back: { ru: '← к отчёту', en: '← back to the report' },
  leadsBlock: { ru: 'Лиды', en: 'Leads' },
  dealsBlock: { ru: 'Сделки', en: 'Deals' },
  wonBlock: { ru: 'Успешные сделки', en: 'Won deals' },
  unprocessedBlock: { ru: 'Необработанные лиды', en: 'Unprocessed leads' },
  id: { ru: 'ID', en: 'ID' },
  created: { ru: 'Дата создания', en: 'Created' },
  manager: { ru: 'Ответственный', en: 'Responsible' },
  source: { ru: 'Источник', en: 'Source' },
  state: { ru: 'Статус / стадия', en: 'Status / stage' },
  amount: { ru: 'Сумма', en: 'Amount' },
  currency: { ru: 'Валюта', en: 'Currency' },
  row: { ru: 'Строка', en: 'Row' },
} satisfies Record<string, Text>;

export const QUALITY_LABELS = {
  check: { ru: 'Проверка', en: 'Check' },
  status: { ru: 'Статус', en: 'Status' },
  count: { ru: 'Количество', en: 'Count' },
  of: { ru: 'Из', en: 'Of' },
  share: { ru: 'Доля', en: 'Share' },
  examples: { ru: 'Примеры', en: 'Examples' },
  ok: { ru: 'в порядке', en: 'OK' },
  warning: { ru: 'внимание', en: 'warning' },
  error: { ru: 'ошибка', en: 'error' },
  unmatchedTitle: {
    ru: 'Значения источников без правила на листе «Источники»',
    en: 'Source values that no rule on the Sources tab matches',
  },
  noSourcesTab: {
    ru: 'Листа «Источники» нет: каждое значение UTM Source или «Источник» считается отдельным источником. Добавьте лист «Источники» (меню → Настройки), чтобы объединить значения и задать типы.',
    en: 'There is no Sources tab: each UTM source or CRM Source value counts as a source of its own. Add a Sources tab (menu → Settings) to group values and set their types.',
  },
  value: { ru: 'Значение', en: 'Value' },
  findingsTitle: { ru: 'Проблемы в данных (по строкам)', en: 'Problems in the data (row by row)' },
  more: { ru: '… и ещё {n}', en: '… and {n} more' },
} satisfies Record<string, Text>;

export const QUALITY_CHECK_LABELS: Record<QualityCheckKey, Text> = {
  unmatchedSourceValues: { ru: '1. Источники и каналы настроены', en: '1. Sources and channels set up' },
  recordsWithoutSource: {
    ru: '2. У каждого лида и сделки есть источник',
    en: '2. Every lead and deal has a source',
  },
  leadsWithoutOutcome: { ru: '3а. Лиды сконвертированы или закрыты', en: '3a. Leads converted or closed' },
  dealsWithoutOutcome: { ru: '3б. Сделки с результатом', en: '3b. Deals with an outcome' },
  wonWithoutAmount: { ru: '4. У успешных сделок указана сумма', en: '4. Won deals have a valid amount' },
  paidSourcesWithoutCost: {
    ru: '5. Расходы внесены для каждого платного источника',
    en: '5. Costs entered for every paid source',
  },
  unreadableValues: { ru: 'Нечитаемые или пустые значения', en: 'Unreadable or missing values' },
  duplicateIds: { ru: 'Повторяющиеся ID', en: 'Duplicate IDs' },
  unknownLeads: { ru: 'Сделки со ссылкой на неизвестный лид', en: 'Deals pointing at unknown leads' },
  unknownCurrencies: { ru: 'Валюты без курса', en: 'Currencies without a rate' },
  unknownStages: { ru: 'Неизвестные стадии и статусы', en: 'Unknown stages and statuses' },
};

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
