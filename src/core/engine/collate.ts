/** Locale-aware name comparison (Russian names sort as a Russian reader expects). One collator per locale. */
import type { Locale } from '../model';

const collators: Partial<Record<Locale, Intl.Collator>> = {};

export function compareNames(locale: Locale): (a: string, b: string) => number {
  let c = collators[locale];
  if (!c) {
    c = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collators[locale] = c;
  }
  return c.compare;
}
