import { manualShare } from '../../../src/core/engine/costs';
import { wonInPeriod } from '../../../src/core/engine/period';
import { isoOfDay, previousPeriod } from '../../../src/core/time/days';
import { day, deal, manualCost, period, wonDeal } from '../../helpers/dataset';

const iso = (p: { from: number; to: number }) => [isoOfDay(p.from), isoOfDay(p.to)];

describe('previous window', () => {
  test('a 31-day month: January 2024 → 1–31 December 2023', () => {
    expect(iso(previousPeriod(period('2024-01-01', '2024-01-31')))).toEqual(['2023-12-01', '2023-12-31']);
  });

  test('around a leap day: 1–31 March 2028 → 30 January–29 February 2028', () => {
    expect(iso(previousPeriod(period('2028-03-01', '2028-03-31')))).toEqual(['2028-01-30', '2028-02-29']);
  });

  test('February 2024 (29 days) → 3–31 January 2024', () => {
    expect(iso(previousPeriod(period('2024-02-01', '2024-02-29')))).toEqual(['2024-01-03', '2024-01-31']);
  });
});

describe('manual costs spread per day', () => {
  const m = manualCost({ amount: 31_000, from: day('2024-01-16'), to: day('2024-02-15') });

  test('31,000 over 16 Jan–15 Feb: January gets 16/31, February 15/31', () => {
    const jan = manualShare(m, period('2024-01-01', '2024-01-31'));
    const feb = manualShare(m, period('2024-02-01', '2024-02-29'));
    expect(jan).toBe(16 / 31);
    expect(feb).toBe(15 / 31);
    expect(m.amount * jan).toBeCloseTo(16_000, 9);
    expect(m.amount * feb).toBeCloseTo(15_000, 9);
  });

  test('disjoint and inverted ranges give nothing', () => {
    expect(manualShare(m, period('2024-03-01', '2024-03-31'))).toBe(0);
    expect(
      manualShare(
        manualCost({ from: day('2024-01-10'), to: day('2024-01-05') }),
        period('2024-01-01', '2024-01-31'),
      ),
    ).toBe(0);
  });
});

describe('won deals', () => {
  const jan = period('2024-01-01', '2024-01-31');
  const createdDec = { created: day('2023-12-20'), closed: day('2024-01-05') };

  test('by creation day (cohort) by default', () => {
    expect(wonInPeriod(wonDeal(100, createdDec), jan, false)).toBe(false);
    expect(
      wonInPeriod(wonDeal(100, { created: day('2024-01-20'), closed: day('2024-02-05') }), jan, false),
    ).toBe(true);
    expect(wonInPeriod(deal({ created: day('2024-01-20') }), jan, false)).toBe(false);
  });

  test('★ by close day when asked; no close date falls back to the creation day', () => {
    expect(wonInPeriod(wonDeal(100, createdDec), jan, true)).toBe(true);
    expect(
      wonInPeriod(wonDeal(100, { created: day('2024-01-20'), closed: day('2024-02-05') }), jan, true),
    ).toBe(false);
    expect(wonInPeriod(wonDeal(100, { created: day('2024-01-20'), closed: null }), jan, true)).toBe(true);
  });
});
