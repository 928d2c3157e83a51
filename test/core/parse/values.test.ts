import { parseYesNo } from '../../../src/core/parse/boolean';
import { isCurrencyCode, normaliseCurrency } from '../../../src/core/parse/currency';
import { cellText, isBlank, quoteCell } from '../../../src/core/parse/text';

describe('currency codes', () => {
  test.each([
    ['RUB', 'RUB'],
    [' rub ', 'RUB'],
    ['RUR', 'RUB'],
    ['rur', 'RUB'],
    ['₽', 'RUB'],
    ['руб', 'RUB'],
    ['руб.', 'RUB'],
    ['Руб.', 'RUB'],
    ['р.', 'RUB'],
    ['$', 'USD'],
    ['usd', 'USD'],
    ['€', 'EUR'],
    ['eur', 'EUR'],
    ['kzt', 'KZT'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (text, code) => {
    expect(normaliseCurrency(text)).toBe(code);
  });

  test('isCurrencyCode wants three Latin letters', () => {
    expect(isCurrencyCode('RUB')).toBe(true);
    expect(isCurrencyCode('РУБЛИ')).toBe(false);
    expect(isCurrencyCode('US')).toBe(false);
  });
});

describe('yes/no', () => {
  test.each([
    [true, true],
    [false, false],
    ['yes', true],
    ['Да', true],
    ['TRUE', true],
    ['no', false],
    ['нет', false],
    ['FALSE', false],
    [1, true],
    [0, false],
  ] as const)('%j → %p', (cell, expected) => {
    expect(parseYesNo(cell)).toBe(expected);
  });

  test('anything else is null', () => {
    expect(parseYesNo('maybe')).toBeNull();
    expect(parseYesNo(2)).toBeNull();
    expect(parseYesNo('')).toBeNull();
  });
});

describe('text cells', () => {
  test('blank means empty text or spaces only', () => {
    expect(isBlank('')).toBe(true);
    expect(isBlank('  \u00a0')).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
  });

  test('cellText trims text and writes numbers plainly', () => {
    expect(cellText('  VK ')).toBe('VK');
    expect(cellText(123)).toBe('123');
    expect(cellText(NaN)).toBe('');
    expect(cellText(true)).toBe('TRUE');
  });

  test('quoteCell keeps at most 200 characters', () => {
    expect(quoteCell('x'.repeat(500))).toHaveLength(200);
    expect(quoteCell(new Date('2026-03-01T00:00:00Z'))).toBe('2026-03-01T00:00:00.000Z');
    expect(quoteCell(false)).toBe('FALSE');
  });
});
