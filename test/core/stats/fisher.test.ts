import { fisherLowerTail } from '../../../src/core/stats/fisher';
import { logFactorial } from '../../../src/core/stats/logFactorial';
import { lowerConversionFlag } from '../../../src/core/stats/managerFlag';

describe('logFactorial', () => {
  test('exact small values and large ones without overflow', () => {
    expect(logFactorial(0)).toBe(0);
    expect(Math.exp(logFactorial(5))).toBeCloseTo(120, 9);
    expect(Math.exp(logFactorial(10))).toBeCloseTo(3_628_800, 4);
    // ln(1000!) = lgamma(1001) = 5912.128178488163
    expect(logFactorial(1000)).toBeCloseTo(5912.128178488163, 8);
  });
});

describe("Fisher's exact test, lower tail", () => {
  test('the lady tasting tea: [[1,3],[3,1]] → P(X ≤ 1) = 17/70', () => {
    expect(fisherLowerTail(1, 3, 3, 1)).toBeCloseTo(17 / 70, 12);
  });

  test('0/5 vs 3/5: P(X ≤ 0) = C(5,0)·C(5,3) ÷ C(10,3) = 10/120', () => {
    expect(fisherLowerTail(0, 5, 3, 2)).toBeCloseTo(10 / 120, 12);
  });

  test('the whole distribution sums to 1', () => {
    expect(fisherLowerTail(5, 0, 0, 5)).toBeCloseTo(1, 12);
  });

  test('2/60 vs 30/60: Σ_{x≤2} C(60,x)·C(60,32−x) ÷ C(120,32) = 1.5781042719e-9 (exact rational sum)', () => {
    const p = fisherLowerTail(2, 58, 30, 30);
    expect(p / 1.5781042719150926e-9).toBeCloseTo(1, 9);
  });
});

describe('lowerConversionFlag', () => {
  const base = { alpha: 0.05, minSample: 10 };

  test('fires on a manager at 2/60 against others at 30/60', () => {
    const f = lowerConversionFlag({
      ...base,
      managerWon: 2,
      managerTrials: 60,
      othersWon: 30,
      othersTrials: 60,
    });
    expect(f).not.toBeNull();
    expect(f!.managerRate).toBeCloseTo(2 / 60, 12);
    expect(f!.othersRate).toBe(0.5);
    expect(f!.pValue).toBeLessThan(0.05);
  });

  test('does not fire on 0/5 against 3/5: below the minimum sample, and p = 0.083 anyway', () => {
    const t = { managerWon: 0, managerTrials: 5, othersWon: 3, othersTrials: 5 };
    expect(lowerConversionFlag({ ...base, ...t })).toBeNull();
    expect(lowerConversionFlag({ alpha: 0.05, minSample: 5, ...t })).toBeNull();
  });

  test('needs the minimum sample on the others side too, and only flags the worse side', () => {
    expect(
      lowerConversionFlag({ ...base, managerWon: 2, managerTrials: 60, othersWon: 5, othersTrials: 9 }),
    ).toBeNull();
    expect(
      lowerConversionFlag({ ...base, managerWon: 30, managerTrials: 60, othersWon: 2, othersTrials: 60 }),
    ).toBeNull();
  });
});
