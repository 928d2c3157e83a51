import type { Cell } from '../../../src/core/model';
import { readWorkbook } from '../../../src/core/read/workbook';
import { day, tab } from './fixtures';

/** 100k synthetic leads in the shapes real exports use (Dates, text dates with times, serials). */
function syntheticLeads(n: number): Cell[][] {
  const statuses = ['NEW', 'IN_PROCESS', 'CONVERTED', 'JUNK', 'Качественный лид'];
  const sources = ['yandex', 'vk', 'google', '', 'telegram'];
  const rows: Cell[][] = [
    [
      'ID',
      'Статус',
      'Дата создания',
      'Источник',
      'Ответственный',
      'UTM Source',
      'UTM Medium',
      'UTM Campaign',
    ],
  ];
  const start = Date.UTC(2025, 0, 1);
  for (let i = 0; i < n; i++) {
    const ms = start + (i % 365) * 86_400_000 + (i % 86_400) * 1000;
    const dd = String((i % 28) + 1).padStart(2, '0');
    const created: Cell =
      i % 3 === 0
        ? new Date(ms)
        : i % 3 === 1
          ? `${dd}.03.2026 10:${String(i % 60).padStart(2, '0')}:00`
          : 46082 + (i % 30);
    rows.push([
      i + 1,
      statuses[i % 5],
      created,
      'Веб-сайт',
      `Менеджер ${i % 7}`,
      sources[i % 5],
      'cpc',
      'c' + (i % 20),
    ]);
  }
  return rows;
}

describe('performance sanity', () => {
  test('reads 100k lead rows and 30k deals', () => {
    const leads = syntheticLeads(100_000);
    const deals: Cell[][] = [['ID', 'Дата создания', 'Стадия сделки', 'Сумма', 'Валюта', 'Лид']];
    for (let i = 0; i < 30_000; i++) {
      deals.push([
        i + 1,
        '01.03.2026',
        i % 3 ? 'C1:NEW' : 'WON',
        i % 2 ? 1500 : '1 500,50',
        'RUB',
        i * 3 + 1,
      ]);
    }
    const data = readWorkbook([tab('Лиды', leads), tab('Сделки', deals)], { timeZone: 'Europe/Moscow' });
    expect(data.leads).toHaveLength(100_000);
    expect(data.deals).toHaveLength(30_000);
    expect(data.findings).toEqual([]);
    expect(data.leads[1].created).toBe(day(2026, 3, 2));
    expect(data.deals[1].amount).toBe(1500);
    expect(data.deals[0].amount).toBe(1500.5);
  });
});
