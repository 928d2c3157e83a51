/**
 * Civil-day arithmetic on DayNum (whole days since 1970-01-01). Everything here is UTC-based integer math:
 * a DayNum names a calendar day, not an instant, so no time zone is involved.
 */
import type { DayNum, Period } from '../model';

const MS_PER_DAY = 86_400_000;
/** Day number of 1899-12-30, the epoch of spreadsheet serial dates. */
export const SERIAL_EPOCH_DAY: DayNum = -25_569;

export function dayFromYmd(year: number, month: number, day: number): DayNum | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  // Reject 31.02 and the like rather than rolling over into March.
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return Math.round(ms / MS_PER_DAY);
}

export function ymdOfDay(day: DayNum): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const pad2 = (n: number): string => (n < 10 ? '0' + n : String(n));

/** `YYYY-MM-DD`. */
export function isoOfDay(day: DayNum): string {
  const { year, month, day: d } = ymdOfDay(day);
  return `${year}-${pad2(month)}-${pad2(d)}`;
}

/** `DD.MM.YYYY`, the Russian way. */
export function dottedOfDay(day: DayNum): string {
  const { year, month, day: d } = ymdOfDay(day);
  return `${pad2(d)}.${pad2(month)}.${year}`;
}

/** Parses strict `YYYY-MM-DD` (used for flags and the sidebar's ISO strings). */
export function dayOfIso(text: string): DayNum | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** A spreadsheet serial date (days since 1899-12-30, fraction = time of day) to its civil day. */
export function dayOfSerial(serial: number): DayNum {
  return SERIAL_EPOCH_DAY + Math.floor(serial);
}

export function periodLength(p: Period): number {
  return p.to - p.from + 1;
}

/** The comparison window: the same number of days, ending the day before `from`. */
export function previousPeriod(p: Period): Period {
  const len = periodLength(p);
  return { from: p.from - len, to: p.from - 1 };
}

/** Days of `[from, to]` that fall inside `p` (0 when disjoint). */
export function overlapDays(from: DayNum, to: DayNum, p: Period): number {
  const a = Math.max(from, p.from);
  const b = Math.min(to, p.to);
  return b >= a ? b - a + 1 : 0;
}

/** The last full calendar month before `today`. */
export function lastFullMonth(today: DayNum): Period {
  const { year, month } = ymdOfDay(today);
  const firstOfThis = dayFromYmd(year, month, 1) as DayNum;
  const to = firstOfThis - 1;
  const prev = ymdOfDay(to);
  return { from: dayFromYmd(prev.year, prev.month, 1) as DayNum, to };
}

/** The last `n` days ending today (the custom functions' default window). */
export function lastDays(today: DayNum, n: number): Period {
  return { from: today - n + 1, to: today };
}
