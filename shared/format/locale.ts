/** The languages the interface speaks: Russian by default, English on request. */
export const LOCALES = ['ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'ru';

export const isLocale = (value: unknown): value is Locale => LOCALES.some((locale) => locale === value);

/** Unit symbols as a planner writes them in each language. */
export const UNIT_SYMBOLS = {
  ru: { hectare: 'га', squareMetre: 'м²', metre: 'м' },
  en: { hectare: 'ha', squareMetre: 'm²', metre: 'm' },
} as const satisfies Record<Locale, Record<string, string>>;
