/**
 * A deterministic (seeded) Bitrix24-style workbook for the example, the tests and the benchmark: Лиды, Сделки
 * and Расходы exported with Russian headers, plus the settings tabs of DESIGN.md. Pure: no Node APIs, so it can
 * be bundled. The world it describes is in gen/catalog.ts, the problem rows in gen/messy.ts.
 */
import type { Cell, DayNum, TabData } from '../src/core/model';
import { dayFromYmd } from '../src/core/time/days';
import { exampleCalendar } from './gen/calendar';
import { generateCosts } from './gen/costs';
import { generateCrm } from './gen/crm';
import { addMessyRows } from './gen/messy';
import { makeRng } from './gen/random';
import { settingsTabs } from './gen/settingsTabs';

export { MESSY } from './gen/messy';

export interface GenerateOptions {
  seed?: number;
  /** Number of leads (default 2,000). */
  leads?: number;
  /** Calendar months covered, the last one ending at `endDay` (default 4). */
  months?: number;
  /** Last day of the data (default 2026-11-30). */
  endDay?: DayNum;
  /** Add the problem rows of gen/messy.ts (default true). */
  messy?: boolean;
  /** Add the settings tabs (default true). */
  settings?: boolean;
}

export const EXAMPLE_SEED = 20_261_130;
export const EXAMPLE_END_DAY = dayFromYmd(2026, 11, 30) as DayNum;

export const LEAD_HEADER: readonly string[] = [
  'ID',
  'Название лида',
  'Дата создания',
  'Источник',
  'UTM Source',
  'UTM Medium',
  'UTM Campaign',
  'Ответственный',
  'Статус',
];
export const DEAL_HEADER: readonly string[] = [
  'ID',
  'Название',
  'Стадия сделки',
  'Сумма',
  'Валюта',
  'Дата создания',
  'Предполагаемая дата закрытия',
  'Ответственный',
  'Источник',
  'UTM Source',
  'ID лида',
  'Воронка',
];
export const COST_HEADER: readonly string[] = ['Дата', 'Источник', 'Кампания', 'Показы', 'Клики', 'Расход'];

/** Rows above the lead header, as a Bitrix24 export to a spreadsheet has them: a title, then a blank row. */
function leadPreamble(): Cell[][] {
  const title: Cell[] = LEAD_HEADER.map(() => '');
  title[0] = 'Лиды';
  return [title, LEAD_HEADER.map(() => ''), LEAD_HEADER.slice()];
}

export function generateWorkbook(options: GenerateOptions = {}): TabData[] {
  const rng = makeRng(options.seed ?? EXAMPLE_SEED);
  const calendar = exampleCalendar(options.endDay ?? EXAMPLE_END_DAY, options.months ?? 4);
  const crm = generateCrm(rng, calendar, Math.max(0, Math.floor(options.leads ?? 2_000)));
  const costs = generateCosts(rng, calendar, crm.leadsPerDay);
  if (options.messy !== false) addMessyRows(crm.leads, crm.deals);
  const tabs: TabData[] = [
    { name: 'Лиды', values: leadPreamble().concat(crm.leads) },
    { name: 'Сделки', values: [DEAL_HEADER.slice() as Cell[]].concat(crm.deals) },
    { name: 'Расходы', values: [COST_HEADER.slice() as Cell[]].concat(costs) },
  ];
  return options.settings === false ? tabs : tabs.concat(settingsTabs(calendar));
}
