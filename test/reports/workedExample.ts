/**
 * The DESIGN.md worked example as raw tabs, the way a Bitrix24 export would hold it: VK brought 96 leads, 10 of
 * them became deals, 3 were won (35,000 ₽ each = 105,000 ₽); VK cost 46,000 ₽. Plus an organic source and a
 * lead whose text starts like a formula.
 */
import type { Cell, TabData } from '../../src/core/model';

const LEAD_HEAD = ['ID', 'Дата создания', 'Источник', 'UTM Source', 'Ответственный', 'Статус'];
const DEAL_HEAD = ['ID', 'Стадия сделки', 'Сумма', 'Валюта', 'Дата создания', 'Ответственный', 'ID лида'];

export function workedExampleTabs(): TabData[] {
  const leads: Cell[][] = [LEAD_HEAD];
  for (let i = 1; i <= 96; i++) {
    leads.push([
      String(i),
      `${String((i % 28) + 1).padStart(2, '0')}.11.2026`,
      'Реклама',
      'vk',
      i % 2 ? 'Анна' : 'Олег',
      'В работе',
    ]);
  }
  leads.push([
    '97',
    '10.11.2026',
    'Веб-сайт',
    'seo',
    '=HYPERLINK("http://evil.example","click")',
    'В работе',
  ]);
  leads.push(['98', '11.11.2026', '+7 999 123-45-67', '', '@admin', 'В работе']);
  const deals: Cell[][] = [DEAL_HEAD];
  for (let i = 1; i <= 10; i++) {
    const won = i <= 3;
    deals.push([
      `D${i}`,
      won ? 'Сделка успешна' : 'В работе',
      won ? 35000 : 10000,
      'RUB',
      '15.11.2026',
      i % 2 ? 'Анна' : 'Олег',
      String(i),
    ]);
  }
  const costs: Cell[][] = [
    ['Дата', 'Источник', 'Кампания', 'Показы', 'Клики', 'Расход'],
    ['03.11.2026', 'vk', 'Осень', 10000, 0, 46000],
  ];
  return [
    { name: 'Лиды', values: leads },
    { name: 'Сделки', values: deals },
    { name: 'Расходы', values: costs },
  ];
}
