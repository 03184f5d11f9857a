import type { Locale } from '../../../shared/format/locale';
import type { CellValue } from '../../../shared/tables/cell';

/** A column of an attribute table: its raw value (sorted and exported) and the text shown. */
export interface TableColumn<R> {
  readonly key: string;
  readonly label: string;
  readonly value: (row: R) => CellValue;
  /** The formatted text; the raw value as text when absent. */
  readonly text?: (row: R) => string;
  readonly numeric?: boolean;
}

export interface TableSort {
  readonly key: string;
  readonly direction: 'ascending' | 'descending';
}

export const cellText = <R>(column: TableColumn<R>, row: R): string => column.text?.(row) ?? String(column.value(row) ?? '');

/** Lower case with ё read as е, so «Мёд» is found by «мед». */
const folded = (text: string, locale: Locale): string => text.toLocaleLowerCase(locale).replaceAll('ё', 'е');

/** Rows whose shown text, in any column, contains every word of the query. */
export function filterRows<R>(rows: readonly R[], columns: readonly TableColumn<R>[], query: string, locale: Locale): R[] {
  const words = folded(query, locale).split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const haystack = folded(columns.map((column) => cellText(column, row)).join('\u0000'), locale);
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * Rows ordered by one column: numbers by value, text in natural order (Р-2 before Р-10); empty cells
 * last whichever way; ties keep their order.
 */
export function sortRows<R>(rows: readonly R[], columns: readonly TableColumn<R>[], sort: TableSort | null, locale: Locale): R[] {
  const column = sort === null ? undefined : columns.find((candidate) => candidate.key === sort.key);
  if (column === undefined || sort === null) return [...rows];
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: column.value(row) }))
    .sort((a, b) => {
      const aEmpty = a.value === null || a.value === '';
      const bEmpty = b.value === null || b.value === '';
      if (aEmpty || bEmpty) return aEmpty === bEmpty ? a.index - b.index : aEmpty ? 1 : -1;
      const order =
        typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value));
      return sign * order || a.index - b.index;
    })
    .map(({ row }) => row);
}

/** Clicking the sorted column flips it; another column sorts ascending, numbers largest first. */
export function nextTableSort<R>(current: TableSort | null, column: TableColumn<R>): TableSort {
  if (current?.key === column.key) return { key: column.key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key: column.key, direction: column.numeric === true ? 'descending' : 'ascending' };
}

/** The header and raw rows of what the table shows, for CSV and XLSX. */
export function exportRows<R>(rows: readonly R[], columns: readonly TableColumn<R>[]): { header: string[]; rows: CellValue[][] } {
  return { header: columns.map((column) => column.label), rows: rows.map((row) => columns.map((column) => column.value(row))) };
}
