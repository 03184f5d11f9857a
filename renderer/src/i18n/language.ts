import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../shared/format/locale';

const PARAM = 'lang';

/** The language asked for in the page's query (`?lang=en`), Russian when absent or unknown. */
export function localeFromSearch(search: string): Locale {
  const asked = new URLSearchParams(search).get(PARAM);
  return isLocale(asked) ? asked : DEFAULT_LOCALE;
}

/** The query with `lang` set, every other parameter (the web host's token) kept as it was. */
export function searchWithLocale(search: string, locale: Locale): string {
  const params = new URLSearchParams(search);
  params.set(PARAM, locale);
  return `?${params.toString()}`;
}
