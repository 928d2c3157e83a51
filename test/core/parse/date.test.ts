import { civilDay, makeDateReader, parseDateText } from '../../../src/core/parse/date';
import { dayFromYmd } from '../../../src/core/time/days';
import { makeZone } from '../../../src/core/time/zone';

const moscow = makeZone('Europe/Moscow');
const newYork = makeZone('America/New_York');
const readMoscow = makeDateReader(moscow);
const readNewYork = makeDateReader(newYork);
const day = (y: number, m: number, d: number): number => dayFromYmd(y, m, d) as number;

describe('civilDay', () => {
  test('agrees with dayFromYmd across years, leap days included', () => {
    for (const [y, m, d] of [
      [1970, 1, 1],
      [2000, 2, 29],
      [2024, 2, 29],
      [2026, 3, 1],
      [2026, 12, 31],
      [1999, 12, 31],
      [2100, 3, 1],
    ]) {
      expect(civilDay(y, m, d)).toBe(dayFromYmd(y, m, d));
    }
    expect(civilDay(1970, 1, 1)).toBe(0);
  });

  test('impossible dates are null', () => {
    expect(civilDay(2026, 2, 29)).toBeNull();
    expect(civilDay(2026, 2, 31)).toBeNull();
    expect(civilDay(2026, 4, 31)).toBeNull();
    expect(civilDay(2026, 13, 1)).toBeNull();
    expect(civilDay(2026, 0, 1)).toBeNull();
    expect(civilDay(2026, 1, 0)).toBeNull();
    expect(civilDay(2100, 2, 29)).toBeNull();
    expect(civilDay(1899, 12, 31)).toBeNull();
  });
});

describe('text dates', () => {
  test.each([
    ['01.03.2026', day(2026, 3, 1)],
    ['1.3.2026', day(2026, 3, 1)],
    ['01.03.26', day(2026, 3, 1)],
    ['29.02.2024', day(2024, 2, 29)],
    ['01.03.2026 14:22', day(2026, 3, 1)],
    ['01.03.2026 14:22:10', day(2026, 3, 1)],
    ['01.03.2026 23:59:59', day(2026, 3, 1)],
    ['01.03.2026, 9:05', day(2026, 3, 1)],
    ['01.03.2026 02:22:10 pm', day(2026, 3, 1)],
    ['25/03/2026', day(2026, 3, 25)],
    ['25/03/2026 10:00', day(2026, 3, 25)],
    ['25-03-2026', day(2026, 3, 25)],
    ['2026-03-01', day(2026, 3, 1)],
    ['2026-03-01T23:30', day(2026, 3, 1)],
    ['2026-03-01T23:30:15', day(2026, 3, 1)],
    ['2026-03-01 23:30:15', day(2026, 3, 1)],
    ['2026-03-01T23:30:15.250', day(2026, 3, 1)],
    ['  01.03.2026  ', day(2026, 3, 1)],
  ])('%j → its civil day', (text, expected) => {
    expect(parseDateText(text, moscow)).toBe(expected);
  });

  test('ISO with Z or an offset is an instant: its day in the spreadsheet zone', () => {
    // 22:30 UTC is 01:30 next day in Moscow (UTC+3), 17:30 the same day in New York (UTC−5).
    expect(parseDateText('2026-03-01T22:30:00Z', moscow)).toBe(day(2026, 3, 2));
    expect(parseDateText('2026-03-01T22:30:00Z', newYork)).toBe(day(2026, 3, 1));
    // Bitrix24 REST writes +03:00: 01:30 Moscow time is still the 1st in Moscow, the 28th of Feb in New York.
    expect(parseDateText('2026-03-01T01:30:00+03:00', moscow)).toBe(day(2026, 3, 1));
    expect(parseDateText('2026-03-01T01:30:00+03:00', newYork)).toBe(day(2026, 2, 28));
    expect(parseDateText('2026-03-01T20:00:00-05:00', moscow)).toBe(day(2026, 3, 2));
    expect(parseDateText('2026-03-01T20:00:00-0500', moscow)).toBe(day(2026, 3, 2));
    expect(parseDateText('2026-03-01T20:00-05', moscow)).toBe(day(2026, 3, 2));
  });

  test.each([
    '31.02.2026',
    '29.02.2026',
    '32.01.2026',
    '01.13.2026',
    '03/25/2026',
    '00.01.2026',
    '01.03.2026 25:00',
    '01.03.2026 12:60',
    '01.03.2026 13:00 pm',
    '01.03.2026 foo',
    '01.03.2026x',
    '2026-02-30',
    '2026-13-01',
    '2026-03-01T10',
    '2026-03-01T10:00+25:00',
    '2026-03-01T10:00 UTC',
    '01.03',
    '01.03.226',
    '01.03/2026',
    '1 марта 2026',
    'March 1, 2026',
    'вчера',
    '20260301',
    '45000',
    '',
    '01.03.1800',
  ])('%j is unreadable', (text) => {
    expect(parseDateText(text, moscow)).toBeNull();
  });
});

describe('date cells', () => {
  test('a Date is an instant: 2026-03-01T22:30:00Z is the 2nd in Moscow and the 1st in New York', () => {
    const instant = new Date('2026-03-01T22:30:00Z');
    expect(readMoscow(instant)).toBe(day(2026, 3, 2));
    expect(readNewYork(instant)).toBe(day(2026, 3, 1));
  });

  test('a date-only cell (midnight in the spreadsheet zone) reads as that day', () => {
    // 2026-03-01 00:00 in Moscow = 2026-02-28T21:00Z.
    expect(readMoscow(new Date('2026-02-28T21:00:00Z'))).toBe(day(2026, 3, 1));
    // 2026-03-01 00:00 in New York = 05:00Z.
    expect(readNewYork(new Date('2026-03-01T05:00:00Z'))).toBe(day(2026, 3, 1));
  });

  test('an invalid Date is unreadable', () => {
    expect(readMoscow(new Date('nonsense'))).toBeNull();
  });

  test('serial numbers: days since 1899-12-30, fraction = time of day, 20000..80000 only', () => {
    expect(readMoscow(46082)).toBe(day(2026, 3, 1));
    expect(readMoscow(46082.75)).toBe(day(2026, 3, 1));
    expect(readMoscow(25569)).toBe(0);
    expect(readMoscow(20000)).toBe(day(1954, 10, 3));
    expect(readMoscow(19999)).toBeNull();
    expect(readMoscow(80000)).toBeNull();
    expect(readMoscow(5)).toBeNull();
    expect(readMoscow(NaN)).toBeNull();
  });

  test('booleans are unreadable', () => {
    expect(readMoscow(true)).toBeNull();
    expect(readMoscow(false)).toBeNull();
  });
});
