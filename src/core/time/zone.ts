/**
 * Instants to civil days in a named IANA time zone. A `Date` from `getValues()` is an instant; the day the
 * user sees in the cell is that instant's date in the spreadsheet's time zone. Offsets change at most a few
 * times a year, so they are cached per hour: 1M dates cost a few thousand Intl calls, not a million.
 */
import type { DayNum } from '../model';

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;

export interface DayZone {
  readonly timeZone: string;
  /** The civil day of an instant in this zone. */
  dayOf(instant: Date | number): DayNum;
  /** Offset from UTC in minutes at an instant (e.g. +180 for Moscow). */
  offsetMinutes(instant: number): number;
  /** The instant of 00:00 on a civil day in this zone. */
  startOf(day: DayNum): number;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function makeZone(timeZone: string): DayZone {
  const tz = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const cache = new Map<number, number>();

  function computeOffset(instant: number): number {
    const parts: Record<string, number> = {};
    for (const p of fmt.formatToParts(new Date(instant))) {
      if (p.type !== 'literal') parts[p.type] = Number(p.value);
    }
    const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
    return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
  }

  function offsetMinutes(instant: number): number {
    const hour = Math.floor(instant / MS_PER_HOUR);
    let off = cache.get(hour);
    if (off === undefined) {
      off = computeOffset(hour * MS_PER_HOUR);
      cache.set(hour, off);
    }
    return off;
  }

  return {
    timeZone: tz,
    offsetMinutes,
    dayOf(instant: Date | number): DayNum {
      const ms = typeof instant === 'number' ? instant : instant.getTime();
      return Math.floor((ms + offsetMinutes(ms) * 60_000) / MS_PER_DAY);
    },
    startOf(day: DayNum): number {
      const guess = day * MS_PER_DAY;
      // Two passes settle the offset even across a DST change on that day.
      let t = guess - offsetMinutes(guess) * 60_000;
      t = guess - offsetMinutes(t) * 60_000;
      return t;
    },
  };
}
