/**
 * Faults injected by the local host while the BUILT add-on runs: an exception from setValues mid-render, a
 * lock that cannot be had, a quota error, the execution-time limit. In each the previous report and every
 * settings tab survive intact, and the user gets a clear message (an alert, or Apps Script's own error).
 */
import { generateWorkbook } from '../../examples/generate';
import { hostWith, choosePeriod, snapshotExcept, type Harness } from '../helpers/addonHost';
import type { CostSaveResult, ManualCostInput } from '../../src/addon/sidebarTypes';

const tabs = generateWorkbook({ leads: 400, months: 2 });

/** A workbook with last month's reports already made; the next run asks for another period. */
function withPreviousReports(): Harness & { before: Record<string, unknown>; order: string[] } {
  const h = hostWith(tabs);
  choosePeriod(h.host, '2026-11-01', '2026-11-30');
  h.addon.call('menuAllReports');
  expect(h.host.ui.alerts).toEqual([]);
  choosePeriod(h.host, '2026-10-01', '2026-10-31');
  return { ...h, before: snapshotExcept(h.host, []), order: h.host.sheetNames() };
}

const alertText = (h: Harness): string => h.host.ui.alerts.map((a) => a.prompt || a.title).join('\n');
const building = (h: Harness): string[] => h.host.sheetNames().filter((n) => n.includes('(building'));

describe('report generation under faults', () => {
  test.each([1, 2, 3, 4])('setValues throws on its call %i: old reports intact, message shown', (nth) => {
    const h = withPreviousReports();
    h.host.faults.failOn('Range.setValues', {
      nth,
      error: 'Service Spreadsheets failed while accessing document',
    });
    h.addon.call('menuAllReports');
    expect(alertText(h)).toMatch(/^Не удалось сформировать отчёт: Service Spreadsheets failed/);
    expect(alertText(h).split('\n')).toHaveLength(1);
    expect(h.host.sheetNames()).toEqual(h.order);
    expect(snapshotExcept(h.host, [])).toEqual(h.before);
  });

  test('the document lock cannot be had: "a report is being generated", nothing touched', () => {
    const h = withPreviousReports();
    h.host.locks.document.holdByOther();
    h.host.calls.reset();
    h.addon.call('menuAllReports');
    expect(alertText(h)).toMatch(/уже формируется отчёт/);
    expect(snapshotExcept(h.host, [])).toEqual(h.before);
    expect(h.host.calls.count('Range.getValues')).toBe(0);
  });

  test('a quota error on writes: old reports intact, the quota message shown', () => {
    const h = withPreviousReports();
    h.host.faults.quota('Range.setValues', 1);
    h.addon.call('menuAllReports');
    expect(alertText(h)).toMatch(/^Не удалось сформировать отчёт: Service invoked too many times/);
    expect(h.host.sheetNames()).toEqual(h.order);
    expect(snapshotExcept(h.host, [])).toEqual(h.before);
  });

  test('every call over quota (even the alert): the execution fails with the quota error, reports intact', () => {
    const h = withPreviousReports();
    h.host.faults.quota('*', 50);
    expect(() => h.addon.call('menuAllReports')).toThrow(/Service invoked too many times/);
    const names = h.host.sheetNames().filter((n) => !building(h).includes(n));
    expect(names).toEqual(h.order);
    expect(snapshotExcept(h.host, building(h))).toEqual(h.before);
  });

  test('the execution-time limit mid-run: Apps Script stops it with its own message, reports intact', () => {
    const h = withPreviousReports();
    h.host.faults.timeLimitMs = 60; // each call ticks the fake clock 1 ms: the limit falls mid-render
    expect(() => h.addon.call('menuAllReports')).toThrow(/Exceeded maximum execution time/);
    expect(building(h).length).toBeGreaterThan(0); // killed mid-render: its staging sheets could not be removed
    expect(snapshotExcept(h.host, building(h))).toEqual(h.before);
    expect(h.host.sheetNames().filter((n) => !building(h).includes(n))).toEqual(h.order);
  });

  // A run killed mid-render (time limit, quota) cannot delete its staging sheet; the next run removes it
  // (src/addon/replaceSheet.ts stageSheet) instead of staging beside it.
  test('a run after a killed one leaves no "(building…)" tab behind', () => {
    const h = withPreviousReports();
    h.host.faults.timeLimitMs = 60;
    expect(() => h.addon.call('menuAllReports')).toThrow(/Exceeded maximum execution time/);
    h.host.faults.timeLimitMs = 360_000;
    h.addon.call('menuAllReports');
    expect(h.host.ui.alerts).toEqual([]);
    expect(building(h)).toEqual([]);
  });
});

describe('a settings write failing mid-way', () => {
  const cost: ManualCostInput = {
    source: 'Выставки',
    from: '2026-11-01',
    to: '2026-11-30',
    amount: '1000',
    currency: 'RUB',
    actions: '',
    category: 'Стенд',
    comment: 'fault test',
  };

  test('setValues fails: the Manual costs tab is as it was, the sidebar gets the error', () => {
    const h = hostWith(tabs);
    const before = h.host.values('Ручные расходы');
    h.host.faults.failOn('Range.setValues', { nth: 1 });
    expect(() => h.addon.run('sidebar_addManualCost', cost)).toThrow(/Service Spreadsheets failed/);
    expect(h.host.values('Ручные расходы')).toEqual(before);
    // The lock was released with the execution: the next write goes through.
    const ok = h.addon.run('sidebar_addManualCost', cost) as CostSaveResult;
    expect(ok.ok).toBe(true);
    expect(h.host.values('Ручные расходы')).toHaveLength(before.length + 1);
  });

  // src/addon/sidebarTabIo.ts applyTabEdit formats the date cells before it writes the row's values, so a
  // failure while formatting leaves no half-written row.
  test('a failing date format: the Manual costs tab is as it was', () => {
    const h = hostWith(tabs);
    const before = h.host.values('Ручные расходы');
    h.host.faults.failOn('Range.setNumberFormat', { nth: 1 });
    expect(() => h.addon.run('sidebar_addManualCost', cost)).toThrow(/Service Spreadsheets failed/);
    expect(h.host.values('Ручные расходы')).toEqual(before);
  });
});
