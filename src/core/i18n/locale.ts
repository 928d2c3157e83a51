import type { Locale } from '../model';

/** Russian for `ru*` spreadsheet locales (`ru`, `ru_RU`, `ru-RU`), English otherwise. */
export function localeOf(spreadsheetLocale: string | null | undefined): Locale {
  return /^ru(?:[_-]|$)/i.test(String(spreadsheetLocale ?? '').trim()) ? 'ru' : 'en';
}

/** A pair of texts, one per locale: every user-facing label in the core is one of these. */
export type Text = Record<Locale, string>;

export function pick(text: Text, locale: Locale): string {
  return text[locale];
}
