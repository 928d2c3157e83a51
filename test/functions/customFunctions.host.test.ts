/**
 * The custom functions as Sheets calls them: top-level functions of the BUILT dist/Code.js, in a fresh
 * execution each time, with cell values as arguments.
 */
import { generateWorkbook } from '../../examples/generate';
import { choosePeriod, hostWith } from '../helpers/addonHost';
import { PAYBACK_COLUMNS } from '../../src/core/layout/adPaybackLayout';
import type { AddonSandbox } from '../../local/sandbox';

const col = (k: (typeof PAYBACK_COLUMNS)[number]): number => 2 + PAYBACK_COLUMNS.indexOf(k);

/** A cell's value or its #ERROR! message. */
function cell(addon: AddonSandbox, name: string, ...args: unknown[]): unknown {
  try {
    return addon.callCustomFunction(name, ...args);
  } catch (e) {
    return { error: (e as Error).message };
  }
}

describe('number form', () => {
  const { addon } = hostWith(generateWorkbook({ leads: 200 }), { locale: 'ru_RU' });

  test('scalars, ranges, a scalar with a range, blanks and zero divisors', () => {
    expect(addon.callCustomFunction('MARKETING_ROI', 105000, 46000) as number).toBeCloseTo(1.2826, 4);
    expect(addon.callCustomFunction('CONVERSION', 96, 10) as number).toBeCloseTo(0.1042, 4);
    expect(addon.callCustomFunction('COSTPERDEAL', [[100], [90], [50]], [[4], [0], ['']])).toEqual([
      [25],
      [''],
      [''],
    ]);
    expect(addon.callCustomFunction('COSTPERLEAD', 1000, [[10, 20, 0]])).toEqual([[100, 50, '']]);
    expect(cell(addon, 'COSTPERWON', 1000, 0)).toEqual({
      error: expect.stringMatching(/COSTPERWON:.*равно 0/),
    });
  });

  test('text numbers in Russian and English formats; other text names the argument', () => {
    expect(addon.callCustomFunction('COSTPERACTION', '1 500,50 ₽', 3) as number).toBeCloseTo(500.1667, 4);
    expect(addon.callCustomFunction('COSTPERACTION', '1,500.50', 3) as number).toBeCloseTo(500.1667, 4);
    expect(cell(addon, 'COSTPERDEAL', [[1], ['много']], 2)).toEqual({
      error: expect.stringMatching(/«расход», строка 2, столбец 1 диапазона: «много» — не число/),
    });
  });

  test('ranges of different shapes are refused', () => {
    expect(cell(addon, 'CONVERSION', [[1, 2]], [[1], [2]])).toEqual({
      error: expect.stringMatching(/1×2.*2×1/),
    });
  });
});

describe('source form', () => {
  const { host, addon } = hostWith(generateWorkbook({}), { locale: 'ru_RU' });
  choosePeriod(host, '2026-11-01', '2026-11-30');
  addon.call('menuAdPayback');
  const from = new Date('2026-10-31T21:00:00Z'); // 01.11.2026 00:00 in Moscow, as a date cell gives it
  const to = new Date('2026-11-29T21:00:00Z');
  const rows = host.values('Окупаемость рекламы');
  const header = rows.findIndex((r) => r[0] === 'Источник');
  const table = rows.slice(header + 1).filter((r) => typeof r[col('leads')] === 'number' && r[0] !== '');
  const firstTable = table.slice(0, table.findIndex((r) => r[0] === 'Итого') + 1);

  test('equals the Ad payback sheet for every source and for Total paid', () => {
    expect(firstTable.length).toBeGreaterThan(8);
    for (const row of firstTable) {
      if (row[0] === 'Итого') continue;
      const name = row[0] === 'Итого платные' ? '*' : String(row[0]);
      const pairs: [string, (typeof PAYBACK_COLUMNS)[number]][] = [
        ['MARKETING_ROI', 'roi'],
        ['CONVERSION', 'conversion'],
        ['COSTPERDEAL', 'costPerDeal'],
        ['COSTPERLEAD', 'costPerLead'],
        ['COSTPERWON', 'costPerWon'],
      ];
      for (const [fn, key] of pairs) {
        const shown = row[col(key)];
        const got = cell(addon, fn, name, from, to);
        if (shown === '') expect(got).toEqual({ error: expect.stringMatching(/не определён/) });
        else expect(got).toBeCloseTo(shown as number, 9);
      }
    }
  });

  test('an unknown source lists the closest names', () => {
    expect(cell(addon, 'MARKETING_ROI', 'Вконтакт', from, to)).toEqual({
      error: expect.stringMatching(/источник «Вконтакт» не найден\. Похожие: ВКонтакте/),
    });
  });

  test('later calls of one recalculation read no raw tab: the aggregate comes from the document cache', () => {
    host.calls.reset();
    addon.callCustomFunction('COSTPERLEAD', 'ВКонтакте', from, to);
    const firstReads = host.calls.count('Range.getValues');
    host.calls.reset();
    for (let i = 0; i < 20; i++) addon.callCustomFunction('COSTPERLEAD', 'Google Ads', from, to);
    expect(host.calls.count('Range.getValues')).toBe(0);
    expect(host.calls.total).toBe(0);
    expect(firstReads).toBeGreaterThanOrEqual(0);
  });
});

describe('refresh after a data change', () => {
  test('"Refresh custom functions" makes formula cells follow the new data', () => {
    const { host, addon } = hostWith(generateWorkbook({ leads: 300, messy: false }), { locale: 'ru_RU' });
    for (const name of ['MARKETING_ROI', 'COSTPERLEAD']) {
      host.registerFunction(name, (...args: unknown[]) => addon.callCustomFunction(name, ...args));
    }
    const calc = host.spreadsheet.addSheet('Расчёт');
    const ui = host.service('SpreadsheetApp').getActiveSpreadsheet().getSheetByName('Расчёт')!;
    ui.getRange('A1').setFormula('=COSTPERLEAD("Google Ads","01.11.2026","30.11.2026")');
    const before = calc.get(0, 0);
    expect(typeof before).toBe('number');

    // Double every Google Ads cost in the Costs tab, behind the add-on's back (as an import would).
    const costs = host.sheet('Расходы');
    const head = costs.values[0]!.map(String);
    const src = head.indexOf('Источник');
    const amount = head.indexOf('Расход');
    costs.values.forEach((row, r) => {
      if (r > 0 && row && row[src] === 'google' && typeof row[amount] === 'number')
        costs.set(r, amount, (row[amount] as number) * 2);
    });
    // Without a refresh the cell keeps its value (Sheets does not recalculate: the arguments did not change).
    expect(calc.get(0, 0)).toBe(before);
    addon.call('menuRefreshFunctions');
    expect(calc.get(0, 0) as number).toBeGreaterThan(before as number);
    expect(host.ui.toasts.at(-1)?.message).toMatch(/Пересчитано ячеек с функциями Throughline: 1/);
  });
});
