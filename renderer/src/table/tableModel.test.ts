import { describe, expect, it } from 'vitest';
import { exportRows, filterRows, nextTableSort, sortRows, type TableColumn } from './tableModel';

interface Row {
  code: string;
  areaHa: number;
  resident: string | null;
}

const columns: TableColumn<Row>[] = [
  { key: 'code', label: 'Участок', value: (row) => row.code },
  { key: 'area', label: 'Площадь, га', value: (row) => row.areaHa, text: (row) => row.areaHa.toFixed(2).replace('.', ','), numeric: true },
  { key: 'resident', label: 'Резидент', value: (row) => row.resident },
];

const rows: Row[] = [
  { code: 'Р-10', areaHa: 4.5, resident: 'ООО «Мещёра Полимер»' },
  { code: 'Р-2', areaHa: 12.25, resident: null },
  { code: 'Р-1', areaHa: 7, resident: 'ООО «ЭлектроКабель-62»' },
];

const codes = (list: readonly Row[]) => list.map((row) => row.code);

describe('sortRows', () => {
  it('orders codes naturally and numbers by value', () => {
    expect(codes(sortRows(rows, columns, { key: 'code', direction: 'ascending' }, 'ru'))).toEqual(['Р-1', 'Р-2', 'Р-10']);
    expect(codes(sortRows(rows, columns, { key: 'area', direction: 'descending' }, 'ru'))).toEqual(['Р-2', 'Р-1', 'Р-10']);
  });

  it('keeps empty cells last in both directions', () => {
    expect(codes(sortRows(rows, columns, { key: 'resident', direction: 'ascending' }, 'ru')).at(-1)).toBe('Р-2');
    expect(codes(sortRows(rows, columns, { key: 'resident', direction: 'descending' }, 'ru')).at(-1)).toBe('Р-2');
  });

  it('leaves the order alone without a sort', () => {
    expect(codes(sortRows(rows, columns, null, 'ru'))).toEqual(codes(rows));
  });
});

describe('filterRows', () => {
  it('finds by any shown text, ignoring case and ё', () => {
    expect(codes(filterRows(rows, columns, 'мещера', 'ru'))).toEqual(['Р-10']);
    expect(codes(filterRows(rows, columns, '12,25', 'ru'))).toEqual(['Р-2']);
  });

  it('needs every word', () => {
    expect(codes(filterRows(rows, columns, 'ооо 62', 'ru'))).toEqual(['Р-1']);
    expect(filterRows(rows, columns, '   ', 'ru')).toHaveLength(3);
  });
});

describe('nextTableSort and exportRows', () => {
  it('starts numbers with the largest and flips a sorted column', () => {
    expect(nextTableSort(null, columns[1] as TableColumn<Row>)).toEqual({ key: 'area', direction: 'descending' });
    expect(nextTableSort({ key: 'code', direction: 'ascending' }, columns[0] as TableColumn<Row>)).toEqual({ key: 'code', direction: 'descending' });
  });

  it('exports raw values under the column labels', () => {
    expect(exportRows(rows.slice(1, 2), columns)).toEqual({ header: ['Участок', 'Площадь, га', 'Резидент'], rows: [['Р-2', 12.25, null]] });
  });
});
