/** Number formats of report cells. Sheets patterns are locale-neutral: the spreadsheet locale picks the separators. */
import type { Locale } from '../model';

export const FORMAT = {
  text: '@',
  integer: '#,##0',
  /** Row numbers and the like: no thousands separator. */
  plainInteger: '0',
  decimal: '#,##0.00',
  percent: '0.0%',
  /** Signed change: the sign is the reading. */
  change: '+0.0%;-0.0%;0.0%',
  general: 'General',
} as const;

const CURRENCY_SYMBOL: Record<string, { symbol: string; before: boolean; decimals: number }> = {
  RUB: { symbol: '₽', before: false, decimals: 0 },
  USD: { symbol: '$', before: true, decimals: 2 },
  EUR: { symbol: '€', before: false, decimals: 2 },
  KZT: { symbol: '₸', before: false, decimals: 0 },
  BYN: { symbol: 'Br', before: false, decimals: 2 },
  UAH: { symbol: '₴', before: false, decimals: 2 },
  GBP: { symbol: '£', before: true, decimals: 2 },
  CNY: { symbol: '¥', before: true, decimals: 2 },
};

/** A money format for the base currency, e.g. `#,##0 "₽"` or `"$"#,##0.00`. */
export function currencyFormat(code: string): string {
  const known = CURRENCY_SYMBOL[code];
  const symbol = known ? known.symbol : code;
  const number = known && known.decimals === 0 ? '#,##0' : '#,##0.00';
  return known && known.before ? `"${symbol}"${number}` : `${number} "${symbol}"`;
}

export function dateFormat(locale: Locale): string {
  return locale === 'ru' ? 'dd.mm.yyyy' : 'yyyy-mm-dd';
}

export const COLORS = {
  good: '#188038',
  bad: '#d93025',
  muted: '#5f6368',
  headerFill: '#e8eaed',
  totalFill: '#f1f3f4',
  flagFill: '#fce8e6',
  okFill: '#e6f4ea',
  warnFill: '#fef7e0',
} as const;
