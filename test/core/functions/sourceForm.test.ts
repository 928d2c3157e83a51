import {
  evaluateSourceForm,
  isSourceForm,
  periodOfArgs,
  closestNames,
} from '../../../src/core/functions/sourceForm';
import { aggregateBySource } from '../../../src/core/engine/aggregate';
import { buildAdPayback } from '../../../src/core/reports/adPayback';
import { makeDateReader } from '../../../src/core/parse/date';
import { makeZone } from '../../../src/core/time/zone';
import { FunctionError } from '../../../src/core/functions/numberForm';
import {
  cost,
  dataset,
  day,
  lead,
  params,
  period,
  rule,
  settings,
  wonDeal,
  deal,
  times,
} from '../../helpers/dataset';

function sample() {
  return dataset({
    leads: [
      ...times(96, () => lead({ utmSource: 'vk', created: day('2026-11-05') })),
      ...times(4, () => lead({ utmSource: 'seo', created: day('2026-11-06') })),
    ],
    deals: [
      ...times(7, () => deal({ utmSource: 'vk', created: day('2026-11-10') })),
      ...times(3, () => wonDeal(35000, { utmSource: 'vk', created: day('2026-11-10') })),
    ],
    costs: [cost({ source: 'vk', date: day('2026-11-03'), cost: 46000, actions: 0 })],
    settings: settings({
      hasSourcesTab: true,
      sources: [rule('ВКонтакте', 'paid', ['vk']), rule('SEO', 'organic', ['seo'])],
    }),
  });
}

describe('custom functions, source form', () => {
  const p = period('2026-11-01', '2026-11-30');

  test('recognises the source form by its first argument', () => {
    expect(isSourceForm('ВКонтакте', undefined)).toBe(true);
    expect(isSourceForm('*', new Date())).toBe(true);
    expect(isSourceForm('', undefined)).toBe(true);
    expect(isSourceForm('', 5)).toBe(false);
    expect(isSourceForm('1 500', 3)).toBe(false);
    expect(isSourceForm(100, 3)).toBe(false);
  });

  test('equals the Ad payback report, source by source and for Total paid', () => {
    const ds = sample();
    const agg = aggregateBySource(ds, p, 'ru');
    const report = buildAdPayback(ds, params(p, { locale: 'ru' }));
    const vk = report.rows.find((r) => r.source === 'ВКонтакте')!;
    const paid = report.rows.find((r) => r.kind === 'totalPaid')!;
    expect(evaluateSourceForm('MARKETING_ROI', agg, 'вконтакте', 'ru')).toBe(vk.ratios.roi);
    expect(evaluateSourceForm('MARKETING_ROI', agg, '*', 'ru')).toBe(paid.ratios.roi);
    expect(evaluateSourceForm('CONVERSION', agg, 'ВКонтакте', 'ru')).toBe(vk.ratios.conversion);
    expect(evaluateSourceForm('COSTPERDEAL', agg, 'ВКонтакте', 'ru')).toBe(vk.ratios.costPerDeal);
    expect(evaluateSourceForm('COSTPERLEAD', agg, 'ВКонтакте', 'ru')).toBe(vk.ratios.costPerLead);
    expect(evaluateSourceForm('COSTPERWON', agg, 'ВКонтакте', 'ru')).toBe(vk.ratios.costPerWon);
    // The worked example: 3 won × 35,000 = 105,000 against 46,000.
    expect(vk.ratios.roi).toBeCloseTo(1.2826087, 6);
  });

  test('an undefined result is an error saying why', () => {
    const agg = aggregateBySource(sample(), p, 'en');
    expect(() => evaluateSourceForm('MARKETING_ROI', agg, 'SEO', 'en')).toThrow(/undefined.*"Cost" is 0/);
    expect(() => evaluateSourceForm('COSTPERACTION', agg, 'ВКонтакте', 'en')).toThrow(FunctionError);
  });

  test('an unknown source lists the closest known names', () => {
    const agg = aggregateBySource(sample(), p, 'en');
    expect(() => evaluateSourceForm('MARKETING_ROI', agg, 'Вконтакт', 'en')).toThrow(
      /no source named "Вконтакт".*ВКонтакте/,
    );
    expect(closestNames(agg, 'se')[0]).toBe('SEO');
  });

  test('period arguments: dates, text dates, serials; default the last 30 days', () => {
    const zone = makeZone('Europe/Moscow');
    const read = makeDateReader(zone);
    const today = day('2026-12-04');
    expect(periodOfArgs('MARKETING_ROI', undefined, undefined, today, read, 'en')).toEqual({
      from: day('2026-11-05'),
      to: day('2026-12-04'),
    });
    expect(periodOfArgs('MARKETING_ROI', '01.11.2026', '30.11.2026', today, read, 'ru')).toEqual(p);
    // A Date from a cell: 2026-11-01 00:00 Moscow is 2026-10-31T21:00Z.
    expect(
      periodOfArgs('MARKETING_ROI', new Date(Date.UTC(2026, 9, 31, 21)), [[46356]], today, read, 'en'),
    ).toEqual({
      from: day('2026-11-01'),
      to: day('2026-11-30'),
    });
    expect(() => periodOfArgs('MARKETING_ROI', '30.11.2026', '01.11.2026', today, read, 'en')).toThrow(
      /starts after/,
    );
    expect(() => periodOfArgs('MARKETING_ROI', 'вчера', undefined, today, read, 'en')).toThrow(
      /"вчера" is not a date/,
    );
  });
});
