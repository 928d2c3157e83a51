/**
 * Values crossing the service boundary. In: what `setValue(s)` accepts and how Sheets interprets it (a string
 * is read as if typed: `=…` is a formula, `'…` is literal text, `12`, `50%`, `TRUE`, `2024-01-15` become a number,
 * a boolean, a date). Out: what `getValues()` returns (a Date for a date-formatted number, `''` for empty).
 */
import { instantOfSerial, isDateFormat, serialOfInstant, serialOfWallClock } from './dates';
import { isRussian } from './format';
import { isDateObject, type Realm } from './realm';
import type { StoredValue } from './model';

export const MAX_CELL_CHARS = 50_000;

/** The result of interpreting one input value. */
export interface Interpreted {
  value: StoredValue | undefined;
  formula?: string;
  /** A number format Sheets applies on entry (a date, a percent) when the cell has none of that kind. */
  autoFormat?: string;
}

export function defaultDateTimeFormat(locale: string): string {
  return isRussian(locale) ? 'dd.MM.yyyy H:mm:ss' : 'M/d/yyyy H:mm:ss';
}

export function defaultDateFormat(locale: string): string {
  return isRussian(locale) ? 'dd.MM.yyyy' : 'M/d/yyyy';
}

/** Why a value cannot be written, or null when it can. */
export function rejectReason(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  const t = typeof v;
  if (t === 'string')
    return (v as string).length > MAX_CELL_CHARS
      ? `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`
      : null;
  if (t === 'number' || t === 'boolean') return null;
  if (isDateObject(v)) return Number.isNaN(v.getTime()) ? 'Invalid date value' : null;
  return `Cannot write a value of type ${Array.isArray(v) ? 'array' : t} to a cell`;
}

const EN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const RU_NUMBER = /^[+-]?(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+)?(?:,\d+)?$/;

function parseNumberText(text: string, locale: string): number | null {
  const t = text.trim();
  if (!/\d/.test(t)) return null;
  if (isRussian(locale)) {
    if (!RU_NUMBER.test(t)) return null;
    return Number(t.replace(/[ \u00a0]/g, '').replace(',', '.'));
  }
  if (!EN_NUMBER.test(t)) return null;
  return Number(t.replace(/,/g, ''));
}

function parseDateText(text: string, locale: string): Interpreted | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  let y: number, mo: number, d: number;
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = isRussian(locale)
      ? /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t)
      : /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
    if (!m) return null;
    [y, mo, d] = isRussian(locale)
      ? [Number(m[3]), Number(m[2]), Number(m[1])]
      : [Number(m[3]), Number(m[1]), Number(m[2])];
  }
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  const hasTime = m[4] !== undefined;
  const serial = serialOfWallClock(y, mo, d, Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
  return { value: serial, autoFormat: hasTime ? defaultDateTimeFormat(locale) : defaultDateFormat(locale) };
}

/** Interprets one (already validated) value as Sheets does on `setValue`. */
export function interpretInput(v: unknown, locale: string, timeZone: string, plainText = false): Interpreted {
  if (v === null || v === undefined || v === '') return { value: undefined };
  if (typeof v === 'number') return { value: Number.isFinite(v) ? v : String(v) };
  if (typeof v === 'boolean') return { value: v };
  if (isDateObject(v))
    return { value: serialOfInstant(v.getTime(), timeZone), autoFormat: defaultDateTimeFormat(locale) };
  const text = String(v);
  if (text.startsWith("'")) return { value: text.slice(1) === '' ? undefined : text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { value: undefined, formula: text };
  // A cell formatted as plain text ('@') keeps what is typed as text: no number, date or boolean detection.
  // (A leading `=` is still taken as a formula above: the strict assumption, so the add-on must escape it.)
  if (plainText) return { value: text };
  // Only text starting like a number, a date or TRUE/FALSE can be read as one: skip the parsers for the rest.
  if (!/^[\s\d+\-.,tTfF]/.test(text)) return { value: text };
  if (/^(true|false)$/i.test(text.trim())) return { value: text.trim().toLowerCase() === 'true' };
  const pct = /^(.*\d)\s*%$/.exec(text.trim());
  if (pct) {
    const n = parseNumberText(pct[1], locale);
    if (n !== null) return { value: n / 100, autoFormat: /[.,]\d/.test(pct[1]) ? '0.00%' : '0%' };
  }
  const n = parseNumberText(text, locale);
  if (n !== null) return { value: n };
  return parseDateText(text, locale) ?? { value: text };
}

/** What `getValues()` returns for a stored value: a fresh Date of the script's realm for date-formatted numbers. */
export function scriptValueOf(
  stored: StoredValue | undefined,
  numberFormat: string | undefined,
  timeZone: string,
  realm: Realm,
): string | number | boolean | Date {
  if (stored === undefined) return '';
  if (typeof stored === 'number' && isDateFormat(numberFormat))
    return new realm.Date(instantOfSerial(stored, timeZone));
  return stored;
}
