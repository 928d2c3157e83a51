/**
 * Currency codes as the engine keys rates: upper-case ISO codes. Exports write `RUR` (Bitrix24's old code for
 * the rouble), signs or Russian abbreviations; they all mean one code.
 */

const ALIASES: Record<string, string> = {
  RUR: 'RUB',
  '₽': 'RUB',
  РУБ: 'RUB',
  'РУБ.': 'RUB',
  Р: 'RUB',
  'Р.': 'RUB',
  РУБЛЬ: 'RUB',
  РУБЛИ: 'RUB',
  РУБЛЕЙ: 'RUB',
  $: 'USD',
  US$: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '₸': 'KZT',
  '₴': 'UAH',
};

const isUpperLatin = (c: number): boolean => c >= 65 && c <= 90;

/** Trimmed, upper-case, aliases resolved; `''` stays `''` (the base currency). */
export function normaliseCurrency(text: string): string {
  // The usual cell, an ISO code such as `RUB`, is returned as is: no new string, no alias lookup.
  if (
    text.length === 3 &&
    isUpperLatin(text.charCodeAt(0)) &&
    isUpperLatin(text.charCodeAt(1)) &&
    isUpperLatin(text.charCodeAt(2)) &&
    text !== 'RUR'
  )
    return text;
  const code = text.trim().toUpperCase();
  if (code === '') return '';
  return ALIASES[code] ?? code;
}

/** A plausible currency code after normalisation: three Latin letters. */
export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code);
}
