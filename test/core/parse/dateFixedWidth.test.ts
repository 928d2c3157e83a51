/** The fixed-width shapes read on parseDateText's fast path agree with the general rules, edge values included. */
import { parseDateText } from '../../../src/core/parse/date';
import { dayFromYmd } from '../../../src/core/time/days';
import { makeZone } from '../../../src/core/time/zone';

const moscow = makeZone('Europe/Moscow');
const read = (t: string): number | null => parseDateText(t, moscow);
const day = (y: number, m: number, d: number): number => dayFromYmd(y, m, d) as number;

describe('fixed-width text dates', () => {
  test('day first with any date mark, with and without a time', () => {
    expect(read('05.11.2026')).toBe(day(2026, 11, 5));
    expect(read('05/11/2026')).toBe(day(2026, 11, 5));
    expect(read('05-11-2026')).toBe(day(2026, 11, 5));
    expect(read('05.11.2026 23:59')).toBe(day(2026, 11, 5));
    expect(read('05.11.2026 00:00:59')).toBe(day(2026, 11, 5));
    expect(read('05.11.2026T10:00')).toBe(day(2026, 11, 5));
    expect(read('  05.11.2026 10:00  ')).toBe(day(2026, 11, 5));
  });

  test('year first, with a space or T before the time', () => {
    expect(read('2026-11-05')).toBe(day(2026, 11, 5));
    expect(read('2026-11-05 10:00')).toBe(day(2026, 11, 5));
    expect(read('2026-11-05T10:00:30')).toBe(day(2026, 11, 5));
    expect(read('2026/11/05 10:00:30')).toBe(day(2026, 11, 5));
  });

  test('out-of-range parts and mixed marks are unreadable, as on the general path', () => {
    expect(read('31.02.2026')).toBeNull();
    expect(read('05.13.2026')).toBeNull();
    expect(read('05.11.2026 24:00')).toBeNull();
    expect(read('05.11.2026 10:60')).toBeNull();
    expect(read('05.11.2026 10:00:60')).toBeNull();
    expect(read('05.11/2026')).toBeNull();
    expect(read('2026-11/05')).toBeNull();
    expect(read('05.11.1899')).toBeNull();
    expect(read('05.11.2026 10-00')).toBeNull();
  });

  test('shapes of other widths still go through the general parser', () => {
    expect(read('5.11.2026')).toBe(day(2026, 11, 5));
    expect(read('05.11.26')).toBe(day(2026, 11, 5));
    expect(read('05.11.2026, 10:00')).toBe(day(2026, 11, 5));
    expect(read('2026-11-05T23:30:00Z')).toBe(day(2026, 11, 6));
  });
});
