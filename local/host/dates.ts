/**
 * Serial dates. Sheets stores a date as a serial number of days since 1899-12-30 on the wall clock of the
 * spreadsheet's time zone; `getValues()` turns a date-formatted serial into the instant of that wall-clock time in
 * that zone. xlsx files store the same serials, which is why the host keeps serials and converts at the edges.
 */
import { makeZone, type DayZone } from '../../src/core/time/zone';

const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 to 1970-01-01. */
export const SERIAL_UNIX_EPOCH = 25_569;

const zones = new Map<string, DayZone>();

export function zoneOf(timeZone: string): DayZone {
  let z = zones.get(timeZone);
  if (!z) {
    z = makeZone(timeZone);
    zones.set(timeZone, z);
  }
  return z;
}

/** The serial of an instant's wall-clock time in `timeZone`. */
export function serialOfInstant(ms: number, timeZone: string): number {
  const wall = ms + zoneOf(timeZone).offsetMinutes(ms) * 60_000;
  return wall / MS_PER_DAY + SERIAL_UNIX_EPOCH;
}

/** The instant whose wall-clock time in `timeZone` is the serial (whole milliseconds). */
export function instantOfSerial(serial: number, timeZone: string): number {
  const wall = Math.round((serial - SERIAL_UNIX_EPOCH) * MS_PER_DAY);
  const zone = zoneOf(timeZone);
  // Two passes settle the offset across a DST change.
  let t = wall - zone.offsetMinutes(wall) * 60_000;
  t = wall - zone.offsetMinutes(t) * 60_000;
  return t;
}

/** Wall-clock fields of a serial (UTC fields of the wall-clock time), for display. */
export function wallClockOfSerial(serial: number): Date {
  return new Date(Math.round((serial - SERIAL_UNIX_EPOCH) * MS_PER_DAY));
}

/** The serial of a wall-clock date given as fields. */
export function serialOfWallClock(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number {
  return Date.UTC(y, mo - 1, d, h, mi, s) / MS_PER_DAY + SERIAL_UNIX_EPOCH;
}

/** True when a number format shows a date or time (then `getValues()` returns a Date). */
const dateFormatMemo = new Map<string, boolean>();

export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  let known = dateFormatMemo.get(format);
  if (known === undefined) {
    known = looksLikeDateFormat(format);
    dateFormatMemo.set(format, known);
  }
  return known;
}

function looksLikeDateFormat(format: string): boolean {
  const f = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/General/gi, '')
    .replace(/AM\/PM|A\/P/gi, 'h');
  return /[dmyhs]/i.test(f) && !/[0#?]/.test(f.replace(/\.0+/g, ''));
}
