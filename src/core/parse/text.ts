/**
 * Cells as text: the blank test every reader starts with, text values of columns, and the raw text that
 * findings quote back to the user.
 */
import type { Cell } from '../model';

/** Longest raw value a finding quotes. */
export const MAX_QUOTED = 200;

/**
 * Whether a character is surely not white space to `String.prototype.trim`: printable ASCII, or Latin-1
 * letters up to Cyrillic and beyond, short of U+1680 (the first Unicode space above U+00A0). Lets the readers
 * skip the `trim()` call for the usual cell that starts and ends with a letter or a digit.
 */
function isSurelyNotSpace(c: number): boolean {
  return (c > 32 && c < 127) || (c > 0xa0 && c < 0x1680);
}

/** `s.trim()`, without the call when both ends are plainly not spaces (this runs for every text cell). */
export function trimText(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  return isSurelyNotSpace(s.charCodeAt(0)) && isSurelyNotSpace(s.charCodeAt(n - 1)) ? s : s.trim();
}

/** `''` (or only spaces) is a missing value: distinct from an unreadable one. */
export function isBlank(cell: Cell | undefined): boolean {
  if (cell === '' || cell === undefined || cell === null) return true;
  return typeof cell === 'string' && !isSurelyNotSpace(cell.charCodeAt(0)) && cell.trim() === '';
}

/** A text column's value: trimmed text; numbers as written by `String` (IDs such as 123 → "123"). */
export function cellText(cell: Cell | undefined): string {
  if (typeof cell === 'string') return trimText(cell);
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (cell === undefined || cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return isNaN(cell.getTime()) ? '' : cell.toISOString();
}

/** The value as the user would recognise it, cut to MAX_QUOTED characters, for a finding. */
export function quoteCell(cell: Cell | undefined): string {
  let text: string;
  if (typeof cell === 'string') text = cell;
  else if (typeof cell === 'number') text = String(cell);
  else if (typeof cell === 'boolean') text = cell ? 'TRUE' : 'FALSE';
  else if (cell === undefined || cell === null) text = '';
  // A Date (checked by shape, not instanceof: the host may hand us Dates from another realm).
  else text = isNaN(cell.getTime()) ? 'Invalid Date' : cell.toISOString();
  return text.length > MAX_QUOTED ? text.slice(0, MAX_QUOTED) : text;
}
