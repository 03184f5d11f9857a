import type { Locale } from '../../../shared/format/locale';
import { formatHectares, formatNumber } from '../../../shared/format/measure';

/**
 * The park's area by its boundary against the area in its documents (issue 11), as the header shows it:
 * "+0,25 га (+0,04 %)" — positive when the boundary holds more than the documents say.
 *
 * @example
 * declaredDifference(560, 560.25, 'ru'); // '+0,25 га (+0,04 %)'
 */
export function declaredDifference(declaredHa: number, computedHa: number, locale: Locale): string {
  const difference = computedHa - declaredHa;
  const sign = difference > 0 ? '+' : difference < 0 ? '−' : '±';
  const percent = (Math.abs(difference) / declaredHa) * 100;
  return `${sign}${formatHectares(Math.abs(difference), locale, 2)} (${sign}${formatNumber(percent, locale, 2)} %)`;
}
