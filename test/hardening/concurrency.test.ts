/**
 * Concurrency, staged on the local host (it runs one execution at a time; "another execution" holds a lock):
 * two report generations, a run right after another, two sidebars writing manual costs, and a custom function
 * recalculated while a report run holds the document lock.
 */
import { generateWorkbook } from '../../examples/generate';
import { hostWith, choosePeriod, snapshotExcept } from '../helpers/addonHost';
import { workedExampleTabs } from '../reports/workedExample';
import type { CostSaveResult, ManualCostInput, SettingsState } from '../../src/addon/sidebarTypes';

const tabs = generateWorkbook({ leads: 400, months: 2 });
const alertText = (alerts: { title: string; prompt: string }[]): string =>
  alerts.map((a) => a.prompt || a.title).join('\n');
/** Everything but the "generated at" cell, which differs between runs. */
const withoutStamp = (rows: unknown[][]): unknown[][] => rows.map((r, i) => (i === 1 ? r.slice(0, 6) : r));

describe('two report generations at once', () => {
  test('the second waits for the first when it finishes within the wait, then writes', () => {
    const { host, addon } = hostWith(tabs);
    choosePeriod(host, '2026-11-01', '2026-11-30');
    host.locks.document.holdByOther({ releaseAfterMs: 4_000 });
    const t0 = host.clock.now();
    addon.call('menuAllReports');
    expect(host.ui.alerts).toEqual([]);
    expect(host.clock.now() - t0).toBeGreaterThanOrEqual(4_000);
    expect(host.sheetNames()).toContain('Окупаемость рекламы');
  });

  test('the second is refused with a message when the first holds on, and changes nothing', () => {
    const { host, addon } = hostWith(tabs);
    choosePeriod(host, '2026-11-01', '2026-11-30');
    addon.call('menuAllReports');
    const before = snapshotExcept(host, []);
    host.locks.document.holdByOther({ releaseAfterMs: 60_000 });
    addon.call('menuAdPayback');
    expect(alertText(host.ui.alerts)).toMatch(/уже формируется отчёт/);
    expect(snapshotExcept(host, [])).toEqual(before);
  });

  test('a run right after another sees only complete sheets and makes the same report', () => {
    const { host, addon } = hostWith(tabs);
    choosePeriod(host, '2026-11-01', '2026-11-30');
    addon.call('menuAllReports');
    expect(host.sheetNames().filter((n) => n.includes('(building'))).toEqual([]);
    const first = withoutStamp(host.values('Окупаемость рекламы'));
    const records = host.values('Влияние трафика — записи');
    host.calls.reset();
    addon.call('menuAllReports');
    expect(host.ui.alerts).toEqual([]);
    // Report sheets are never read as input: the second run reads only data and settings tabs.
    expect(host.calls.count('Range.getValues')).toBe(7);
    expect(withoutStamp(host.values('Окупаемость рекламы'))).toEqual(first);
    expect(host.values('Влияние трафика — записи')).toEqual(records);
  });
});

describe('two sidebars writing manual costs', () => {
  const cost = (comment: string): ManualCostInput => ({
    source: 'Выставки',
    from: '2026-11-01',
    to: '2026-11-30',
    amount: '100',
    currency: 'RUB',
    actions: '',
    category: '',
    comment,
  });

  test('a write while another holds the lock briefly waits, then lands; nothing lost', () => {
    const { host, addon } = hostWith(tabs);
    const n = host.values('Ручные расходы').length;
    host.locks.document.holdByOther({ releaseAfterMs: 2_000 });
    const a = addon.run('sidebar_addManualCost', cost('A')) as CostSaveResult;
    const b = addon.run('sidebar_addManualCost', cost('B')) as CostSaveResult;
    expect(a.ok && b.ok).toBe(true);
    const comments = host.values('Ручные расходы').map((r) => r[7]);
    expect(comments.slice(-2)).toEqual(['A', 'B']);
    expect(comments).toHaveLength(n + 2);
  });

  test('a write while a report run holds the lock too long is refused with a message; the tab is unchanged', () => {
    const { host, addon } = hostWith(tabs);
    const before = host.values('Ручные расходы');
    host.locks.document.holdByOther();
    expect(() => addon.run('sidebar_addManualCost', cost('late'))).toThrow(/уже формируется отчёт/);
    expect(host.values('Ручные расходы')).toEqual(before);
    host.locks.document.release();
    const state = (addon.run('sidebar_addManualCost', cost('late')) as { state: SettingsState }).state;
    expect(state.manualCosts.map((c) => c.comment)).toContain('late');
  });

  test('the same row edited by both: the first wins, the second is told, nothing half-written', () => {
    const { host, addon } = hostWith(tabs);
    const listed = (addon.run('sidebar_loadState') as SettingsState).manualCosts;
    const target = listed[0];
    const first = addon.run('sidebar_updateManualCost', target.ref, {
      ...cost('first'),
      source: target.source,
    }) as CostSaveResult;
    expect(first.ok).toBe(true);
    const afterFirst = host.values('Ручные расходы');
    expect(() =>
      addon.run('sidebar_updateManualCost', target.ref, { ...cost('second'), source: target.source }),
    ).toThrow(/кто-то другой/);
    expect(host.values('Ручные расходы')).toEqual(afterFirst);
  });
});

describe('a custom function recalculated during a report run', () => {
  test('MARKETING_ROI in source form answers from the data while the document lock is held', () => {
    const { host, addon } = hostWith(workedExampleTabs());
    host.locks.document.holdByOther();
    const t0 = host.clock.now();
    const roi = addon.callCustomFunction(
      'MARKETING_ROI',
      'vk',
      new Date('2026-11-01T00:00:00+03:00'),
      new Date('2026-11-30T00:00:00+03:00'),
    );
    expect(roi as number).toBeCloseTo((105_000 - 46_000) / 46_000, 10);
    // It neither waited for the lock nor took it.
    expect(host.clock.now() - t0).toBeLessThan(1_000);
    expect(host.locks.document.isHeldByOther()).toBe(true);
  });

  test('the report made after it shows the same ROI', () => {
    const { host, addon } = hostWith(workedExampleTabs());
    choosePeriod(host, '2026-11-01', '2026-11-30');
    const roi = addon.callCustomFunction(
      'MARKETING_ROI',
      'vk',
      new Date('2026-11-01T00:00:00+03:00'),
      new Date('2026-11-30T00:00:00+03:00'),
    );
    addon.call('menuAdPayback');
    const row = host.values('Окупаемость рекламы').find((r) => r[0] === 'vk');
    expect(row).toBeDefined();
    expect(row).toContain(roi);
  });
});
