/**
 * Every label of the sidebar, Russian and English, and the messages of its validation and refused edits. The
 * sidebar's browser bundle imports this module, so it holds only plain data and `fill`-style templates.
 */
import type { Locale } from '../model';
import type { Text } from './locale';
import type { EditErrorCode } from '../settingsEdit/editError';
import type { ValidationCode } from '../settingsEdit/types';

export const SIDEBAR_TITLE: Text = { ru: 'Throughline — настройки', en: 'Throughline — settings' };

export const TAB_LABELS = {
  sources: { ru: 'Источники', en: 'Sources' },
  costs: { ru: 'Ручные расходы', en: 'Manual costs' },
  reports: { ru: 'Отчёты', en: 'Reports' },
} satisfies Record<string, Text>;

/** Field labels of Manual costs: the tab's own column names. */
export const COST_FIELD_LABELS = {
  source: { ru: 'Источник', en: 'Source' },
  from: { ru: 'С', en: 'From' },
  to: { ru: 'По', en: 'To' },
  amount: { ru: 'Сумма', en: 'Amount' },
  currency: { ru: 'Валюта', en: 'Currency' },
  actions: { ru: 'Действия', en: 'Actions' },
  category: { ru: 'Категория', en: 'Category' },
  comment: { ru: 'Комментарий', en: 'Comment' },
} satisfies Record<string, Text>;

export const SIDEBAR_LABELS = {
  loading: { ru: 'Загрузка…', en: 'Loading…' },
  saving: { ru: 'Сохранение…', en: 'Saving…' },
  saved: { ru: 'Сохранено.', en: 'Saved.' },
  deleted: { ru: 'Удалено.', en: 'Deleted.' },
  refresh: { ru: 'Обновить', en: 'Refresh' },
  errorPrefix: { ru: 'Ошибка: ', en: 'Error: ' },
  dismiss: { ru: 'Закрыть', en: 'Dismiss' },
  save: { ru: 'Сохранить', en: 'Save' },
  cancel: { ru: 'Отмена', en: 'Cancel' },
  delete: { ru: 'Удалить', en: 'Delete' },
  edit: { ru: 'Изменить', en: 'Edit' },
  confirmDelete: { ru: 'Удалить «{name}»?', en: 'Delete "{name}"?' },
  yesDelete: { ru: 'Да, удалить', en: 'Yes, delete' },
  // Sources and channels
  sourcesTitle: { ru: 'Источники', en: 'Sources' },
  channelsTitle: { ru: 'Каналы', en: 'Channels' },
  sourcesHelp: {
    ru: 'Правила листа «Источники»: значения UTM Source и поля «Источник» CRM, через запятую; /regex/ допускается.',
    en: 'Rules of the Sources tab: values of UTM source and the CRM Source field, comma-separated; /regex/ allowed.',
  },
  channelsHelp: {
    ru: 'Каналы обращения (лист «Каналы»): значения поля «Источник» CRM — звонок, e-mail, CRM-форма, сайт…',
    en: 'Channels of contact (Channels tab): values of the CRM Source field — call, e-mail, CRM form, website…',
  },
  noRules: { ru: 'Правил пока нет.', en: 'No rules yet.' },
  name: { ru: 'Название', en: 'Name' },
  sourceName: { ru: 'Источник', en: 'Source' },
  channelName: { ru: 'Канал', en: 'Channel' },
  type: { ru: 'Тип', en: 'Type' },
  matches: { ru: 'Соответствия', en: 'Matches' },
  color: { ru: 'Цвет', en: 'Color' },
  autoColor: { ru: 'авто', en: 'auto' },
  addSource: { ru: 'Добавить источник', en: 'Add source' },
  addChannel: { ru: 'Добавить канал', en: 'Add channel' },
  rename: { ru: 'Переименовать', en: 'Rename' },
  merge: { ru: 'Объединить', en: 'Merge' },
  mergeInto: { ru: 'Объединить «{name}» с…', en: 'Merge "{name}" into…' },
  mergeDone: { ru: 'Объединено в «{name}».', en: 'Merged into "{name}".' },
  badType: {
    ru: 'Неизвестный тип «{value}» (считается платным)',
    en: 'Unknown type "{value}" (counted as paid)',
  },
  unmatchedTitle: { ru: 'Значения без правила', en: 'Values no rule matches' },
  unmatchedHelp: {
    ru: 'Найдены в данных (лиды, сделки, расходы), но ни одно правило их не покрывает.',
    en: 'Found in the data (leads, deals, costs) but matched by no rule.',
  },
  unmatchedNone: { ru: 'Все значения покрыты правилами.', en: 'Every value is matched by a rule.' },
  unmatchedScan: { ru: 'Поиск значений в данных…', en: 'Looking for values in the data…' },
  unmatchedCount: { ru: '{n} зап.', en: '{n} rec.' },
  addTo: { ru: 'Куда добавить «{value}»', en: 'Where to add "{value}"' },
  newSourceOption: { ru: '+ новый источник', en: '+ new source' },
  newChannelOption: { ru: '+ новый канал', en: '+ new channel' },
  add: { ru: 'Добавить', en: 'Add' },
  addedValue: { ru: '«{value}» → «{name}».', en: '"{value}" → "{name}".' },
  // Manual costs
  costsTitle: { ru: 'Ручные расходы', en: 'Manual costs' },
  costsHelp: {
    ru: 'Офлайн-реклама, агентства, зарплата SMM — всё, чего нет в выгрузках кабинетов. Сумма делится поровну по дням периода.',
    en: 'Offline ads, agency fees, an SMM specialist’s pay — what no ad cabinet exports. The amount is spread evenly over the days.',
  },
  addCost: { ru: 'Добавить расход', en: 'Add cost' },
  editCost: { ru: 'Изменить расход', en: 'Edit cost' },
  newCost: { ru: 'Новый расход', en: 'New cost' },
  filterSource: { ru: 'Фильтр: источник', en: 'Filter: source' },
  filterMonth: { ru: 'Фильтр: месяц', en: 'Filter: month' },
  allSources: { ru: 'Все источники', en: 'All sources' },
  allMonths: { ru: 'Все месяцы', en: 'All months' },
  noCosts: { ru: 'Расходов нет.', en: 'No costs.' },
  total: { ru: 'Итого', en: 'Total' },
  inMonth: { ru: 'в этом месяце', en: 'in this month' },
  rowsCount: { ru: 'Строк: {n}', en: 'Rows: {n}' },
  baseCurrencyHint: { ru: 'пусто = {code}', en: 'empty = {code}' },
  rowProblem: {
    ru: 'Строка {row}: отчёты не могут прочитать: {fields}',
    en: 'Row {row}: the reports cannot read: {fields}',
  },
  optional: { ru: 'необязательно', en: 'optional' },
  // Reports
  reportsTitle: { ru: 'Отчёты', en: 'Reports' },
  periodFrom: { ru: 'Период с', en: 'Period from' },
  periodTo: { ru: 'по', en: 'to' },
  lastMonth: { ru: 'Прошлый месяц', en: 'Last month' },
  compare: { ru: 'Сравнить с предыдущим периодом', en: 'Compare with the previous period' },
  adPayback: { ru: 'Окупаемость рекламы', en: 'Ad payback' },
  trafficInfluence: { ru: 'Влияние трафика', en: 'Traffic influence' },
  dataQuality: { ru: 'Качество данных', en: 'Data quality' },
  allReports: { ru: 'Все отчёты', en: 'All reports' },
  generating: { ru: 'Формируется: {name} ({i} из {n})…', en: 'Generating: {name} ({i} of {n})…' },
  reportDone: { ru: 'Готово: лист «{sheet}».', en: 'Done: sheet "{sheet}".' },
  reportFailed: { ru: '{name}: {reason}', en: '{name}: {reason}' },
  openSheet: { ru: 'Открыть', en: 'Open' },
  summary: {
    ru: 'Платные: расход {cost} {currency}, выручка {revenue} {currency}, ROI {roi}',
    en: 'Paid: cost {cost} {currency}, revenue {revenue} {currency}, ROI {roi}',
  },
  periodRequired: { ru: 'Укажите обе даты периода.', en: 'Enter both dates of the period.' },
  tabs: { ru: 'Разделы', en: 'Sections' },
} satisfies Record<string, Text>;

export const SOURCE_TYPE_OPTIONS = {
  paid: { ru: 'платный', en: 'paid' },
  offline: { ru: 'офлайн', en: 'offline' },
  organic: { ru: 'органический', en: 'organic' },
} satisfies Record<string, Text>;

export const VALIDATION_MESSAGES: Record<ValidationCode, Text> = {
  required: { ru: 'Заполните это поле.', en: 'This field is required.' },
  unknownSource: {
    ru: 'Неизвестный источник: выберите из списка или добавьте его на вкладке «Источники».',
    en: 'Unknown source: pick one from the list or add it on the Sources tab.',
  },
  badDate: {
    ru: 'Нужна настоящая дата (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ).',
    en: 'Enter a real date (YYYY-MM-DD or DD.MM.YYYY).',
  },
  toBeforeFrom: { ru: 'Дата «По» раньше даты «С».', en: '"To" is before "From".' },
  tooLong: {
    ru: 'Не больше 365 дней (или один календарный год): разбейте расход на несколько строк.',
    en: 'At most 365 days (or one calendar year): split the cost into several rows.',
  },
  notNumber: {
    ru: 'Нужно число, например 15000 или 1 500,50.',
    en: 'Enter a number, e.g. 15000 or 1,500.50.',
  },
  notPositive: { ru: 'Сумма должна быть больше нуля.', en: 'The amount must be more than zero.' },
  negative: { ru: 'Не может быть отрицательным.', en: 'Cannot be negative.' },
  badCurrency: {
    ru: 'Код валюты из трёх букв: RUB, USD, EUR…',
    en: 'A three-letter currency code: RUB, USD, EUR…',
  },
  textTooLong: { ru: 'Не больше 1000 знаков.', en: 'At most 1000 characters.' },
};

export const EDIT_ERROR_MESSAGES: Record<EditErrorCode, Text> = {
  rowChanged: {
    ru: 'Эту строку только что изменил или удалил кто-то другой. Список обновлён — проверьте и повторите.',
    en: 'Someone else has just changed or deleted this row. The list is refreshed — check it and try again.',
  },
  nameRequired: { ru: 'Введите название.', en: 'Enter a name.' },
  duplicateName: { ru: '«{detail}» уже есть в списке.', en: '"{detail}" is already in the list.' },
  badMatches: {
    ru: 'Не получается прочитать регулярное выражение {detail}.',
    en: 'The regular expression {detail} cannot be read.',
  },
  badColor: { ru: 'Цвет в виде #RRGGBB, а не «{detail}».', en: 'A colour as #RRGGBB, not "{detail}".' },
  mergeNeedsTwo: {
    ru: 'Выберите другой источник для объединения.',
    en: 'Choose another entry to merge with.',
  },
  unknownReportKind: { ru: 'Неизвестный отчёт «{detail}».', en: 'Unknown report "{detail}".' },
  badPeriod: {
    ru: 'Период: две настоящие даты, первая не позже второй.',
    en: 'Period: two real dates, the first not after the second.',
  },
};

/** `{name}` placeholders filled with values (a copy of the report labels' `fill`, kept here for the browser bundle). */
export function fillIn(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}

export function editErrorMessage(code: EditErrorCode, detail: string, locale: Locale): string {
  return fillIn(EDIT_ERROR_MESSAGES[code][locale], { detail });
}
