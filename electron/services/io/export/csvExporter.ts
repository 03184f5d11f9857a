import { basename, dirname, extname, join } from 'node:path';
import { CSV_DIALECTS, csvText } from '../../../../shared/tables/csv';
import { writeFilesAtomic } from './atomicOutput';
import type { ExportWriter } from './exporter';
import { exportTables, type ExportTable } from './exportTables';

/**
 * A table as CSV for exchange (GDAL, scripts, any Excel): UTF-8 with a BOM, CRLF line ends, a header row
 * of machine keys with the stored values beside them, numbers with a decimal point, every text cell
 * formula-guarded by the one CSV writer.
 *
 * @example
 * tableToCsv(table); // '\uFEFFpark,code,...\r\n...'
 */
export function tableToCsv(table: ExportTable): string {
  return csvText(
    table.columns.map((column) => column.key),
    table.rows,
    CSV_DIALECTS.exchange,
  );
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
