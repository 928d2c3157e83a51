/**
 * Conversion to the base currency. A currency with no usable rate is never summed as if it were the base
 * currency: the caller leaves the amount out and reports it (Data quality, "unknown currencies").
 */
import type { Settings } from '../model';

/** Units of base currency per unit of `currency`, or null when no usable rate is known. */
export type RateOf = (currency: string) => number | null;

export function makeRateOf(settings: Settings): RateOf {
  const base = settings.baseCurrency.trim().toUpperCase();
  const cache = new Map<string, number | null>();
  return (currency: string): number | null => {
    let rate = cache.get(currency);
    if (rate !== undefined) return rate;
    const code = currency.trim().toUpperCase();
    if (code === '' || code === base) rate = 1;
    else {
      const r = settings.rates[code];
      rate = typeof r === 'number' && isFinite(r) && r > 0 ? r : null;
    }
    cache.set(currency, rate);
    return rate;
  };
}
