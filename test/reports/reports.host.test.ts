/**
 * The report menu actions, run inside the BUILT dist/Code.js on the local Apps Script host: the sheets they
 * write, in both languages; regeneration in place; failure mid-render; data text staying text; the lock; and
 * the number of spreadsheet service calls.
 */
import { generateWorkbook } from '../../examples/generate';
import { hostWith, choosePeriod, snapshotExcept } from '../helpers/addonHost';
import { workedExampleTabs } from './workedExample';
import { PAYBACK_COLUMNS } from '../../src/core/layout/adPaybackLayout';
import type { Host } from '../../local/host';

const col = (k: (typeof PAYBACK_COLUMNS)[number]): number => 2 + PAYBACK_COLUMNS.indexOf(k);
const REPORT_SHEETS_RU = [
  'Окупаемость рекламы',
  'Влияние трафика — записи',
  'Влияние трафика',
  'Качество данных',
];

function rowOf(host: Host, sheet: string, first: string): (string | number | boolean | Date)[] {
  const row = host.values(sheet).find((r) => r[0] === first);
  if (!row) throw new Error(`no row "${first}" on ${sheet}`);
  return row;
}

describe('Ad payback on the worked example', () => {
  const { host, addon } = hostWith(workedExampleTabs());
  choosePeriod(host, '2026-11-01', '2026-11-30');
  addon.call('menuAdPayback');

  test('writes the sheet with the hand-computed figures', () => {
    expect(host.ui.alerts).toEqual([]);
    const vk = rowOf(host, 'Окупаемость рекламы', 'vk');
    expect(vk[col('cost')]).toBe(46000);
    expect(vk[col('leads')]).toBe(96);
    expect(vk[col('deals')]).toBe(10);
    expect(vk[col('won')]).toBe(3);
    expect(vk[col('revenue')]).toBe(105000);
    expect(vk[col('roi')] as number).toBeCloseTo(1.2826, 4);
    expect(vk[col('leadToDeal')] as number).toBeCloseTo(10 / 96, 10);
    expect(vk[col('dealToWon')]).toBeCloseTo(0.3, 10);
    expect(vk[col('conversion')] as number).toBeCloseTo(3 / 96, 10);
    const paid = rowOf(host, 'Окупаемость рекламы', 'Итого платные');
    expect(paid[col('roi')] as number).toBeCloseTo(1.2826, 4);
    // An organic source has no cost: its ROI is blank, not 0.
    expect(rowOf(host, 'Окупаемость рекламы', 'seo')[col('roi')]).toBe('');
  });

  test('states its period, comparison, currency and generation time', () => {
    const top = host
      .values('Окупаемость рекламы')
      .slice(1, 5)
      .map((r) => r.slice(0, 2));
    expect(top.slice(0, 3)).toEqual([
      ['Период', '01.11.2026 – 30.11.2026'],
      ['Сравнение с', '02.10.2026 – 31.10.2026'],
      ['Валюта', 'RUB'],
    ]);
    expect(top[3][0]).toBe('Сформирован');
    expect(String(top[3][1])).toMatch(/^04\.12\.2026 12:00 \(Europe\/Moscow\)$/);
  });

  test('has the native chart, frozen rows, warning-only protection, values and HYPERLINKs only', () => {
    const sheet = host.sheet('Окупаемость рекламы');
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0].options.title).toBe('Эффективность каналов');
    expect(sheet.charts[0].ranges[0]).toMatch(/^'Окупаемость рекламы'!A\d+:E\d+$/);
    expect(sheet.frozenRows).toBeGreaterThan(0);
    expect(sheet.protections.map((p) => p.warningOnly)).toEqual([true]);
    expect([...sheet.formulas.values()].filter((f) => !f.startsWith('=HYPERLINK('))).toEqual([]);
  });
});

describe('Traffic influence and its records', () => {
  const { host, addon } = hostWith(workedExampleTabs());
  choosePeriod(host, '2026-11-01', '2026-11-30');
  addon.call('menuTrafficInfluence');

  test('every count is a HYPERLINK to exactly that many rows of the records sheet', () => {
    expect(host.ui.alerts).toEqual([]);
    const details = host.sheet('Влияние трафика — записи');
    const formulas = [...host.sheet('Влияние трафика').formulas.values()];
    expect(formulas.length).toBeGreaterThan(5);
    for (const f of formulas) {
      const m = /^=HYPERLINK\("#gid=(\d+)&range=A(\d+):H(\d+)",(\d+)\)$/.exec(f);
      expect(m).not.toBeNull();
      expect(Number(m![1])).toBe(details.sheetId);
      expect(Number(m![3]) - Number(m![2]) + 1).toBe(Number(m![4]));
    }
    const anna = rowOf(host, 'Влияние трафика', 'Анна');
    expect(anna[2]).toBe(48); // the link's value is the count
  });

  test('data text that looks like a formula stays text, on the report and the records', () => {
    const values = [...host.values('Влияние трафика'), ...host.values('Влияние трафика — записи')].flat();
    expect(values).toContain('=HYPERLINK("http://evil.example","click")');
    expect(values).toContain('@admin');
    expect(values).toContain('+7 999 123-45-67');
    const formulas = [
      ...host.sheet('Влияние трафика').formulas.values(),
      ...host.sheet('Влияние трафика — записи').formulas.values(),
    ];
    expect(formulas.some((f) => f.includes('evil'))).toBe(false);
  });
});

describe('All reports on the example workbook', () => {
  const tabs = generateWorkbook({});

  test('Russian spreadsheet: Russian sheet names and labels; nothing else changes', () => {
    const { host, addon } = hostWith(tabs, { locale: 'ru_RU' });
    choosePeriod(host, '2026-11-01', '2026-11-30');
    const before = snapshotExcept(host, REPORT_SHEETS_RU);
    addon.call('menuAllReports');
    expect(host.ui.alerts).toEqual([]);
    for (const name of REPORT_SHEETS_RU) expect(host.sheetNames()).toContain(name);
    expect(host.values('Качество данных')[7][0]).toBe('Проверка');
    expect(snapshotExcept(host, REPORT_SHEETS_RU)).toEqual(before);
    expect(host.ui.toasts[0].message).toMatch(
      /^Готово: Окупаемость рекламы, Влияние трафика, Качество данных/,
    );
  });

  test('English spreadsheet: English names and labels', () => {
    const { host, addon } = hostWith(tabs, { locale: 'en_US' });
    choosePeriod(host, '2026-11-01', '2026-11-30');
    addon.call('menuAllReports');
    expect(host.sheetNames()).toEqual(
      expect.arrayContaining([
        'Ad payback',
        'Traffic influence',
        'Traffic influence — records',
        'Data quality',
      ]),
    );
    expect(rowOf(host, 'Ad payback', 'Total paid')).toBeDefined();
    expect(host.values('Data quality')[7][0]).toBe('Check');
  });

  test('regeneration replaces each sheet in place: same position, no leftovers', () => {
    const { host, addon } = hostWith(tabs);
    choosePeriod(host, '2026-11-01', '2026-11-30');
    addon.call('menuAllReports');
    const order = host.sheetNames();
    const firstIds = REPORT_SHEETS_RU.map((n) => host.sheet(n).sheetId);
    choosePeriod(host, '2026-10-01', '2026-10-31');
    addon.call('menuAllReports');
    expect(host.sheetNames()).toEqual(order);
    expect(REPORT_SHEETS_RU.map((n) => host.sheet(n).sheetId)).not.toEqual(firstIds);
    expect(host.values('Окупаемость рекламы')[1][1]).toBe('01.10.2026 – 31.10.2026');
  });

  test('a failure in the middle of rendering leaves the previous report intact and says so', () => {
    const { host, addon } = hostWith(tabs);
    choosePeriod(host, '2026-11-01', '2026-11-30');
    addon.call('menuAllReports');
    const before = snapshotExcept(host, []);
    const order = host.sheetNames();
    choosePeriod(host, '2026-10-01', '2026-10-31');
    host.faults.failOn('Range.setFontWeights', {
      nth: 2,
      error: 'Service Spreadsheets failed while accessing document',
    });
    addon.call('menuAllReports');
    expect(host.ui.alerts.map((a) => a.prompt || a.title).join(' ')).toMatch(
      /Не удалось сформировать отчёт: Service Spreadsheets failed/,
    );
    expect(host.sheetNames()).toEqual(order);
    expect(snapshotExcept(host, [])).toEqual(before);
  });

  test('a second run while the lock is held says a report is being generated', () => {
    const { host, addon } = hostWith(tabs);
    host.locks.document.holdByOther();
    addon.call('menuAdPayback');
    expect(host.ui.alerts.map((a) => a.prompt || a.title).join(' ')).toMatch(/уже формируется отчёт/);
    expect(host.sheetNames()).not.toContain('Окупаемость рекламы');
  });
});

describe('Service calls', () => {
  function callsFor(leads: number, action: string): number {
    const { host, addon } = hostWith(generateWorkbook({ leads, messy: false }));
    choosePeriod(host, '2026-11-01', '2026-11-30');
    addon.call(action); // first run creates the sheets; the second regenerates them (the costlier case)
    host.calls.reset();
    addon.call(action);
    expect(host.ui.alerts).toEqual([]);
    return host.calls.total;
  }

  test.each(['menuAdPayback', 'menuTrafficInfluence', 'menuDataQuality'])(
    '%s: the same count for 1k and 100k leads, at most 60',
    (action) => {
      const small = callsFor(1_000, action);
      const large = callsFor(100_000, action);
      expect(large).toBe(small);
      expect(small).toBeLessThanOrEqual(60);
    },
  );
});
