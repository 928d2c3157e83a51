import { parseNumber, parseNumberText } from '../../../src/core/parse/number';

describe('parseNumber: numbers from cells', () => {
  test('JS numbers pass; NaN and Infinity are unreadable', () => {
    expect(parseNumber(1500.5)).toBe(1500.5);
    expect(parseNumber(0)).toBe(0);
    expect(parseNumber(-3)).toBe(-3);
    expect(parseNumber(NaN)).toBeNull();
    expect(parseNumber(Infinity)).toBeNull();
    expect(parseNumber(-Infinity)).toBeNull();
  });

  test('booleans and Dates are unreadable, never 0', () => {
    expect(parseNumber(true)).toBeNull();
    expect(parseNumber(false)).toBeNull();
    expect(parseNumber(new Date(2026, 2, 1))).toBeNull();
  });

  test.each([
    ['1500', 1500],
    ['-1500', -1500],
    ['1 500', 1500],
    ['1 500 000', 1_500_000],
    ['1\u00a0500', 1500],
    ['1\u202f500,50', 1500.5],
    ['1\u2009500', 1500],
    ["1'500.50", 1500.5],
    ['1’500', 1500],
    ['1 500,50 ₽', 1500.5],
    ['1 500,50\u00a0₽', 1500.5],
    ['1 500 руб.', 1500],
    ['1 500 руб', 1500],
    ['1500р.', 1500],
    ['1500 р', 1500],
    ['₽1 500', 1500],
    ['$1,500.50', 1500.5],
    ['1,500.50', 1500.5],
    ['1.500,50', 1500.5],
    ['1.500.000,25', 1_500_000.25],
    ['1,500,000', 1_500_000],
    ['1.500.000', 1_500_000],
    ['1,5', 1.5],
    ['1.5', 1.5],
    ['0,05', 0.05],
    [',5', 0.5],
    ['-1 200', -1200],
    ['−1 200', -1200],
    ['- 1 200', -1200],
    ['+1 200', 1200],
    ['(1 200)', -1200],
    ['(1 200,50 ₽)', -1200.5],
    ['-$1,200.00', -1200],
    ['$-1,200.00', -1200],
    ['-$1,200', -1.2],
    ['USD 1,500.50', 1500.5],
    ['1500 USD', 1500],
    ['1 500 RUB', 1500],
    ['2 000 rur', 2000],
    ['€ 99,90', 99.9],
    ['  42  ', 42],
    ['007', 7],
  ])('%j → %p', (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });

  test('the ambiguous 1,500 reads as 1.5: a single comma is a decimal mark (Russian exports)', () => {
    expect(parseNumberText('1,500')).toBe(1.5);
    // With a point present the comma groups thousands.
    expect(parseNumberText('1,500.00')).toBe(1500);
    // Two commas can only group thousands.
    expect(parseNumberText('1,500,000')).toBe(1500000);
  });

  test.each([
    'пять тысяч',
    'five thousand',
    'TRUE',
    'NaN',
    'Infinity',
    '-',
    '—',
    '12 34',
    '1500 000',
    '1,234.5,6',
    '1.2.3',
    '01.03.2026',
    '2026-03-01',
    '12:30',
    '1e5',
    '5%',
    '1 500 штук',
    'abc 100',
    '100 $ USD',
    '--5',
    '(-5)',
    '(5',
    '5)',
    '1500,',
    '1 500 ,50',
    '+7 900 123-45-67',
  ])('%j is unreadable', (text) => {
    expect(parseNumberText(text)).toBeNull();
  });

  test('empty text is not a number (callers treat blank as missing before parsing)', () => {
    expect(parseNumberText('')).toBeNull();
    expect(parseNumberText('   ')).toBeNull();
  });
});
