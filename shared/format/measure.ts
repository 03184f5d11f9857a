import { UNIT_SYMBOLS, type Locale } from './locale';

// Intl caches nothing between calls; plot tables format thousands of figures, so keep one formatter per shape.
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A number with a fixed count of decimals in the locale's way: comma decimals and no-break-space groups in
 * Russian, dot decimals and comma groups in English.
 *
 * @example
 * formatNumber(124567.25, 'ru', 1) // '124 567,3' (the gap is a no-break space)
 * formatNumber(124567.25, 'en', 1) // '124,567.3'
 */
export function formatNumber(value: number, locale: Locale, fractionDigits = 0): string {
  const key = `${locale}/${fractionDigits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
      useGrouping: true,
    });
    formatters.set(key, formatter);
  }
  // -0 would print as "-0": a rounded-away sliver is not a negative area.
  const text = formatter.format(value === 0 ? 0 : value);
  return /^-0([.,]0+)?$/.test(text) ? text.slice(1) : text;
}

/** A no-break space keeps the figure and its unit on one line. */
const withUnit = (figure: string, unit: string): string => `${figure}\u00a0${unit}`;

/**
 * An area in hectares, by default to 4 decimals (1 m² resolution), as in cadastral documents.
 *
 * @example
 * formatHectares(12.45671, 'ru') // '12,4567 га'
 * formatHectares(12.45671, 'en', 1) // '12.5 ha'
 */
export function formatHectares(valueHa: number, locale: Locale, fractionDigits = 4): string {
  return withUnit(formatNumber(valueHa, locale, fractionDigits), UNIT_SYMBOLS[locale].hectare);
}

/**
 * An area in square metres, rounded to whole metres.
 *
 * @example
 * formatSquareMetres(124567.4, 'ru') // '124 567 м²'
 * formatSquareMetres(124567.4, 'en') // '124,567 m²'
 */
export function formatSquareMetres(valueM2: number, locale: Locale, fractionDigits = 0): string {
  return withUnit(formatNumber(valueM2, locale, fractionDigits), UNIT_SYMBOLS[locale].squareMetre);
}

/**
 * A length in metres (a perimeter, a spur, a pipe), by default to whole metres.
 *
 * @example
 * formatMetres(1432.6, 'ru', 1) // '1 432,6 м'
 * formatMetres(1432.6, 'en') // '1,433 m'
 */
export function formatMetres(valueM: number, locale: Locale, fractionDigits = 0): string {
  return withUnit(formatNumber(valueM, locale, fractionDigits), UNIT_SYMBOLS[locale].metre);
}
