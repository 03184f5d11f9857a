import type { Locale } from './locale';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const formatters = {
  ru: new Intl.DateTimeFormat('ru', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
} as const satisfies Record<Locale, Intl.DateTimeFormat>;

/**
 * A calendar date (an agreement's date, stored as YYYY-MM-DD) as a planner writes it. Read as UTC so no
 * time zone can move it to the day before; text that is not such a date is returned as it is.
 *
 * @example
 * formatIsoDate('2023-05-01', 'ru') // '01.05.2023'
 * formatIsoDate('2023-05-01', 'en') // '1 May 2023'
 */
export function formatIsoDate(iso: string, locale: Locale): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // 2023-02-30 would roll into March: such a date is not a date.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return iso;
  return formatters[locale].format(date);
}
