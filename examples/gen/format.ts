/**
 * How the generated values look in a Bitrix24 export opened in a Moscow spreadsheet: instants for Moscow
 * wall-clock times, and the text forms (dates, amounts) that real exports and hand edits leave behind.
 */
import type { DayNum } from '../../src/core/model';
import { ymdOfDay } from '../../src/core/time/days';

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;
/** Moscow is UTC+3 all year (no DST since 2014). */
export const MOSCOW_OFFSET_MINUTES = 180;

/** The instant of `minuteOfDay` (0–1439) Moscow wall-clock time on a civil day. */
export function moscowInstant(day: DayNum, minuteOfDay: number): Date {
  return new Date(day * MS_PER_DAY + (minuteOfDay - MOSCOW_OFFSET_MINUTES) * MS_PER_MINUTE);
}

/** Moscow midnight of a day: what `getValues()` gives for a date-only cell in a Moscow spreadsheet. */
export function moscowDate(day: DayNum): Date {
  return moscowInstant(day, 0);
}

const pad2 = (n: number): string => (n < 10 ? '0' + n : String(n));

/** `dd.mm.yyyy` */
export function dottedDate(day: DayNum): string {
  const { year, month, day: d } = ymdOfDay(day);
  return `${pad2(d)}.${pad2(month)}.${year}`;
}

/** `dd.mm.yyyy hh:mm`, Moscow wall clock. */
export function dottedDateTime(day: DayNum, minuteOfDay: number): string {
  return `${dottedDate(day)} ${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)}`;
}

function groupThousands(whole: number, separator: string): string {
  const digits = String(whole);
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}

function splitCents(amount: number): { whole: number; cents: string } {
  const totalCents = Math.round(Math.abs(amount) * 100);
  return { whole: Math.floor(totalCents / 100), cents: pad2(totalCents % 100) };
}

/** Russian money text: `45 000,00 ₽` with no-break spaces between thousands; `suffix` '' for none. */
export function russianAmount(amount: number, suffix: string, separator = '\u00a0'): string {
  const { whole, cents } = splitCents(amount);
  return `${groupThousands(whole, separator)},${cents}${suffix ? ' ' + suffix : ''}`;
}

/** English money text: `1,500.50`. */
export function englishAmount(amount: number): string {
  const { whole, cents } = splitCents(amount);
  return `${groupThousands(whole, ',')}.${cents}`;
}
