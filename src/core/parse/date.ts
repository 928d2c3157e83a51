/**
 * Days from cells. A `Date` is an instant: its day is the day in the spreadsheet's time zone. A number is a
 * spreadsheet serial date. Text is read in the shapes Bitrix24 exports and people type:
 * - `dd.mm.yyyy`, `dd.mm.yy` (20yy), `dd/mm/yyyy`, `dd-mm-yyyy`, each with an optional time
 *   `hh:mm[:ss]` (and an optional AM/PM): the civil day as written. Slashes are day-first, as everywhere
 *   outside the US; a US-style `03/25/2026` is unreadable rather than guessed.
 * - ISO `yyyy-mm-dd[Thh:mm[:ss[.fff]]]`: the civil day as written; with `Z` or `±hh:mm` it is an instant and
 *   its day is taken in the spreadsheet's zone.
 * Impossible dates (31.02.2026), years outside 1900–2199 and serials outside 20000–80000 are unreadable.
 */
import type { Cell, DayNum } from '../model';
import { dayOfSerial } from '../time/days';
import type { DayZone } from '../time/zone';
import { trimText } from './text';

const MIN_SERIAL = 20_000;
const MAX_SERIAL = 80_000;
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export type DateReader = (cell: Cell) => DayNum | null;

/** One reader per zone, so repeated reads call the very same function (optimised code keeps inlining it). */
const readers = new WeakMap<DayZone, DateReader>();

/** Reads any date cell in the zone's days. */
export function makeDateReader(zone: DayZone): DateReader {
  let reader = readers.get(zone);
  if (reader === undefined) {
    reader = buildDateReader(zone);
    readers.set(zone, reader);
  }
  return reader;
}

function buildDateReader(zone: DayZone): DateReader {
  return (cell: Cell): DayNum | null => {
    if (typeof cell === 'string') return parseDateText(cell, zone);
    if (typeof cell === 'number') return dayOfSerialNumber(cell);
    if (typeof cell === 'object' && cell !== null) {
      // A Date (checked by shape: the host may hand us Dates from another realm).
      const ms = cell.getTime();
      return ms === ms ? zone.dayOf(ms) : null;
    }
    return null;
  };
}

export function dayOfSerialNumber(serial: number): DayNum | null {
  return serial >= MIN_SERIAL && serial < MAX_SERIAL ? dayOfSerial(serial) : null;
}

/** Days since 1970-01-01 of a valid civil date, else null (no Date objects: this runs per cell). */
export function civilDay(year: number, month: number, day: number): DayNum | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthDays = month === 2 && leap ? 29 : MONTH_DAYS[month - 1];
  if (day > monthDays) return null;
  // Howard Hinnant's days_from_civil.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function digitsAt(t: string, i: number): number {
  let k = i;
  while (k < t.length && isDigit(t.charCodeAt(k))) k++;
  return k - i;
}

function intAt(t: string, i: number, len: number): number {
  let v = 0;
  for (let k = i; k < i + len; k++) v = v * 10 + (t.charCodeAt(k) - 48);
  return v;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
}

// The time just parsed by parseTime (module scratch rather than an object per cell).
let hour = 0;
let minute = 0;
let second = 0;

/** `hh:mm[:ss[.fff]]` at i: the index after it, or -1. Sets hour/minute/second. */
function parseTime(t: string, i: number): number {
  const hLen = digitsAt(t, i);
  if (hLen < 1 || hLen > 2 || t.charCodeAt(i + hLen) !== 58) return -1;
  hour = intAt(t, i, hLen);
  let k = i + hLen + 1;
  if (digitsAt(t, k) !== 2) return -1;
  minute = intAt(t, k, 2);
  k += 2;
  second = 0;
  if (t.charCodeAt(k) === 58) {
    if (digitsAt(t, k + 1) !== 2) return -1;
    second = intAt(t, k + 1, 2);
    k += 3;
    const c = t.charCodeAt(k);
    if ((c === 46 || c === 44) && digitsAt(t, k + 1) > 0) k += 1 + digitsAt(t, k + 1);
  }
  if (hour > 23 || minute > 59 || second > 59) return -1;
  return k;
}

/** Two digits at i as a number, −1 when either is not a digit. */
function twoDigits(t: string, i: number): number {
  const a = t.charCodeAt(i) - 48;
  const b = t.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The fixed-width shapes exports write — `dd.mm.yyyy`, `yyyy-mm-dd` (any date mark), each optionally followed
 * by ` hh:mm` or ` hh:mm:ss` (or `T`) — read with one look at each character. A valid date gives its day;
 * anything else, even an invalid date in one of these shapes, is left to the general parser (undefined).
 */
function parseFixedWidth(t: string): DayNum | undefined {
  const n = t.length;
  if (n !== 10 && n !== 16 && n !== 19) return undefined;
  let year: number;
  let month: number;
  let dayOfMonth: number;
  const c2 = t.charCodeAt(2);
  const c4 = t.charCodeAt(4);
  if (isDateMark(c2) && t.charCodeAt(5) === c2) {
    dayOfMonth = twoDigits(t, 0);
    month = twoDigits(t, 3);
    const hi = twoDigits(t, 6);
    const lo = twoDigits(t, 8);
    year = hi < 0 || lo < 0 ? -1 : hi * 100 + lo;
  } else if (isDateMark(c4) && t.charCodeAt(7) === c4) {
    const hi = twoDigits(t, 0);
    const lo = twoDigits(t, 2);
    year = hi < 0 || lo < 0 ? -1 : hi * 100 + lo;
    month = twoDigits(t, 5);
    dayOfMonth = twoDigits(t, 8);
  } else return undefined;
  if (year < 0 || month < 0 || dayOfMonth < 0) return undefined;
  if (n > 10) {
    const c10 = t.charCodeAt(10);
    if ((c10 !== 32 && c10 !== 84) || t.charCodeAt(13) !== 58) return undefined;
    const h = twoDigits(t, 11);
    const m = twoDigits(t, 14);
    if (h < 0 || h > 23 || m < 0 || m > 59) return undefined;
    if (n === 19) {
      const sec = twoDigits(t, 17);
      if (t.charCodeAt(16) !== 58 || sec < 0 || sec > 59) return undefined;
    }
  }
  const day = civilDay(year, month, dayOfMonth);
  return day === null ? undefined : day;
}

/** A text date's civil day (see the module comment), or null. */
export function parseDateText(text: string, zone: DayZone): DayNum | null {
  const t = trimText(text);
  const fixed = parseFixedWidth(t);
  if (fixed !== undefined) return fixed;
  const lead = digitsAt(t, 0);
  if (lead === 4) return parseYearFirst(t, zone);
  if (lead === 1 || lead === 2) return parseDayFirst(t, lead);
  return null;
}

function isDateMark(c: number): boolean {
  return c === 46 || c === 47 || c === 45; // . / -
}

function parseDayFirst(t: string, dLen: number): DayNum | null {
  const sep = t.charCodeAt(dLen);
  if (!isDateMark(sep)) return null;
  const mAt = dLen + 1;
  const mLen = digitsAt(t, mAt);
  if (mLen < 1 || mLen > 2 || t.charCodeAt(mAt + mLen) !== sep) return null;
  const yAt = mAt + mLen + 1;
  const yLen = digitsAt(t, yAt);
  if (yLen !== 2 && yLen !== 4) return null;
  const year = yLen === 2 ? 2000 + intAt(t, yAt, 2) : intAt(t, yAt, 4);
  const day = civilDay(year, intAt(t, mAt, mLen), intAt(t, 0, dLen));
  if (day === null) return null;
  let k = yAt + yLen;
  if (k === t.length) return day;
  // A time after a space (or `, ` or `T`), then an optional AM/PM.
  if (t.charCodeAt(k) === 44) k++;
  const start = k;
  while (k < t.length && isSpace(t.charCodeAt(k))) k++;
  if (k === start && t.charCodeAt(k) === 84) k++;
  if (k === start) return null;
  k = parseTime(t, k);
  if (k < 0) return null;
  while (k < t.length && isSpace(t.charCodeAt(k))) k++;
  if (k === t.length) return day;
  const suffix = t.slice(k).toLowerCase();
  if ((suffix === 'am' || suffix === 'pm') && hour >= 1 && hour <= 12) return day;
  return null;
}

function parseYearFirst(t: string, zone: DayZone): DayNum | null {
  const sep = t.charCodeAt(4);
  if (!isDateMark(sep)) return null;
  const mLen = digitsAt(t, 5);
  if (mLen < 1 || mLen > 2 || t.charCodeAt(5 + mLen) !== sep) return null;
  const dAt = 6 + mLen;
  const dLen = digitsAt(t, dAt);
  if (dLen < 1 || dLen > 2) return null;
  const year = intAt(t, 0, 4);
  const month = intAt(t, 5, mLen);
  const dayOfMonth = intAt(t, dAt, dLen);
  const day = civilDay(year, month, dayOfMonth);
  if (day === null) return null;
  let k = dAt + dLen;
  if (k === t.length) return day;
  const c = t.charCodeAt(k);
  if (c !== 84 && c !== 116 && c !== 32) return null; // T, t or a space
  k = parseTime(t, k + 1);
  if (k < 0) return null;
  if (k === t.length) return day;
  // An explicit offset makes it an instant, whose day is the day in the spreadsheet's zone.
  const z = t.charCodeAt(k);
  let offsetMinutes: number;
  if ((z === 90 || z === 122) && k + 1 === t.length)
    offsetMinutes = 0; // Z
  else if (z === 43 || z === 45) {
    const rest = t.slice(k + 1);
    let oh: number;
    let om = 0;
    if (/^\d\d$/.test(rest)) oh = Number(rest);
    else if (/^\d\d:?\d\d$/.test(rest)) {
      oh = Number(rest.slice(0, 2));
      om = Number(rest.slice(-2));
    } else return null;
    if (oh > 18 || om > 59) return null;
    offsetMinutes = (z === 45 ? -1 : 1) * (oh * 60 + om);
  } else return null;
  const instant = Date.UTC(year, month - 1, dayOfMonth, hour, minute, second) - offsetMinutes * 60_000;
  return zone.dayOf(instant);
}
