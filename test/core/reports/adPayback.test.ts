import { aggregateBySource, totalPaidCounts } from '../../../src/core/engine/aggregate';
import { ratiosOf } from '../../../src/core/engine/metrics';
import { buildAdPayback } from '../../../src/core/reports/adPayback';
import { cost, dataset, day, deal, lead, params, period, times, wonDeal } from '../../helpers/dataset';
import { workedExample } from '../../helpers/workedExample';

const JAN = period('2024-01-01', '2024-01-31');

describe('Ad payback on the worked example', () => {
  const ds = workedExample();
  const model = buildAdPayback(ds, params(JAN));

  test('rows: paid sources, Total paid, organic, No source, Total', () => {
    expect(model.rows.map((r) => [r.kind, r.source, r.type])).toEqual([
      ['source', 'VK', 'paid'],
      ['source', 'Yandex', 'paid'],
      ['totalPaid', 'Total paid', null],
      ['source', 'SEO', 'organic'],
      ['source', 'No source', 'organic'],
      ['total', 'Total', null],
    ]);
    expect(model.rows.every((r) => r.changes === null)).toBe(true);
  });

  test('Total paid: 46,000 → 105,000, ROI 128.26%; KPIs are its ratios', () => {
    const paid = model.rows[2];
    expect(paid.counts).toMatchObject({ cost: 46_000, revenue: 105_000, leads: 100, deals: 12, won: 4 });
    expect(paid.ratios.roi).toBeCloseTo(1.2826, 4);
    expect(model.kpis.map((k) => k.key)).toEqual(['costPerAction', 'costPerDeal', 'costPerWon', 'roi']);
    expect(model.kpis.map((k) => k.current)).toEqual([null, 46_000 / 12, 11_500, 59_000 / 46_000]);
    expect(model.kpis[3].delta).toEqual({ previous: null, change: null, good: null });
  });

  test('VK row ratios; the Total row is the ratio of sums', () => {
    const vk = model.rows[0];
    expect(vk.ratios.leadToDeal).toBe(10 / 96);
    expect(vk.ratios.dealToWon).toBe(0.3);
    expect(vk.ratios.conversion).toBe(3 / 96);
    const total = model.rows[5];
    expect(total.ratios.conversion).toBe(5 / 125);
    expect(total.ratios.roi).toBe((155_000 - 46_000) / 46_000);
  });

  test('SEO: no cost → ROI blank (not 0); cost per won deal 0', () => {
    const seo = model.rows[3];
    expect(seo.ratios.roi).toBeNull();
    expect(seo.ratios.costPerWon).toBe(0);
    expect(seo.counts.cost).toBe(0);
  });

  test('chart per source, totals excluded; header', () => {
    expect(model.chart).toEqual([
      { source: 'VK', actions: 0, leads: 96, deals: 10, won: 3 },
      { source: 'Yandex', actions: 0, leads: 4, deals: 2, won: 1 },
      { source: 'SEO', actions: 0, leads: 20, deals: 1, won: 1 },
      { source: 'No source', actions: 0, leads: 5, deals: 0, won: 0 },
    ]);
    expect(model.header).toEqual({
      period: JAN,
      previous: null,
      baseCurrency: 'RUB',
      generatedAt: '2024-02-01T09:00:00.000Z',
      locale: 'en',
    });
  });

  test('identical to the aggregate the custom functions read', () => {
    const paid = totalPaidCounts(aggregateBySource(ds, JAN, 'en'));
    expect(model.rows[2].counts).toEqual(paid);
    expect(model.kpis[3].current).toBe(ratiosOf(paid).roi);
  });

  test('Russian labels', () => {
    const ru = buildAdPayback(ds, params(JAN, { locale: 'ru' }));
    expect(ru.rows.map((r) => r.source)).toEqual([
      'VK',
      'Yandex',
      'Итого платные',
      'SEO',
      'Без источника',
      'Итого',
    ]);
  });
});

describe('Ad payback vs the previous period', () => {
  // December: cost 1000, 10 leads, 4 deals, 1 won for 1500. January: cost 1200, 20 leads, 4 deals, 2 won for 3000.
  const month = (m: 'dec' | 'jan') => (m === 'dec' ? day('2023-12-15') : day('2024-01-15'));
  const ds = dataset({
    leads: [
      ...times(10, () => lead({ utmSource: 'ads', created: month('dec') })),
      ...times(20, () => lead({ utmSource: 'ads', created: month('jan') })),
    ],
    deals: [
      wonDeal(1500, { utmSource: 'ads', created: month('dec') }),
      ...times(3, () => deal({ utmSource: 'ads', created: month('dec') })),
      ...times(2, () => wonDeal(1500, { utmSource: 'ads', created: month('jan') })),
      ...times(2, () => deal({ utmSource: 'ads', created: month('jan') })),
    ],
    costs: [
      cost({ source: 'ads', cost: 1000, date: month('dec') }),
      cost({ source: 'ads', cost: 1200, date: month('jan') }),
    ],
  });
  const model = buildAdPayback(ds, params(JAN, { compare: true }));

  test('the header names the previous window', () => {
    expect(model.header.previous).toEqual(period('2023-12-01', '2023-12-31'));
  });

  test('KPIs: cost per deal 250 → 300 (bad), cost per won 1000 → 600 (good), ROI 50% → 150% (good)', () => {
    const [perAction, perDeal, perWon, roi] = model.kpis;
    expect(perAction.delta).toEqual({ previous: null, change: null, good: null });
    expect(perDeal).toEqual({
      key: 'costPerDeal',
      current: 300,
      delta: { previous: 250, change: 0.2, good: false },
    });
    expect(perWon).toEqual({
      key: 'costPerWon',
      current: 600,
      delta: { previous: 1000, change: -0.4, good: true },
    });
    expect(roi).toEqual({ key: 'roi', current: 1.5, delta: { previous: 0.5, change: 2, good: true } });
  });

  test('row changes with their direction; blank where previous is 0', () => {
    const ads = model.rows[0];
    expect(ads.changes?.leads).toEqual({ previous: 10, change: 1, good: true });
    expect(ads.changes?.cost).toEqual({ previous: 1000, change: 0.2, good: null });
    expect(ads.changes?.deals).toEqual({ previous: 4, change: 0, good: null });
    expect(ads.changes?.actions).toEqual({ previous: 0, change: null, good: null });
  });
});
