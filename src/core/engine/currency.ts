/**
 * Conversion to the base currency. A currency with no usable rate is never summed as if it were the base
 * currency: the caller leaves the amount out and reports it (Data quality, "unknown currencies").
 */
import type { Settings } from '../model';

/** Units of base currency per unit of `currency`, or null when no usable rate is known. */
export type RateOf = (currency: string) => number | null;

/** The last function made, reused for the same base and rates (see makeRateOf). */
let last: { key: string; rateOf: RateOf } | null = null;

/**
 * The rate lookup of the settings. The same base and rates give the very same function, so report passes
 * optimised for one dataset keep inlining it for the next read of the workbook.
 */
export function makeRateOf(settings: Settings): RateOf {
  const key = settings.baseCurrency + '\u0001' + JSON.stringify(settings.rates);
  if (last === null || last.key !== key) last = { key, rateOf: buildRateOf(settings) };
  return last.rateOf;
}

function buildRateOf(settings: Settings): RateOf {
  const base = settings.baseCurrency.trim().toUpperCase();
  const rates = { ...settings.rates };
  const cache = new Map<string, number | null>();
  return (currency: string): number | null => {
    let rate = cache.get(currency);
    if (rate !== undefined) return rate;
    const code = currency.trim().toUpperCase();
    if (code === '' || code === base) rate = 1;
    else {
      const r = rates[code];
      rate = typeof r === 'number' && isFinite(r) && r > 0 ? r : null;
    }
    if (cache.size >= 10_000) cache.clear(); // free text in a currency column: keep the cache bounded
    cache.set(currency, rate);
    return rate;
  };
}
