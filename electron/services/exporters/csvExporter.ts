import { basename, dirname, extname, join } from 'node:path';
import { writeFilesAtomic } from './atomicOutput';
import type { ExportWriter } from './exporter';
import { exportTables, type Cell, type ExportTable } from './exportTables';

const BOM = '\uFEFF';

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
export function csvField(cell: Cell): string {
  const text = cell === null ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A table as CSV: UTF-8 with a BOM (so Excel reads Cyrillic right), CRLF line ends, a header row of
 * machine keys, numbers with a decimal point.
 *
 * @example
 * tableToCsv(table); // '\uFEFFpark,code,...\r\n...'
 */
export function tableToCsv(table: ExportTable): string {
  const lines = [table.columns.map((column) => csvField(column.key)), ...table.rows.map((row) => row.map(csvField))];
  return BOM + lines.map((fields) => fields.join(',')).join('\r\n') + '\r\n';
}

/** OUT.csv holds plots; residents and allocations go beside it as OUT-residents.csv and OUT-allocations.csv. */
const companionPath = (outFile: string, table: ExportTable): string =>
  table.name === 'plots' ? outFile : join(dirname(outFile), `${basename(outFile, extname(outFile))}-${table.name}${extname(outFile)}`);

export const csvExporter: ExportWriter = {
  write({ snapshot, options, outFile, today }) {
    const tables = exportTables(snapshot, today).filter((table) => options.table === undefined || table.name === options.table);
    const files = tables.map((table) => ({
      path: options.table === undefined ? companionPath(outFile, table) : outFile,
      data: tableToCsv(table),
      summary: `${table.rows.length} ${table.name}`,
    }));
    writeFilesAtomic(files);
    return { files: files.map(({ path, summary }) => ({ path, summary })) };
  },
};
