import { isWritableNumber, type CellValue } from './cell';
import { guardFormula, startsFormula } from './formulaGuard';

/** Where a CSV goes: the field separator and the decimal mark its reader expects. */
export interface CsvDialect {
  readonly separator: ',' | ';';
  readonly decimal: '.' | ',';
}

/**
 * The dialects ParkPlan writes. A Russian Excel splits on «;» and reads «12,5» as a number, an English one
 * splits on «,» and reads «12.5»; the exchange dialect (RFC 4180, what GDAL and scripts read) is the
 * English one, used by the CLI and the export dialog.
 */
export const CSV_DIALECTS = {
  ru: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
  exchange: { separator: ',', decimal: '.' },
} as const satisfies Record<string, CsvDialect>;

/** The byte-order mark that tells Excel the file is UTF-8; without it Cyrillic comes out as mojibake. */
export const BOM = '\ufeff';

/** One field: numbers with the dialect's decimal mark (NaN empty), text formula-guarded and quoted where needed. */
export function csvField(value: CellValue, dialect: CsvDialect): string {
  if (value === null) return '';
  if (typeof value === 'number') return isWritableNumber(value) ? String(value).replace('.', dialect.decimal) : '';
  const text = guardFormula(value);
  const needsQuotes = startsFormula(value) || text.includes(dialect.separator) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A table as CSV text: BOM first, CRLF line ends, RFC 4180 quoting, every text cell formula-guarded, the
 * header row guarded like the rest. The one CSV writer: attribute tables, the export dialog and the CLI.
 *
 * @example
 * csvText(['Участок', 'Площадь, га'], [['Р-1', 12.5]], CSV_DIALECTS.ru); // '\ufeffУчасток;Площадь, га\r\nР-1;12,5\r\n'
 */
export function csvText(header: readonly string[], rows: readonly (readonly CellValue[])[], dialect: CsvDialect): string {
  const lines = [header, ...rows].map((row) => row.map((value) => csvField(value, dialect)).join(dialect.separator));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
