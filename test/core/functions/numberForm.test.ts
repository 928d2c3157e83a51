import { evaluateNumberForm, FunctionError } from '../../../src/core/functions/numberForm';

describe('custom functions, number form', () => {
  test('scalars: ROI, conversion and cost per unit as fractions', () => {
    expect(evaluateNumberForm('MARKETING_ROI', 105000, 46000, 'en')).toBeCloseTo(1.2826087, 6);
    expect(evaluateNumberForm('CONVERSION', 96, 10, 'en')).toBeCloseTo(10 / 96, 10);
    expect(evaluateNumberForm('COSTPERDEAL', 46000, 23, 'en')).toBe(2000);
    expect(evaluateNumberForm('COSTPERLEAD', 46000, 460, 'en')).toBe(100);
    expect(evaluateNumberForm('COSTPERWON', 46000, 4, 'en')).toBe(11500);
    expect(evaluateNumberForm('COSTPERACTION', 46000, 2300, 'en')).toBe(20);
  });

  test('a scalar zero divisor raises an error saying why, in the user language', () => {
    expect(() => evaluateNumberForm('MARKETING_ROI', 100, 0, 'en')).toThrow(/undefined.*"cost" is 0/);
    expect(() => evaluateNumberForm('MARKETING_ROI', 100, 0, 'ru')).toThrow(/не определён.*«расход» равно 0/);
    expect(() => evaluateNumberForm('CONVERSION', 0, 5, 'en')).toThrow(/"from" is 0/);
    expect(() => evaluateNumberForm('COSTPERDEAL', 10, 0, 'en')).toThrow(FunctionError);
  });

  test('same-shape ranges give a same-shape result; zero divisors and blanks are blank', () => {
    const revenue = [
      [200, 300],
      [0, ''],
    ];
    const cost = [
      [100, 0],
      [50, 10],
    ];
    expect(evaluateNumberForm('MARKETING_ROI', revenue, cost, 'en')).toEqual([
      [1, ''],
      [-1, ''],
    ]);
  });

  test('a scalar with a range broadcasts, on either side', () => {
    expect(evaluateNumberForm('COSTPERLEAD', 1000, [[10], [20], [0]], 'en')).toEqual([[100], [50], ['']]);
    expect(evaluateNumberForm('COSTPERLEAD', [[1000, 500]], 10, 'en')).toEqual([[100, 50]]);
  });

  test('a 1×1 range is a single cell: scalar semantics', () => {
    expect(evaluateNumberForm('COSTPERDEAL', [[100]], [[4]], 'en')).toBe(25);
    expect(() => evaluateNumberForm('COSTPERDEAL', [[100]], [[0]], 'en')).toThrow(FunctionError);
  });

  test('text numbers read as in the data tabs, Russian and English', () => {
    expect(evaluateNumberForm('COSTPERDEAL', '1 500,50 ₽', 3, 'ru')).toBeCloseTo(500.1666667, 6);
    expect(evaluateNumberForm('COSTPERDEAL', '1,500.50', '3', 'en')).toBeCloseTo(500.1666667, 6);
    expect(evaluateNumberForm('MARKETING_ROI', [['2\u00a0000']], [['1 000']], 'ru')).toBe(1);
  });

  test('other text raises an error naming the argument and the cell of the range', () => {
    expect(() => evaluateNumberForm('MARKETING_ROI', 'пять', 10, 'ru')).toThrow(/«доход».*«пять» — не число/);
    expect(() => evaluateNumberForm('COSTPERDEAL', [[1], [2]], [[1], ['many']], 'en')).toThrow(
      /"deals", row 2, column 1 of the range: "many" is not a number/,
    );
    expect(() => evaluateNumberForm('COSTPERDEAL', true, 1, 'en')).toThrow(/"cost".*is not a number/);
  });

  test('ranges of different shapes are refused with both shapes', () => {
    expect(() => evaluateNumberForm('CONVERSION', [[1, 2]], [[1], [2]], 'en')).toThrow(/1×2 and 2×1/);
  });

  test('an empty scalar argument is an error, not 0', () => {
    expect(() => evaluateNumberForm('COSTPERLEAD', '', 5, 'en')).toThrow(/argument "cost" is empty/);
  });
});
