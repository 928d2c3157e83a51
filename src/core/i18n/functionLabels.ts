/** Messages of the custom functions (shown by Sheets on #ERROR!). */
import type { Text } from './locale';

export const FUNCTION_MESSAGES = {
  undefinedResult: {
    ru: '{fn}: результат не определён — {why}.',
    en: '{fn}: the result is undefined — {why}.',
  },
  zeroDivisor: { ru: '«{arg}» равно 0', en: '"{arg}" is 0' },
  emptyArg: { ru: '{fn}: аргумент «{arg}» пуст.', en: '{fn}: argument "{arg}" is empty.' },
  notNumber: {
    ru: '{fn}: аргумент «{arg}»{where}: «{value}» — не число.',
    en: '{fn}: argument "{arg}"{where}: "{value}" is not a number.',
  },
  where: { ru: ', строка {row}, столбец {col} диапазона', en: ', row {row}, column {col} of the range' },
  shapes: {
    ru: '{fn}: диапазоны разного размера ({a} и {b}). Нужны диапазоны одного размера или число и диапазон.',
    en: '{fn}: the ranges differ in size ({a} and {b}). Use ranges of the same size, or a number and a range.',
  },
  unknownSource: {
    ru: '{fn}: источник «{name}» не найден. Похожие: {near}.',
    en: '{fn}: no source named "{name}". Closest: {near}.',
  },
  badDate: { ru: '{fn}: «{value}» — не дата ({arg}).', en: '{fn}: "{value}" is not a date ({arg}).' },
  badPeriod: { ru: '{fn}: начало периода позже конца.', en: '{fn}: the period starts after it ends.' },
  noData: { ru: '{fn}: {why}', en: '{fn}: {why}' },
} satisfies Record<string, Text>;

/** Argument names as the JSDoc shows them, per function. */
export const ARG_NAMES: Record<string, [Text, Text]> = {
  MARKETING_ROI: [
    { ru: 'доход', en: 'revenue' },
    { ru: 'расход', en: 'cost' },
  ],
  CONVERSION: [
    { ru: 'из', en: 'from' },
    { ru: 'в', en: 'to' },
  ],
  COSTPERDEAL: [
    { ru: 'расход', en: 'cost' },
    { ru: 'сделки', en: 'deals' },
  ],
  COSTPERLEAD: [
    { ru: 'расход', en: 'cost' },
    { ru: 'лиды', en: 'leads' },
  ],
  COSTPERWON: [
    { ru: 'расход', en: 'cost' },
    { ru: 'успешные сделки', en: 'won' },
  ],
  COSTPERACTION: [
    { ru: 'расход', en: 'cost' },
    { ru: 'действия', en: 'actions' },
  ],
};
