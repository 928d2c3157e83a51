/** Menu items, dialogs and messages of the add-on shell. */
import type { Text } from './locale';

export const MENU_LABELS = {
  adPayback: { ru: 'Окупаемость рекламы', en: 'Ad payback' },
  trafficInfluence: { ru: 'Влияние трафика', en: 'Traffic influence' },
  dataQuality: { ru: 'Качество данных', en: 'Data quality' },
  allReports: { ru: 'Все отчёты', en: 'All reports' },
  period: { ru: 'Период отчётов…', en: 'Report period…' },
  settings: { ru: 'Настройки', en: 'Settings' },
  refresh: { ru: 'Обновить пользовательские функции', en: 'Refresh custom functions' },
  help: { ru: 'Справка / о надстройке', en: 'Help / About' },
} satisfies Record<string, Text>;

export const REPORT_MESSAGES = {
  busy: {
    ru: 'Сейчас уже формируется отчёт (возможно, другим пользователем). Попробуйте через минуту.',
    en: 'A report is being generated right now (perhaps by someone else). Try again in a minute.',
  },
  refused: { ru: 'Отчёт не сформирован.', en: 'The report was not made.' },
  done: { ru: 'Готово: {sheets}. Период {from} – {to}.', en: 'Done: {sheets}. Period {from} – {to}.' },
  partly: { ru: 'Не сформированы: {reasons}', en: 'Not made: {reasons}' },
  failed: { ru: 'Не удалось сформировать отчёт: {reason}', en: 'The report could not be made: {reason}' },
  periodPrompt: {
    ru: 'Период отчётов: две даты через тире, например 01.11.2026 – 30.11.2026. Добавьте «без сравнения», чтобы не сравнивать с предыдущим периодом.',
    en: 'Report period: two dates with a dash, e.g. 2026-11-01 – 2026-11-30. Add "no comparison" to skip the previous-period comparison.',
  },
  periodTitle: { ru: 'Период отчётов', en: 'Report period' },
  periodBad: {
    ru: 'Не удалось прочитать период «{text}». Нужны две даты, первая не позже второй.',
    en: 'Could not read the period "{text}". Two dates are needed, the first not after the second.',
  },
  periodSaved: { ru: 'Период сохранён: {from} – {to}', en: 'Period saved: {from} – {to}' },
  refreshed: {
    ru: 'Пересчитано ячеек с функциями Throughline: {n}.',
    en: 'Cells with Throughline functions recalculated: {n}.',
  },
  about: {
    ru: 'Throughline — сквозная аналитика в Google Таблицах: «Окупаемость рекламы», «Влияние трафика» и «Качество данных» по листам «Лиды», «Сделки» и «Расходы». Функции: MARKETING_ROI, CONVERSION, COSTPERDEAL, COSTPERLEAD, COSTPERWON, COSTPERACTION.',
    en: 'Throughline — end-to-end marketing analytics in Google Sheets: Ad payback, Traffic influence and Data quality from the Leads, Deals and Costs tabs. Functions: MARKETING_ROI, CONVERSION, COSTPERDEAL, COSTPERLEAD, COSTPERWON, COSTPERACTION.',
  },
} satisfies Record<string, Text>;
