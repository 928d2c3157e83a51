import { buildAdPayback } from '../../../src/core/reports/adPayback';
import { buildTrafficInfluence } from '../../../src/core/reports/trafficInfluence';
import type { Deal, Lead } from '../../../src/core/model';
import { dataset, day, deal, lead, params, period, times, wonDeal } from '../../helpers/dataset';
import { workedExample } from '../../helpers/workedExample';

const JAN = period('2024-01-01', '2024-01-31');

describe('Traffic influence on the worked example', () => {
  const ds = workedExample();
  const model = buildTrafficInfluence(ds, params(JAN));

  test('managers sorted by name, No responsible last; sources in Ad payback order', () => {
    expect(model.managers.map((m) => m.manager)).toEqual(['Anna', 'Boris', 'No responsible']);
    expect(model.managers[0].sources.map((s) => s.source)).toEqual(['VK', 'SEO']);
    expect(model.managers[2].sources.map((s) => s.source)).toEqual(['No source']);
  });

  test('cells count exactly the IDs they carry', () => {
    const vk = model.managers[0].sources[0].cell;
    expect(vk).toMatchObject({
      leads: 96,
      deals: 10,
      won: 3,
      revenue: 70_000,
      conversion: 3 / 96,
      flag: null,
    });
    expect(vk.leadIds).toHaveLength(96);
    expect(vk.dealIds).toEqual(times(10, (i) => `DVK${i}`));
    expect(vk.wonIds).toEqual(['DVK0', 'DVK1', 'DVK2']);
    const anna = model.managers[0].total;
    expect(anna).toMatchObject({ leads: 116, deals: 11, won: 4, revenue: 120_000 });
    expect(anna.wonIds).toEqual(['DVK0', 'DVK1', 'DVK2', 'DSEO0']);
  });

  test("the grand total equals Ad payback's Total", () => {
    const total = buildAdPayback(ds, params(JAN)).rows.find((r) => r.kind === 'total')!;
    expect(model.total).toMatchObject({
      leads: total.counts.leads,
      deals: total.counts.deals,
      won: total.counts.won,
      revenue: total.counts.revenue,
    });
    expect(model.total.leadIds).toHaveLength(125);
  });

  test('settings echoed for the sheet to state', () => {
    expect(model).toMatchObject({ alpha: 0.05, minSample: 10, unprocessedDays: 3 });
  });
});

/** n leads of one manager on one source, `won` of them converted into won deals. */
function cohort(manager: string, source: string, n: number, won: number): { leads: Lead[]; deals: Deal[] } {
  const leads = times(n, (i) =>
    lead({ id: `${manager}-${source}-L${i}`, utmSource: source, responsible: manager }),
  );
  const deals = times(won, (i) =>
    wonDeal(100, { id: `${manager}-${source}-D${i}`, leadId: leads[i].id, responsible: manager }),
  );
  return { leads, deals };
}

function merge(...parts: { leads: Lead[]; deals: Deal[] }[]) {
  return { leads: parts.flatMap((p) => p.leads), deals: parts.flatMap((p) => p.deals) };
}

describe('the significance flag', () => {
  test("fires on 2/60 against the others' 30/60, not on the better manager", () => {
    const ds = dataset(merge(cohort('Anna', 'vk', 60, 30), cohort('Boris', 'vk', 60, 2)));
    const m = buildTrafficInfluence(ds, params(JAN));
    const [anna, boris] = m.managers;
    expect(anna.sources[0].cell.flag).toBeNull();
    const flag = boris.sources[0].cell.flag;
    expect(flag).toMatchObject({ managerTrials: 60, othersTrials: 60, othersRate: 0.5 });
    expect(flag!.managerRate).toBeCloseTo(2 / 60, 12);
    expect(flag!.pValue / 1.5781042719150926e-9).toBeCloseTo(1, 9);
    expect(boris.total.flag).toBeNull();
  });

  test('does not fire on 0/5 against 3/5, even with a minimum sample of 5', () => {
    const ds = dataset({
      ...merge(cohort('Anna', 'vk', 5, 3), cohort('Boris', 'vk', 5, 0)),
      settings: { minSample: 5 },
    });
    const m = buildTrafficInfluence(ds, params(JAN));
    expect(m.managers.map((x) => x.sources[0].cell.flag)).toEqual([null, null]);
  });

  test('the others are every other manager on that source, and only that source', () => {
    const ds = dataset(
      merge(
        cohort('Anna', 'vk', 30, 15),
        cohort('Clara', 'vk', 30, 15),
        cohort('Boris', 'vk', 60, 2),
        cohort('Boris', 'seo', 60, 2),
      ),
    );
    const boris = buildTrafficInfluence(ds, params(JAN)).managers[1];
    expect(boris.manager).toBe('Boris');
    const vk = boris.sources.find((s) => s.source === 'vk')!.cell;
    expect(vk.flag).toMatchObject({ managerTrials: 60, othersTrials: 60, othersRate: 0.5 });
    // Nobody else works seo: no comparison, no flag.
    expect(boris.sources.find((s) => s.source === 'seo')!.cell.flag).toBeNull();
  });
});

describe('unprocessed leads', () => {
  test('open leads of the period older than the setting, as of the report day', () => {
    const ds = dataset({
      leads: [
        lead({ id: 'a', responsible: 'Anna', created: day('2024-01-20') }), // 11 days
        lead({ id: 'b', responsible: 'Anna', created: day('2024-01-27') }), // 4 days
        lead({ id: 'c', responsible: 'Anna', created: day('2024-01-28') }), // 3 days: not more than 3
        lead({ id: 'd', responsible: 'Anna', created: day('2024-01-02'), outcome: 'converted' }),
        lead({ id: 'e', responsible: 'Anna', created: day('2023-12-01') }), // outside the period
      ],
    });
    const m = buildTrafficInfluence(ds, params(JAN, { today: day('2024-01-31') }));
    expect(m.managers[0].unprocessed).toEqual({ count: 2, ids: ['a', 'b'], oldestDays: 11 });
  });

  test("deals belong to the deal's responsible; empty is No responsible (Russian label too)", () => {
    const ds = dataset({
      leads: [lead({ id: 'L1', responsible: 'Anna', utmSource: 'vk' })],
      deals: [deal({ id: 'D1', leadId: 'L1', responsible: '' })],
    });
    const m = buildTrafficInfluence(ds, params(JAN, { locale: 'ru' }));
    expect(m.managers.map((x) => [x.manager, x.total.leads, x.total.deals])).toEqual([
      ['Anna', 1, 0],
      ['Без ответственного', 0, 1],
    ]);
    expect(m.managers[1].sources[0]).toMatchObject({ source: 'vk', cell: { dealIds: ['D1'] } });
  });
});
