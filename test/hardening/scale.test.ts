/**
 * Scale: before reading any value, the add-on estimates the work from the data tabs' sizes and refuses a run
 * that could not finish in Apps Script's 6 minutes or would push the spreadsheet past 10 million cells.
 * The big tabs are sparse host sheets: one cell far down makes getDataRange claim the rows, at no memory cost.
 */
import { generateWorkbook } from '../../examples/generate';
import { hostWith, choosePeriod } from '../helpers/addonHost';
import type { Host } from '../../local/host';

const small = generateWorkbook({ leads: 300, months: 2 });

/** Makes the Leads tab claim `rows` rows (its last cell in column I, as wide as the export). */
function stretchLeads(host: Host, rows: number): void {
  const leads = host.sheet('Лиды');
  leads.maxRows = Math.max(leads.maxRows, rows);
  leads.set(rows - 1, 8, 'x');
}

const alertText = (host: Host): string => host.ui.alerts.map((a) => a.prompt || a.title).join('\n');

describe('refusals before reading', () => {
  test('a Leads tab of 3,000,000 rows: refused for time, naming the tab and its size; nothing read or written', () => {
    const { host, addon } = hostWith(small);
    choosePeriod(host, '2026-11-01', '2026-11-30');
    stretchLeads(host, 3_000_000);
    const names = host.sheetNames();
    host.calls.reset();
    const t = Date.now();
    addon.call('menuAllReports');
    expect(Date.now() - t).toBeLessThan(5_000);
    const text = alertText(host);
    expect(text).toMatch(/^Не удалось сформировать отчёт: /);
    expect(text).not.toMatch(/\n/);
    // The first test to fail: the cell limit (3M rows can't fit their records sheet) or time; both name the tab.
    expect(text).toMatch(/лист «Лиды» — 3\u00a0000\u00a0000 строк × 9 столбцов/);
    expect(host.calls.count('Range.getValues')).toBe(0);
    expect(host.sheetNames()).toEqual(names);
  });

  test('a Leads tab of 500,000 rows: the records sheet would pass 10M cells, so it is refused up front', () => {
    const { host, addon } = hostWith(small);
    choosePeriod(host, '2026-11-01', '2026-11-30');
    stretchLeads(host, 500_000);
    host.calls.reset();
    addon.call('menuTrafficInfluence');
    expect(alertText(host)).toMatch(
      /Отчёты не поместятся в таблицу: лист «Лиды» — 500\u00a0000 строк × 9 столбцов/,
    );
    expect(alertText(host)).toMatch(/10\u00a0000\u00a0000/);
    expect(host.calls.count('Range.getValues')).toBe(0);
  });

  test('a dense 4,000,000-row Leads tab measured for time alone (English spreadsheet)', () => {
    const { host, addon } = hostWith(small, { locale: 'en_US' });
    stretchLeads(host, 4_000_000);
    addon.call('menuDataQuality');
    expect(alertText(host)).toMatch(/tab "Лиды" has 4,000,000 rows × 9 columns/);
  });

  test('a custom function over 200,000 rows is refused with its own 30-second message, not a timeout', () => {
    const { host, addon } = hostWith(small);
    stretchLeads(host, 200_000);
    expect(() =>
      addon.callCustomFunction(
        'MARKETING_ROI',
        'vk',
        new Date('2026-11-01T00:00:00+03:00'),
        new Date('2026-11-30T00:00:00+03:00'),
      ),
    ).toThrow(/Данных слишком много для пользовательской функции: лист «Лиды» — 200\u00a0000 строк/);
  });

  test('the sidebar report button gets the same refusal as an error message', () => {
    const { host, addon } = hostWith(small);
    stretchLeads(host, 3_000_000);
    expect(() =>
      addon.run('sidebar_runReports', ['adPayback'], { from: '2026-11-01', to: '2026-11-30', compare: true }),
    ).toThrow(/лист «Лиды» — 3\u00a0000\u00a0000 строк/);
  });
});

describe('what fits', () => {
  test('a normal workbook passes the estimate with 3 extra calls (one per data tab)', () => {
    const { host, addon } = hostWith(small);
    choosePeriod(host, '2026-11-01', '2026-11-30');
    host.calls.reset();
    addon.call('menuAdPayback');
    expect(host.ui.alerts).toEqual([]);
    expect(host.calls.count('Range.getA1Notation')).toBe(3);
  });

  test('120,000 leads (a third as many deals, a Bitrix24 export): accepted', () => {
    const { host, addon } = hostWith(small);
    choosePeriod(host, '2026-11-01', '2026-11-30');
    stretchLeads(host, 120_000);
    const deals = host.sheet('Сделки');
    deals.maxRows = 40_000;
    deals.set(39_999, 11, 'x');
    addon.call('menuDataQuality');
    expect(host.ui.alerts).toEqual([]);
  });
});
