import { writeFileAtomic } from '../atomicWrite';
import type { ExportWriter } from './exporter';
import { exportTables } from './exportTables';
import { xlsxWorkbook } from './xlsxWorkbook';

/** XLSX: one workbook, sheets Участки, Резиденты, Предоставления with Russian column titles. */
export const xlsxExporter: ExportWriter = {
  write({ snapshot, outFile, today }) {
    const tables = exportTables(snapshot, today);
    writeFileAtomic(outFile, xlsxWorkbook(tables));
    const summary = tables.map((table) => `${table.rows.length} ${table.name}`).join(', ');
    return { files: [{ path: outFile, summary }] };
  },
};
