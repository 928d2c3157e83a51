/**
 * Numbers from cells. Sheets hands numbers over as numbers; text numbers come from CSV imports and exports
 * pasted as text, written the way people write money: `1 500,50 ₽`, `1,500.50`, `1.500,50`, `(1 200)`.
 *
 * Separator rule (tested in test/core/parse/number.test.ts):
 * - spaces (also no-break U+00A0, narrow no-break U+202F, thin U+2009, figure U+2007) and apostrophes
 *   (' and ’) only group thousands;
 * - with both `,` and `.` present, the one that comes last is the decimal mark (it must occur once) and the
 *   other groups thousands: `1,500.50` and `1.500,50` are both 1500.5;
 * - a single `,` or a single `.` is the decimal mark: `1,5` = 1.5, and the ambiguous `1,500` = 1.5, because
 *   Russian exports (Bitrix24 among them) write `1 500,50` and never group thousands with a comma;
 * - a mark that occurs more than once groups thousands: `1,500,000`, `1.500.000`;
 * - wherever thousands are grouped, the groups after the first have exactly 3 digits (`12 34` is unreadable).
 * A currency sign or code may stand before or after the number; a minus sign or parentheses make it negative.
 * Anything else — words, booleans, dates, percentages, NaN, Infinity — is unreadable: null, never 0.
 */
import type { Cell } from '../model';

const CURRENCY_TOKENS = new Set([
  '₽',
  '$',
  '€',
  '£',
  '¥',
  '₸',
  '₴',
  'руб',
  'руб.',
  'р',
  'р.',
  'rub',
  'rur',
  'usd',
  'us$',
  'eur',
  'gbp',
  'kzt',
  'uah',
  'byn',
  'cny',
]);

const COMMA = 44;
const POINT = 46;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Characters that only ever group thousands. */
function isGroupMark(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007 || c === 39 || c === 0x2019;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
}

/** A number cell's value; null when unreadable. Callers test `isBlank` first: blank is missing, not unreadable. */
export function parseNumber(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell === 'string') return parseNumberText(cell);
  return null;
}

export function parseNumberText(text: string): number | null {
  const s = text.trim();
  const n = s.length;
  if (n === 0) return null;

  // Fast path: plain digits with an optional leading minus, the common shape of CSV numbers.
  let plain = true;
  for (let k = s.charCodeAt(0) === 45 ? 1 : 0; k < n; k++) {
    if (!isDigit(s.charCodeAt(k))) {
      plain = false;
      break;
    }
  }
  if (plain && n > (s.charCodeAt(0) === 45 ? 1 : 0)) return Number(s);

  let first = -1;
  for (let k = 0; k < n; k++) {
    if (isDigit(s.charCodeAt(k))) {
      first = k;
      break;
    }
  }
  if (first < 0) return null;
  let last = first;
  for (let k = n - 1; k > first; k--) {
    if (isDigit(s.charCodeAt(k))) {
      last = k;
      break;
    }
  }
  // `,5` and `-.5`: a decimal mark right before the first digit belongs to the number, unless it ends a word
  // such as `р.`.
  if (first > 0) {
    const mark = s.charCodeAt(first - 1);
    const before = first > 1 ? s.charCodeAt(first - 2) : 32;
    if (
      (mark === COMMA || mark === POINT) &&
      (isSpace(before) || before === 45 || before === 0x2212 || before === 40)
    ) {
      first--;
    }
  }

  // Prefix: signs, an opening parenthesis, a currency token.
  let negatives = 0;
  let opened = false;
  let head = '';
  for (let k = 0; k < first; k++) {
    const c = s.charCodeAt(k);
    if (isSpace(c)) continue;
    if (c === 45 || c === 0x2212) negatives++;
    else if (c === 43) continue;
    else if (c === 40 && !opened) opened = true;
    else head += s[k];
  }
  let closed = false;
  let tail = '';
  for (let k = last + 1; k < n; k++) {
    const c = s.charCodeAt(k);
    if (isSpace(c)) continue;
    if (c === 41 && !closed) closed = true;
    else tail += s[k];
  }
  if (opened !== closed) return null;
  if (opened) negatives++;
  if (negatives > 1) return null;
  if (head !== '' && (tail !== '' || !CURRENCY_TOKENS.has(head.toLowerCase()))) return null;
  if (tail !== '' && !CURRENCY_TOKENS.has(tail.toLowerCase())) return null;

  const value = parseCore(s, first, last + 1);
  if (value === null) return null;
  return negatives ? -value : value;
}

/** The digits and separators between `start` and `end`, by the separator rule above. */
function parseCore(s: string, start: number, end: number): number | null {
  let commas = 0;
  let points = 0;
  let lastComma = -1;
  let lastPoint = -1;
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c === COMMA) {
      commas++;
      lastComma = k;
    } else if (c === POINT) {
      points++;
      lastPoint = k;
    } else if (!isDigit(c) && !isGroupMark(c)) return null;
  }
  let decimalAt = -1;
  let grouping = -1;
  if (commas > 0 && points > 0) {
    if (lastComma > lastPoint) {
      if (commas > 1) return null;
      decimalAt = lastComma;
      grouping = POINT;
    } else {
      if (points > 1) return null;
      decimalAt = lastPoint;
      grouping = COMMA;
    }
  } else if (commas === 1) decimalAt = lastComma;
  else if (points === 1) decimalAt = lastPoint;
  else if (commas > 1) grouping = COMMA;
  else if (points > 1) grouping = POINT;

  const intEnd = decimalAt >= 0 ? decimalAt : end;
  let digits = '';
  let groups = 0;
  let groupLen = 0;
  let inSeparator = false;
  let marksInSeparator = 0;
  for (let k = start; k < intEnd; k++) {
    const c = s.charCodeAt(k);
    if (isDigit(c)) {
      if (inSeparator) {
        // Close the previous group: the first may have 1–3 digits, every later one exactly 3.
        if (groupLen === 0 || groupLen > 3 || (groups > 0 && groupLen !== 3)) return null;
        groups++;
        groupLen = 0;
        inSeparator = false;
        marksInSeparator = 0;
      }
      digits += s[k];
      groupLen++;
    } else {
      if (c !== grouping && !isGroupMark(c)) return null;
      if (c === grouping && ++marksInSeparator > 1) return null;
      inSeparator = true;
    }
  }
  if (inSeparator) return null;
  if (groups > 0 && groupLen !== 3) return null;

  if (decimalAt >= 0) {
    if (decimalAt + 1 >= end) return null;
    let fraction = '';
    for (let k = decimalAt + 1; k < end; k++) {
      const c = s.charCodeAt(k);
      if (!isDigit(c)) return null;
      fraction += s[k];
    }
    return Number((digits || '0') + '.' + fraction);
  }
  return digits === '' ? null : Number(digits);
}
