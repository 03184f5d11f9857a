import { RefusedError } from '../../refusals/refusedError';
import type { AttributeValue } from './sourceFeature';

/*
 * A MapInfo .mid: one row per object of the .mif, values split by the MIF's Delimiter, text in double
 * quotes with "" for a quote inside, typed by the MIF's Columns (Char, Integer, SmallInt, Decimal,
 * Float, Logical, Date). A row with the wrong number of values refuses the file naming the row.
 */

export interface MifColumn {
  readonly name: string;
  /** The type as declared, lower case: 'char', 'integer', 'decimal', 'float', 'logical', 'date'… */
  readonly type: string;
}

/** The values of one row, quotes undone; a delimiter inside quotes is part of the text. */
function splitRow(line: string, delimiter: string): string[] {
  const values: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        current += '"';
        i++;
      } else if (c === '"') quoted = false;
      else current += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      values.push(current);
      current = '';
    } else current += c;
  }
  values.push(current);
  return values;
}

function typed(raw: string, type: string): AttributeValue {
  const text = raw.trim();
  if (/^(integer|smallint|largeint|decimal|float)/.test(type)) return text === '' || !Number.isFinite(Number(text)) ? null : Number(text);
  if (type.startsWith('logical')) return /^[Tt]/.test(text) ? true : /^[Ff]/.test(text) ? false : null;
  // A Date is YYYYMMDD: written as ISO, the form the rest of the project reads.
  if (type.startsWith('date') && /^\d{8}$/.test(text)) return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
  return raw === '' ? null : raw;
}

/**
 * The rows of a .mid as attribute records.
 *
 * @example
 * readMid('"М-1","производственная",4800.5\n', ',', columns, 'plots.mid')[0]; // { КОД: 'М-1', ЗОНА: 'производственная', ПЛОЩАДЬ: 4800.5 }
 */
export function readMid(text: string, delimiter: string, columns: readonly MifColumn[], file: string): Record<string, AttributeValue>[] {
  const lines = text.split(/\r\n|\r|\n/);
  // The last line ends with a newline: the empty string after it is not a row.
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((line, index) => {
    const values = splitRow(line, delimiter);
    if (values.length !== columns.length) throw new RefusedError('import.mif.badRow', { file, row: index + 1, got: values.length, expected: columns.length });
    return Object.fromEntries(columns.map((column, i) => [column.name, typed(values[i] ?? '', column.type)]));
  });
}
