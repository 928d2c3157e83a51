import {
  aggregateBySource,
  findSource,
  sourceNames,
  totalCounts,
  totalPaidCounts,
} from '../../../src/core/engine/aggregate';
import { ratiosOf } from '../../../src/core/engine/metrics';
import { cost, dataset, day, deal, lead, manualCost, period, rule, wonDeal } from '../../helpers/dataset';
import { workedExample } from '../../helpers/workedExample';

const JAN = period('2024-01-01', '2024-01-31');
const FEB = period('2024-02-01', '2024-02-29');

describe('the DESIGN worked example', () => {
  const agg = aggregateBySource(workedExample(), JAN, 'en');

  test('VK: 96 leads → 10 deals → 3 won', () => {
    const vk = findSource(agg, 'vk');
    expect(vk?.counts).toEqual({
      cost: 30_000,
      impressions: 15_000,
      actions: 0,
      leads: 96,
      deals: 10,
      won: 3,
      revenue: 70_000,
    });
    const r = ratiosOf(vk!.counts);
    expect(r.leadToDeal).toBe(10 / 96);
    expect(r.dealToWon).toBe(0.3);
    expect(r.conversion).toBe(3 / 96);
  });

  test('paid sources: 46,000 → 105,000, ROI 128.26%', () => {
    const paid = totalPaidCounts(agg);
    expect(paid.cost).toBe(46_000);
    expect(paid.revenue).toBe(105_000);
    expect(ratiosOf(paid).roi).toBeCloseTo(1.2826, 4);
  });

  test('Total adds organic and No source', () => {
    const all = totalCounts(agg);
    expect(all).toMatchObject({ leads: 125, deals: 13, won: 5, revenue: 155_000, cost: 46_000 });
    expect(ratiosOf(all).roi).toBeCloseTo(109_000 / 46_000, 12);
  });

  test('report order: paid by cost, organic, No source last; JSON-safe', () => {
    expect(sourceNames(agg)).toEqual(['VK', 'Yandex', 'SEO', 'No source']);
    expect(JSON.parse(JSON.stringify(agg))).toEqual(agg);
  });

  test('memoised per dataset, period and locale', () => {
    const ds = workedExample();
    expect(aggregateBySource(ds, JAN, 'en')).toBe(aggregateBySource(ds, { ...JAN }, 'en'));
    expect(sourceNames(aggregateBySource(ds, JAN, 'ru'))).toContain('Без источника');
  });
});

describe('costs', () => {
  test('a manual cost spanning a month boundary splits by days; its actions too', () => {
    const ds = dataset({
      settings: {
        manualCosts: [
          manualCost({
            source: 'Billboard',
            amount: 31_000,
            actions: 62,
            from: day('2024-01-16'),
            to: day('2024-02-15'),
          }),
        ],
      },
    });
    const jan = findSource(aggregateBySource(ds, JAN, 'en'), 'Billboard')!;
    const feb = findSource(aggregateBySource(ds, FEB, 'en'), 'Billboard')!;
    expect(jan.counts.cost).toBeCloseTo(16_000, 9);
    expect(jan.counts.actions).toBeCloseTo(32, 9);
    expect(feb.counts.cost).toBeCloseTo(15_000, 9);
    // Zero configuration: a source with a manual cost counts as paid.
    expect(jan.type).toBe('paid');
  });

  test('currencies convert with the rates; an unknown one is left out, never summed as base', () => {
    const ds = dataset({
      costs: [
        cost({ source: 'fb', cost: 100, currency: 'USD', actions: 10 }),
        cost({ source: 'fb', cost: 500, currency: 'RUB' }),
        cost({ source: 'fb', cost: 70, currency: 'XYZ', actions: 5 }),
      ],
      deals: [
        wonDeal(10, { utmSource: 'fb', currency: 'USD' }),
        wonDeal(1000, { utmSource: 'fb', currency: '' }),
        wonDeal(999, { utmSource: 'fb', currency: 'GBP' }),
        wonDeal(null, { utmSource: 'fb' }),
      ],
      settings: { rates: { USD: 90 } },
    });
    const fb = findSource(aggregateBySource(ds, JAN, 'en'), 'fb')!;
    expect(fb.counts.cost).toBe(100 * 90 + 500);
    expect(fb.counts.actions).toBe(15);
    expect(fb.counts.won).toBe(4);
    expect(fb.counts.revenue).toBe(10 * 90 + 1000);
  });
});

describe('periods', () => {
  test('leads, deals and won counted by creation day; ★ won and revenue by close day when set', () => {
    const deals = [
      wonDeal(100, { utmSource: 'x', created: day('2023-12-20'), closed: day('2024-01-05') }),
      wonDeal(200, { utmSource: 'x', created: day('2024-01-20'), closed: day('2024-02-03') }),
      wonDeal(400, { utmSource: 'x', created: day('2024-01-21'), closed: null }),
      deal({ utmSource: 'x', created: day('2024-01-22') }),
    ];
    const leads = [
      lead({ utmSource: 'x', created: day('2024-01-31') }),
      lead({ utmSource: 'x', created: day('2024-02-01') }),
    ];
    const cohort = findSource(aggregateBySource(dataset({ leads, deals }), JAN, 'en'), 'x')!.counts;
    expect(cohort).toMatchObject({ leads: 1, deals: 3, won: 2, revenue: 600 });
    const byClose = dataset({ leads, deals, settings: { wonByCloseDate: true } });
    expect(findSource(aggregateBySource(byClose, JAN, 'en'), 'x')!.counts).toMatchObject({
      leads: 1,
      deals: 3,
      won: 2,
      revenue: 500,
    });
  });

  test('unknown stage counts as open: a deal, not won', () => {
    const ds = dataset({ deals: [deal({ utmSource: 'x', stage: 'Weird', stageKnown: false, amount: 500 })] });
    expect(findSource(aggregateBySource(ds, JAN, 'en'), 'x')!.counts).toMatchObject({
      deals: 1,
      won: 0,
      revenue: 0,
    });
  });
});

describe('typing', () => {
  test('zero configuration: sources with cost rows are paid, others organic, No source last', () => {
    const ds = dataset({
      leads: [
        lead({ utmSource: 'google' }),
        lead({ crmSource: 'CALL' }),
        lead({}),
        lead({ utmSource: 'GOOGLE' }),
      ],
      costs: [
        cost({ source: 'Google', cost: 10 }),
        cost({ source: 'google', cost: 5, date: day('2023-06-01') }),
      ],
    });
    const agg = aggregateBySource(ds, JAN, 'en');
    expect(agg.sources.map((s) => [s.name, s.type, s.counts.leads])).toEqual([
      ['google', 'paid', 2],
      ['CALL', 'organic', 1],
      ['No source', 'organic', 1],
    ]);
  });

  test('with a Sources tab: rule sources always listed; unmatched values join as their own sources', () => {
    const ds = dataset({
      leads: [lead({ utmSource: 'tiktok' }), lead({ utmSource: 'fb_ads' })],
      costs: [cost({ source: 'fb_ads', cost: 300 })],
      settings: { sources: [rule('VK', 'paid', ['vk']), rule('Radio', 'offline', ['radio'])] },
    });
    const agg = aggregateBySource(ds, JAN, 'en');
    expect(agg.sources.map((s) => [s.name, s.type])).toEqual([
      ['fb_ads', 'paid'],
      ['Radio', 'offline'],
      ['VK', 'paid'],
      ['tiktok', 'organic'],
    ]);
  });
});
