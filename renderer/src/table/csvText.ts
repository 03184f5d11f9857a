import type { Locale } from '../../../shared/format/locale';
import type { CellValue } from './xlsxWorkbook';

/**
 * How Excel expects a CSV in each interface language: a Russian Excel splits on «;» and reads «12,5»
 * as a number, an English one splits on «,» and reads «12.5».
 */
const DIALECT = {
  ru: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
} as const satisfies Record<Locale, { separator: string; decimal: string }>;

/** The byte-order mark that tells Excel the file is UTF-8; without it Cyrillic comes out as mojibake. */
export const BOM = '\ufeff';

function cellText(value: CellValue, locale: Locale): string {
  const { separator, decimal } = DIALECT[locale];
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', decimal) : '';
  // A cell starting with = + - @ would run as a formula in Excel (CSV injection): keep it text.
  const text = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A table as CSV text for Excel in the interface's language: BOM first, CRLF line ends, quoted where a
 * cell holds the separator, a quote or a line break; numbers unformatted so Excel can sum them.
 *
 * @example
 * csvText(['Участок', 'Площадь, га'], [['Р-1', 12.5]], 'ru'); // '\ufeffУчасток;Площадь, га\r\nР-1;12,5\r\n'
 */
export function csvText(header: readonly string[], rows: readonly (readonly CellValue[])[], locale: Locale): string {
  const { separator } = DIALECT[locale];
  const lines = [header, ...rows].map((row) => row.map((value) => cellText(value, locale)).join(separator));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
