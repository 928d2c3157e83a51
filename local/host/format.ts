/**
 * Display values: what `getDisplayValues()` shows for a stored value, its number format and the spreadsheet's
 * locale. Covers the formats reports use (integers, decimals, grouping, percent, literal and `[$…]` currency
 * text, dates and times); anything else falls back to the General rendering.
 */
import { isDateFormat, wallClockOfSerial } from './dates';
import type { StoredValue } from './model';

interface Separators {
  decimal: string;
  group: string;
}

export function separatorsOf(locale: string): Separators {
  return /^(ru|de|fr|es|it|pt|pl|uk|be|kk)/i.test(locale)
    ? { decimal: ',', group: '\u00a0' }
    : { decimal: '.', group: ',' };
}

export function isRussian(locale: string): boolean {
  return /^ru/i.test(locale);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Formats a serial with a Sheets date pattern (`dd.MM.yyyy`, `yyyy-mm-dd hh:mm:ss`, `M/d/yyyy H:mm`). */
export function formatSerialDate(serial: number, pattern: string): string {
  const d = wallClockOfSerial(serial);
  const tokens = pattern.match(/"[^"]*"|\\.|\[[^\]]*\]|AM\/PM|am\/pm|y+|m+|d+|h+|s+|\.0+|./gi) ?? [];
  const kinds = tokens.map((t) => t[0].toLowerCase());
  const hasAmPm = tokens.some((t) => /^am\/pm$/i.test(t));
  let out = '';
  tokens.forEach((tok, i) => {
    const k = kinds[i];
    const len = tok.length;
    if (tok.startsWith('"')) out += tok.slice(1, -1);
    else if (tok.startsWith('\\')) out += tok.slice(1);
    else if (tok.startsWith('[')) out += '';
    else if (/^am\/pm$/i.test(tok)) out += d.getUTCHours() < 12 ? 'AM' : 'PM';
    else if (k === 'y') out += len <= 2 ? pad(d.getUTCFullYear() % 100) : String(d.getUTCFullYear());
    else if (k === 'm') {
      const prev = kinds
        .slice(0, i)
        .reverse()
        .find((x) => /[ymdhs]/.test(x));
      const next = kinds.slice(i + 1).find((x) => /[ymdhs]/.test(x));
      const minute = prev === 'h' || next === 's';
      if (minute) out += len >= 2 ? pad(d.getUTCMinutes()) : String(d.getUTCMinutes());
      else if (len >= 4) out += MONTHS[d.getUTCMonth()];
      else if (len === 3) out += MONTHS[d.getUTCMonth()].slice(0, 3);
      else out += len === 2 ? pad(d.getUTCMonth() + 1) : String(d.getUTCMonth() + 1);
    } else if (k === 'd') {
      if (len >= 4) out += DAYS[d.getUTCDay()];
      else if (len === 3) out += DAYS[d.getUTCDay()].slice(0, 3);
      else out += len === 2 ? pad(d.getUTCDate()) : String(d.getUTCDate());
    } else if (k === 'h') {
      const h = hasAmPm ? d.getUTCHours() % 12 || 12 : d.getUTCHours();
      out += len >= 2 ? pad(h) : String(h);
    } else if (k === 's') out += len >= 2 ? pad(d.getUTCSeconds()) : String(d.getUTCSeconds());
    else if (tok.startsWith('.0')) out += '.' + pad(d.getUTCMilliseconds(), 3).slice(0, len - 1);
    else out += tok;
  });
  return out;
}

function groupDigits(int: string, group: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/** Formats a number with a numeric pattern such as `#,##0.00`, `0%`, `#,##0 "₽"`, `[$$]#,##0.00`. */
export function formatNumber(value: number, pattern: string, locale: string): string {
  const sections = splitSections(pattern);
  let section = sections[0];
  let v = value;
  if (value < 0 && sections.length > 1) {
    section = sections[1];
    v = -value;
  } else if (value === 0 && sections.length > 2) section = sections[2];
  const sep = separatorsOf(locale);
  // Literal text: quoted strings, \x escapes, [$sym-lcid] currency; [Color] is dropped.
  const parts = section.match(/"[^"]*"|\\.|\[\$[^\]]*\]|\[[^\]]*\]|[#0?,.%]+|./g) ?? [];
  const numeric = parts.find((p) => /^[#0?,.%]+$/.test(p) && /[#0?]/.test(p)) ?? '';
  if (numeric === '') return formatGeneral(value, locale);
  const percent = section.includes('%');
  const dot = numeric.indexOf('.');
  const decimals = dot < 0 ? 0 : (numeric.slice(dot + 1).match(/[0#?]/g) ?? []).length;
  const grouped = (dot < 0 ? numeric : numeric.slice(0, dot)).includes(',');
  const scaled = Math.abs(percent ? v * 100 : v);
  const fixed = scaled.toFixed(decimals);
  const [intPart, fracPart] = fixed.split('.');
  let text = grouped ? groupDigits(intPart, sep.group) : intPart;
  if (fracPart !== undefined) text += sep.decimal + fracPart;
  const negative = v < 0 && Number(fixed) !== 0;
  let out = '';
  let placed = false;
  for (const p of parts) {
    if (p.startsWith('"')) out += p.slice(1, -1);
    else if (p.startsWith('\\')) out += p.slice(1);
    else if (p.startsWith('[$')) out += p.slice(2, -1).split('-')[0];
    else if (p.startsWith('[')) continue;
    else if (/^[#0?,.%]+$/.test(p)) {
      if (!placed && /[#0?]/.test(p)) {
        out += text;
        placed = true;
      }
      if (p.includes('%')) out += '%';
    } else if (p === '_' || p === '*') continue;
    else out += p;
  }
  return (negative ? '-' : '') + out;
}

function splitSections(pattern: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of pattern) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Sheets' General rendering: up to 10 significant digits, the locale's decimal separator. */
export function formatGeneral(value: number, locale: string): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const text = String(Number(value.toPrecision(10)));
  return text.replace('.', separatorsOf(locale).decimal);
}

export function displayOf(
  value: StoredValue | undefined,
  numberFormat: string | undefined,
  locale: string,
): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') {
    if (isRussian(locale)) return value ? 'ИСТИНА' : 'ЛОЖЬ';
    return value ? 'TRUE' : 'FALSE';
  }
  if (numberFormat && isDateFormat(numberFormat)) return formatSerialDate(value, numberFormat);
  if (numberFormat && !/^general$/i.test(numberFormat) && numberFormat !== '@')
    return formatNumber(value, numberFormat, locale);
  return formatGeneral(value, locale);
}
