import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/useLocale';
import { CSV_DIALECTS, csvText } from '../../../shared/tables/csv';
import { XLSX_MIME, xlsxWorkbook } from '../../../shared/tables/xlsx';
import { useWindowedRows } from '../panels/useWindowedRows';
import { datedFileName, downloadFile } from './download';
import { cellText, exportRows, filterRows, nextTableSort, sortRows, type TableColumn, type TableSort } from './tableModel';

interface DataTableProps<R> {
  readonly title: string;
  /** The file name's middle part: «участки», «residents». */
  readonly subject: string;
  readonly rows: readonly R[];
  readonly columns: readonly TableColumn<R>[];
  readonly rowKey: (row: R) => string | number;
  readonly today: string;
  /** An editor for the cell, or null where the cell is read-only. */
  readonly cellEditor?: (row: R, column: TableColumn<R>) => ReactNode | null;
}

/** Every row is this high (registry.css), so the table can be windowed: 50,000 plots put ~150 rows in the DOM. */
const ROW_PX = 30;

/** An attribute table: a filter over all columns, sort by any header, and export of exactly what is shown. */
export function DataTable<R>({ title, subject, rows, columns, rowKey, today, cellEditor }: DataTableProps<R>) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<TableSort | null>(null);
  const shown = useMemo(() => sortRows(filterRows(rows, columns, query, locale), columns, sort, locale), [rows, columns, query, sort, locale]);
  const scroller = useRef<HTMLDivElement>(null);
  const visible = useWindowedRows(scroller, shown.length, ROW_PX);
  const exportCsv = () => {
    const table = exportRows(shown, columns);
    downloadFile(datedFileName(t('table.fileStem'), subject, today, 'csv'), csvText(table.header, table.rows, CSV_DIALECTS[locale]), 'text/csv;charset=utf-8');
  };
  const exportXlsx = () => {
    const table = exportRows(shown, columns);
    const bytes = xlsxWorkbook([{ name: title, header: table.header, rows: table.rows }]);
    downloadFile(datedFileName(t('table.fileStem'), subject, today, 'xlsx'), bytes.buffer as ArrayBuffer, XLSX_MIME);
  };

  return (
    <div className="data-table">
      <div className="table-toolbar">
        <input type="search" aria-label={t('table.filter')} placeholder={t('table.filter')} value={query} onChange={(event) => setQuery(event.target.value)} />
        <span className="muted" role="status">
          {t('table.shown', { shown: shown.length, total: rows.length })}
        </span>
        <span className="toolbar-gap" />
        <button type="button" title={t('table.csvHint')} onClick={exportCsv}>
          {t('table.csv')}
        </button>
        <button type="button" title={t('table.xlsxHint')} onClick={exportXlsx}>
          {t('table.xlsx')}
        </button>
      </div>
      <div className="table-scroll-wide" ref={scroller}>
        <table aria-label={title}>
          <thead>
            <tr>
              {columns.map((column) => {
                const state = sort?.key === column.key ? sort.direction : 'none';
                return (
                  <th key={column.key} scope="col" aria-sort={state} className={column.numeric ? 'numeric' : undefined}>
                    <button type="button" title={t('table.sortBy', { column: column.label })} onClick={() => setSort((current) => nextTableSort(current, column))}>
                      {column.label}
                      <span className="sort-mark" aria-hidden="true">
                        {state === 'ascending' ? '▲' : state === 'descending' ? '▼' : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {visible.before > 0 && <tr aria-hidden="true" className="spacer" style={{ height: visible.before }} />}
            {shown.slice(visible.start, visible.end).map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) => (
                  <td key={column.key} className={column.numeric ? 'numeric' : undefined}>
                    {cellEditor?.(row, column) ?? cellText(column, row)}
                  </td>
                ))}
              </tr>
            ))}
            {visible.after > 0 && <tr aria-hidden="true" className="spacer" style={{ height: visible.after }} />}
          </tbody>
        </table>
        {shown.length === 0 && <p className="empty">{t('table.empty')}</p>}
      </div>
    </div>
  );
}
