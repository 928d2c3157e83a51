import { buildDataQuality } from '../../../src/core/reports/dataQuality';
import type { Finding, QualityCheck, QualityCheckKey } from '../../../src/core/model';
import { cost, dataset, day, deal, lead, params, period, rule, wonDeal } from '../../helpers/dataset';

const JAN = period('2024-01-01', '2024-01-31');
const ref = (tab: string, row: number) => ({ tab, row, column: 'X' });

const findings: Finding[] = [
  { kind: 'unreadableValue', ref: ref('Leads', 5), id: 'L4', value: '12.13.2024' },
  { kind: 'missingValue', ref: ref('Deals', 3), id: 'D2' },
  { kind: 'duplicateId', ref: ref('Leads', 9), id: 'L1' },
  { kind: 'unknownLead', ref: ref('Deals', 7), id: 'D9' },
  { kind: 'unknownStage', ref: ref('Deals', 6), id: 'D5', value: 'Weird' },
  { kind: 'unknownStatus', ref: ref('Leads', 12), value: 'ODD' },
  { kind: 'unknownCurrency', ref: ref('Deals', 5), id: 'D4', value: 'XYZ' },
];

const ds = dataset({
  leads: [
    lead({ id: 'L1', utmSource: 'vk', outcome: 'converted' }),
    lead({ id: 'L2', utmSource: 'VK' }),
    lead({ id: 'L3', utmSource: 'tiktok' }),
    lead({ id: 'L4', utmSource: 'tiktok', outcome: 'junk' }),
    lead({ id: 'L5', utmSource: 'tiktok', outcome: 'converted' }),
    lead({ id: 'L6', crmSource: 'TikTok', outcome: 'converted' }),
    lead({ id: 'L7', utmSource: 'fb', outcome: 'converted' }),
    lead({ id: 'L8' }),
    lead({ id: 'L9', crmSource: 'radio', outcome: 'converted' }),
    lead({ id: 'L10', utmSource: 'tiktok', created: day('2023-12-10') }),
  ],
  deals: [
    wonDeal(1000, { id: 'D1', leadId: 'L1' }),
    deal({ id: 'D2' }),
    wonDeal(null, { id: 'D3', crmSource: 'tiktok' }),
    wonDeal(100, { id: 'D4', utmSource: 'vk', currency: 'XYZ' }),
    deal({ id: 'D5', utmSource: 'vk', stage: 'Weird', stageKnown: false }),
  ],
  costs: [
    cost({ row: 2, source: 'vk', cost: 5000 }),
    cost({ row: 3, source: 'fb', cost: 300, currency: 'EUR' }),
  ],
  findings,
  settings: { sources: [rule('VK', 'paid', ['vk']), rule('Radio', 'offline', ['radio'])] },
});
const model = buildDataQuality(ds, params(JAN));
const byKey = (k: QualityCheckKey): QualityCheck => model.checks.find((c) => c.key === k)!;

describe('Data quality: the five rules', () => {
  test('checks in order', () => {
    expect(model.checks.map((c) => c.key)).toEqual([
      'unmatchedSourceValues',
      'recordsWithoutSource',
      'leadsWithoutOutcome',
      'dealsWithoutOutcome',
      'wonWithoutAmount',
      'paidSourcesWithoutCost',
      'unreadableValues',
      'duplicateIds',
      'unknownLeads',
      'unknownCurrencies',
      'unknownStages',
    ]);
  });

  test('unmatched source values: 5 × tiktok (4 leads, 1 deal) and 2 × fb (a lead, a cost row) of 16 records', () => {
    expect(byKey('unmatchedSourceValues')).toEqual({
      key: 'unmatchedSourceValues',
      count: 7,
      total: 16,
      share: 7 / 16,
      examples: ['tiktok', 'fb'],
      status: 'warning',
    });
    expect(model.unmatchedValues).toEqual([
      { value: 'tiktok', count: 5 },
      { value: 'fb', count: 2 },
    ]);
  });

  test('records without a source: a lead and a direct deal of 14', () => {
    expect(byKey('recordsWithoutSource')).toMatchObject({ count: 2, total: 14, examples: ['L8', 'D2'] });
  });

  test('leads and deals without an outcome (an unknown stage counts as open)', () => {
    expect(byKey('leadsWithoutOutcome')).toMatchObject({ count: 3, total: 9, examples: ['L2', 'L3', 'L8'] });
    expect(byKey('dealsWithoutOutcome')).toMatchObject({ count: 2, total: 5, examples: ['D2', 'D5'] });
  });

  test('won without amount is an error', () => {
    expect(byKey('wonWithoutAmount')).toMatchObject({
      count: 1,
      total: 3,
      examples: ['D3'],
      status: 'error',
    });
  });

  test('paid sources without cost: Radio (none) and fb (its only cost is in an unknown currency)', () => {
    expect(byKey('paidSourcesWithoutCost')).toMatchObject({
      count: 2,
      total: 3,
      examples: ['fb', 'Radio'],
      status: 'error',
    });
  });
});

describe('Data quality: reading findings', () => {
  test('unreadable and missing values, duplicate IDs, unknown leads', () => {
    expect(byKey('unreadableValues')).toMatchObject({
      count: 2,
      total: 17,
      examples: ['L4', 'D2'],
      status: 'warning',
    });
    expect(byKey('duplicateIds')).toMatchObject({ count: 1, total: 15, examples: ['L1'], status: 'error' });
    expect(byKey('unknownLeads')).toMatchObject({ count: 1, total: 5, examples: ['D9'] });
  });

  test("unknown currencies: the reader's and the engine's, each record once", () => {
    expect(byKey('unknownCurrencies')).toMatchObject({
      count: 2,
      total: 7,
      examples: ['D4', 'EUR:3'],
      status: 'error',
    });
  });

  test('unknown stages and statuses, each record once', () => {
    expect(byKey('unknownStages')).toMatchObject({ count: 2, total: 15, examples: ['D5', 'Leads:12'] });
  });
});

describe('Data quality edge cases', () => {
  test('no Sources tab: every value is unmatched, a warning that sources are not set up', () => {
    const zero = dataset({ leads: [lead({ utmSource: 'google' }), lead({ crmSource: 'CALL' }), lead({})] });
    const m = buildDataQuality(zero, params(JAN));
    expect(m.checks[0]).toMatchObject({ count: 2, total: 3, status: 'warning' });
    expect(m.checks[1]).toMatchObject({ count: 1, total: 3, status: 'warning' });
  });

  test('an empty dataset: every check ok, shares blank', () => {
    const m = buildDataQuality(dataset(), params(JAN));
    expect(m.checks.every((c) => c.status === 'ok' && c.count === 0 && c.share === null)).toBe(true);
    expect(m.unmatchedValues).toEqual([]);
  });
});
