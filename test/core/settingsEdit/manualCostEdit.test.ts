import type { Grid } from '../../../src/core/model';
import {
  addManualCost,
  deleteManualCost,
  listManualCosts,
  renameCostSources,
  updateManualCost,
  validateManualCost,
  type ValidManualCost,
} from '../../../src/core/settingsEdit/manualCostEdit';
import type { ManualCostInput } from '../../../src/core/settingsEdit/types';
import { dayOfIso, isoOfDay } from '../../../src/core/time/days';
import { makeZone } from '../../../src/core/time/zone';
import { applied } from './applyEdit';

const known = (name: string): boolean => ['vk', 'выставки'].includes(name.toLowerCase());
const input = (over: Partial<ManualCostInput>): ManualCostInput => ({
  source: 'VK',
  from: '2026-11-01',
  to: '2026-11-30',
  amount: '15000',
  currency: '',
  actions: '',
  category: '',
  comment: '',
  ...over,
});
const day = (iso: string): number => dayOfIso(iso) as number;
const iso = (d: number): string => isoOfDay(d);

describe('manual cost validation', () => {
  test('a good cost, with a Russian-style amount and dotted dates', () => {
    const r = validateManualCost(
      input({ amount: '1 500,50', from: '01.11.2026', currency: '₽', actions: '12' }),
      known,
    );
    expect(r).toEqual({
      ok: true,
      cost: {
        source: 'VK',
        from: day('2026-11-01'),
        to: day('2026-11-30'),
        amount: 1500.5,
        currency: 'RUB',
        actions: 12,
        category: '',
        comment: '',
      },
    });
  });

  test('each field gets its own error, all at once', () => {
    expect(
      validateManualCost(
        input({ source: '', from: '2026-02-30', to: '', amount: '0', currency: 'rubles', actions: '-1' }),
        known,
      ),
    ).toEqual({
      ok: false,
      errors: {
        source: 'required',
        from: 'badDate',
        to: 'required',
        amount: 'notPositive',
        currency: 'badCurrency',
        actions: 'negative',
      },
    });
    expect(validateManualCost(input({ source: 'TikTok', amount: 'abc' }), known)).toEqual({
      ok: false,
      errors: { source: 'unknownSource', amount: 'notNumber' },
    });
    expect(validateManualCost(input({ from: '2026-11-30', to: '2026-11-01' }), known)).toEqual({
      ok: false,
      errors: { to: 'toBeforeFrom' },
    });
  });

  test('at most 365 days, or one whole calendar year (leap years included)', () => {
    expect(validateManualCost(input({ from: '2026-01-01', to: '2026-12-31' }), known).ok).toBe(true); // 365 days
    expect(validateManualCost(input({ from: '2026-03-01', to: '2027-02-28' }), known).ok).toBe(true); // 365 days
    expect(validateManualCost(input({ from: '2026-03-01', to: '2027-03-01' }), known)).toEqual({
      ok: false,
      errors: { to: 'tooLong' },
    });
    expect(validateManualCost(input({ from: '2028-01-01', to: '2028-12-31' }), known).ok).toBe(true); // 366, a whole year
    expect(validateManualCost(input({ from: '2028-01-02', to: '2029-01-01' }), known).ok).toBe(false);
  });
});

describe('manual cost rows', () => {
  const zone = makeZone('UTC');
  const dayCell = (d: number): Date => new Date(zone.startOf(d));
  const TAB: Grid = [
    ['Источник', 'С', 'По', 'Сумма', 'Комментарий'],
    ['VK', new Date('2026-11-01T00:00:00Z'), '30.11.2026', 15000, 'monthly'],
    ['Выставки', 'soon', '2026-10-01', '-5', ''],
  ];
  const cost: ValidManualCost = {
    source: 'Выставки',
    from: day('2026-12-01'),
    to: day('2026-12-10'),
    amount: 900,
    currency: 'USD',
    actions: null,
    category: '=SUM(A1)',
    comment: 'stand',
  };

  test('lists rows as the reports read them, naming the cells they cannot read', () => {
    const rows = listManualCosts(TAB, zone);
    expect(rows.map((r) => [r.source, r.from, r.to, r.amount, r.problems])).toEqual([
      ['VK', '2026-11-01', '2026-11-30', 15000, []],
      ['Выставки', null, '2026-10-01', -5, ['from', 'amount']],
    ]);
  });

  test('adding fills the missing columns of the contract into the header, keeping text as text', () => {
    const edit = addManualCost(TAB, cost, 'ru', dayCell);
    const out = applied(TAB, edit);
    // Валюта, Действия, Категория were missing: added at the right end.
    expect(out[0]).toEqual([
      'Источник',
      'С',
      'По',
      'Сумма',
      'Комментарий',
      'Валюта',
      'Действия',
      'Категория',
    ]);
    expect(out[3]).toEqual([
      'Выставки',
      dayCell(cost.from),
      dayCell(cost.to),
      900,
      'stand',
      'USD',
      '',
      "'=SUM(A1)",
    ]);
    const created = applied(
      null,
      addManualCost(null, cost, 'en', (d) => iso(d)),
    );
    expect(created).toEqual([
      ['Source', 'From', 'To', 'Amount', 'Currency', 'Actions', 'Category', 'Comment'],
      ['Выставки', '2026-12-01', '2026-12-10', 900, 'USD', '', "'=SUM(A1)", 'stand'],
    ]);
  });

  test('edits and deletes the listed row; renamed sources carry their costs along', () => {
    const [vk, bad] = listManualCosts(TAB, zone);
    const edited = applied(
      TAB,
      updateManualCost(TAB, bad.ref, cost, 'ru', (d) => iso(d)),
    );
    expect(edited[2].slice(0, 5)).toEqual(['Выставки', '2026-12-01', '2026-12-10', 900, 'stand']);
    expect(edited[1]).toEqual(TAB[1]);
    expect(deleteManualCost(TAB, vk.ref).deletes).toEqual([2]);
    const renamed = renameCostSources(TAB, ['vk'], 'ВКонтакте', 'ru');
    expect(renamed && applied(TAB, renamed)[1][0]).toBe('ВКонтакте');
    expect(renameCostSources(TAB, ['Nobody'], 'X', 'ru')).toBeNull();
  });
});
