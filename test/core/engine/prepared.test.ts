import { aggregateBySource } from '../../../src/core/engine/aggregate';
import { prepareDataset } from '../../../src/core/engine/prepared';
import { readWorkbook } from '../../../src/core/read/workbook';
import { dataset, day, deal, lead, period, wonDeal } from '../../helpers/dataset';

const JAN = period('2024-01-01', '2024-01-31');

describe('prepareDataset', () => {
  test('memoised per dataset and locale, so the three reports share one', () => {
    const ds = dataset({ leads: [lead({ utmSource: 'vk' })] });
    expect(prepareDataset(ds, 'en')).toBe(prepareDataset(ds, 'en'));
    expect(prepareDataset(ds, 'ru')).not.toBe(prepareDataset(ds, 'en'));
    expect(aggregateBySource(ds, JAN, 'en')).toBe(aggregateBySource(ds, { ...JAN }, 'en'));
  });

  test('day columns: creation days, and the day a won deal counts (NaN when not won)', () => {
    const deals = [
      deal({ created: day('2024-01-05') }),
      wonDeal(100, { created: day('2024-01-06'), closed: day('2024-02-01') }),
      wonDeal(100, { created: day('2024-01-07'), closed: null }),
    ];
    const leads = [lead({ created: day('2024-01-03') })];
    const cohort = prepareDataset(dataset({ leads, deals }), 'en');
    expect(Array.from(cohort.leadCreated)).toEqual([day('2024-01-03')]);
    expect(Array.from(cohort.dealCreated)).toEqual([day('2024-01-05'), day('2024-01-06'), day('2024-01-07')]);
    expect(Array.from(cohort.dealWonDay)).toEqual([NaN, day('2024-01-06'), day('2024-01-07')]);
    const byClose = prepareDataset(dataset({ leads, deals, settings: { wonByCloseDate: true } }), 'en');
    // By close day; a won deal with no close date falls back to its creation day.
    expect(Array.from(byClose.dealWonDay)).toEqual([NaN, day('2024-02-01'), day('2024-01-07')]);
  });

  test('records of unknown status or stage are listed by index', () => {
    const prep = prepareDataset(
      dataset({
        leads: [lead(), lead({ statusKnown: false }), lead({ statusKnown: false })],
        deals: [deal({ stageKnown: false }), deal()],
      }),
      'en',
    );
    expect(prep.unknownStatusLeads).toEqual([1, 2]);
    expect(prep.unknownStageDeals).toEqual([0]);
  });

  test('a deal with no source takes its lead’s; with repeated lead IDs the first lead wins', () => {
    const ds = dataset({
      leads: [lead({ id: 'A', utmSource: 'vk' }), lead({ id: 'A', utmSource: 'fb' }), lead({ id: 'B' })],
      deals: [deal({ leadId: 'A' }), deal({ leadId: 'B' }), deal({ leadId: 'C' })],
    });
    const prep = prepareDataset(ds, 'en');
    const name = (id: number): string => prep.resolver.sources[id].name;
    expect(Array.from(prep.dealSource).map(name)).toEqual(['vk', 'No source', 'No source']);
  });

  test('through the reader’s numeric ID index: numeric and text Lead cells find their lead', () => {
    const ds = readWorkbook(
      [
        {
          name: 'Лиды',
          values: [
            ['ID', 'Дата создания', 'UTM Source'],
            [10, '05.01.2024', 'vk'],
            [11, '05.01.2024', 'fb'],
            [13, '05.01.2024', ''],
          ],
        },
        {
          name: 'Сделки',
          values: [
            ['ID', 'Дата создания', 'Сумма', 'Стадия сделки', 'ID лида'],
            [1, '06.01.2024', 100, 'NEW', 11],
            [2, '06.01.2024', 100, 'NEW', '10'],
            [3, '06.01.2024', 100, 'NEW', 12],
            [4, '06.01.2024', 100, 'NEW', '010'],
          ],
        },
      ],
      { timeZone: 'UTC' },
    );
    const prep = prepareDataset(ds, 'en');
    const name = (id: number): string => prep.resolver.sources[id].name;
    expect(Array.from(prep.dealSource).map(name)).toEqual(['fb', 'vk', 'No source', 'No source']);
    // 12 and '010' name no lead: reported by the reader.
    expect(ds.findings.filter((f) => f.kind === 'unknownLead').map((f) => f.value)).toEqual(['12', '010']);
  });
});
