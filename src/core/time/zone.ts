/**
 * Instants to civil days in a named IANA time zone. A `Date` from `getValues()` is an instant; the day the
 * user sees in the cell is that instant's date in the spreadsheet's time zone.
 *
 * Offsets are kept per zone at module level (one table for every makeZone call of a script run) and per UTC
 * day: a day's offset is asked of Intl once, at its start; a day whose next start has another offset holds a
 * transition, found to the minute by bisection. So a million dates over a year cost a few hundred Intl calls
 * once, and then one typed-array read each.
 */
import type { DayNum } from '../model';

const MS_PER_MINUTE = 60_000;
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

/** UTC days 1900-01-01 … 2199-12-31 get table slots (the years date cells are read in); others a Map. */
const FIRST_DAY = -25_567;
const DAY_SLOTS = 110_000;
/** Slot markers: offsets in minutes lie within ±1,000, far from these. */
const UNKNOWN = -32_768;
const TRANSITION = 32_767;

/** A day whose offset changes: `before` up to the instant `at`, `after` from it. */
interface Transition {
  before: number;
  at: number;
  after: number;
}

class OffsetTable {
  private readonly fmt: Intl.DateTimeFormat;
  /** Offset over each UTC day, or UNKNOWN / TRANSITION; allocated on first use. */
  private slots: Int16Array | null = null;
  /** Days outside the slots: their offset, or a Transition. */
  private readonly farDays = new Map<number, number | Transition>();
  private readonly transitions = new Map<number, Transition>();

  /** Throws a RangeError for a time zone Intl does not know. */
  constructor(timeZone: string) {
    this.fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** The offset at an instant, asked of Intl (throws on NaN, as Intl does for an invalid Date). */
  private computeOffset(instant: number): number {
    const parts: Record<string, number> = {};
    for (const p of this.fmt.formatToParts(new Date(instant))) {
      if (p.type !== 'literal') parts[p.type] = Number(p.value);
    }
    const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
    return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / MS_PER_MINUTE);
  }

  /** Offsets at 00:00 UTC of days asked so far: a day's end is the next day's start, asked of Intl once. */
  private readonly dayStarts = new Map<number, number>();

  private offsetAtDayStart(d: number): number {
    let off = this.dayStarts.get(d);
    if (off === undefined) {
      off = this.computeOffset(d * MS_PER_DAY);
      this.dayStarts.set(d, off);
    }
    return off;
  }

  /** The offset over UTC day `d`, or the transition inside it (at most one: zones change twice a year). */
  private describeDay(d: number): number | Transition {
    const start = d * MS_PER_DAY;
    const before = this.offsetAtDayStart(d);
    const after = this.offsetAtDayStart(d + 1);
    if (before === after) return before;
    // Bisect on whole minutes: the first minute with the new offset.
    let lo = start;
    let hi = start + MS_PER_DAY;
    while (hi - lo > MS_PER_MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MS_PER_MINUTE) * MS_PER_MINUTE;
      if (this.computeOffset(mid) === before) lo = mid;
      else hi = mid;
    }
    return { before, at: hi, after };
  }

  offsetAt(instant: number): number {
    const d = Math.floor(instant / MS_PER_DAY);
    const i = d - FIRST_DAY;
    if (i >= 0 && i < DAY_SLOTS) {
      let slots = this.slots;
      if (slots === null) {
        slots = new Int16Array(DAY_SLOTS).fill(UNKNOWN);
        this.slots = slots;
      }
      const off = slots[i];
      if (off !== UNKNOWN && off !== TRANSITION) return off;
      let t = this.transitions.get(d);
      if (t === undefined) {
        const day = this.describeDay(d);
        if (typeof day === 'number') {
          slots[i] = day;
          return day;
        }
        t = day;
        slots[i] = TRANSITION;
        this.transitions.set(d, t);
      }
      return instant < t.at ? t.before : t.after;
    }
    let far = this.farDays.get(d);
    if (far === undefined) {
      far = this.describeDay(d);
      this.farDays.set(d, far);
    }
    return typeof far === 'number' ? far : instant < far.at ? far.before : far.after;
  }
}

/** One zone object per requested name: tables survive from one workbook read to the next. */
const zones = new Map<string, DayZone>();

export function makeZone(timeZone: string): DayZone {
  let zone = zones.get(timeZone);
  if (zone === undefined) {
    // One Intl formatter serves as the validity check too (the first one is costly: it loads zone data).
    let table: OffsetTable;
    let tz = timeZone;
    try {
      table = new OffsetTable(tz);
    } catch {
      tz = 'UTC';
      table = new OffsetTable(tz);
    }
    zone = buildZone(tz, table);
    zones.set(timeZone, zone);
  }
  return zone;
}

function buildZone(tz: string, table: OffsetTable): DayZone {
  const offsetMinutes = (instant: number): number => table.offsetAt(instant);
  return {
    timeZone: tz,
    offsetMinutes,
    dayOf(instant: Date | number): DayNum {
      const ms = typeof instant === 'number' ? instant : instant.getTime();
      return Math.floor((ms + table.offsetAt(ms) * MS_PER_MINUTE) / MS_PER_DAY);
    },
    startOf(day: DayNum): number {
      const guess = day * MS_PER_DAY;
      // Two passes settle the offset even across a DST change on that day.
      let t = guess - offsetMinutes(guess) * MS_PER_MINUTE;
      t = guess - offsetMinutes(t) * MS_PER_MINUTE;
      return t;
    },
  };
}
