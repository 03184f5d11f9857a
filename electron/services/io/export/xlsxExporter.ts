import { formatMessage, isMessageKey } from '../../../../shared/messages/message';
import type { CellValue } from '../../../../shared/tables/cell';
import { xlsxWorkbook, type XlsxSheet } from '../../../../shared/tables/xlsx';
import { writeFileAtomic } from './atomicOutput';
import type { ExportWriter } from './exporter';
import { exportTables, type Column, type ExportTable } from './exportTables';

/** A stored value in the words of the sheet's Russian titles; an unknown value stays as stored. */
function worded(column: Column | undefined, value: CellValue): CellValue {
  if (column?.words === undefined || typeof value !== 'string') return value;
  const key = `tableValue.${column.words}.${value}`;
  return isMessageKey(key) ? formatMessage('ru', { key, params: {} }) : value;
}

/** An export table as a sheet: Russian titles, values worded like them, date columns marked. */
export function tableSheet(table: ExportTable): XlsxSheet {
  return {
    name: table.title,
    header: table.columns.map((column) => column.title),
    rows: table.rows.map((row) => row.map((value, index) => worded(table.columns[index], value))),
    dateColumns: table.columns.map((column) => column.date === true),
  };
}

/** XLSX: one workbook, sheets Участки, Резиденты, Предоставления with Russian column titles and values. */
export const xlsxExporter: ExportWriter = {
  write({ snapshot, outFile, today }) {
    const tables = exportTables(snapshot, today);
    writeFileAtomic(outFile, xlsxWorkbook(tables.map(tableSheet)));
    const summary = tables.map((table) => `${table.rows.length} ${table.name}`).join(', ');
    return { files: [{ path: outFile, summary }] };
  },
};
