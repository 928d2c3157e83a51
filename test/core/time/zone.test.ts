import { makeZone } from '../../../src/core/time/zone';

const utc = (y: number, m: number, d: number, h = 0, min = 0): number => Date.UTC(y, m - 1, d, h, min);
const dayNum = (y: number, m: number, d: number): number => Math.round(utc(y, m, d) / 86_400_000);

describe('makeZone', () => {
  test('Moscow is UTC+3: 21:00Z is already the next day', () => {
    const z = makeZone('Europe/Moscow');
    expect(z.offsetMinutes(utc(2026, 3, 1, 12))).toBe(180);
    expect(z.dayOf(utc(2026, 3, 1, 20, 59))).toBe(dayNum(2026, 3, 1));
    expect(z.dayOf(utc(2026, 3, 1, 21, 0))).toBe(dayNum(2026, 3, 2));
    expect(z.dayOf(new Date(utc(2026, 3, 1, 21, 0)))).toBe(dayNum(2026, 3, 2));
    expect(z.startOf(dayNum(2026, 3, 2))).toBe(utc(2026, 3, 1, 21));
  });

  test('New York across the 2026 spring change (08 March, 07:00Z): the offset changes to the minute', () => {
    const z = makeZone('America/New_York');
    expect(z.offsetMinutes(utc(2026, 3, 8, 6, 59))).toBe(-300);
    expect(z.offsetMinutes(utc(2026, 3, 8, 7, 0))).toBe(-240);
    expect(z.dayOf(utc(2026, 3, 8, 4, 59))).toBe(dayNum(2026, 3, 7));
    expect(z.dayOf(utc(2026, 3, 8, 5, 0))).toBe(dayNum(2026, 3, 8));
    expect(z.startOf(dayNum(2026, 3, 9))).toBe(utc(2026, 3, 9, 4));
  });

  test('a half-hour change (Lord Howe, 05 April 2026 at 02:00 local, 15:00Z) is found to the minute', () => {
    const z = makeZone('Australia/Lord_Howe');
    expect(z.offsetMinutes(utc(2026, 4, 4, 14, 59))).toBe(660);
    expect(z.offsetMinutes(utc(2026, 4, 4, 15, 0))).toBe(630);
  });

  test('dates outside 1900–2199 still read; an unknown zone reads as UTC', () => {
    expect(makeZone('Europe/Moscow').offsetMinutes(utc(2300, 6, 1))).toBe(180);
    const bogus = makeZone('Nowhere/Atlantis');
    expect(bogus.timeZone).toBe('UTC');
    expect(bogus.dayOf(utc(2026, 3, 1, 23, 59))).toBe(dayNum(2026, 3, 1));
  });

  test('one zone object per name: the offset table is shared by later reads', () => {
    expect(makeZone('Europe/Moscow')).toBe(makeZone('Europe/Moscow'));
  });
});
