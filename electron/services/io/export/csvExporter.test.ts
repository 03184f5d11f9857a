import { describe, expect, it } from 'vitest';
import { tableToCsv } from './csvExporter';
import type { ExportTable } from './exportTables';

const table = (rows: ExportTable['rows']): ExportTable => ({
  name: 'residents',
  title: 'Резиденты',
  columns: [
    { key: 'name', title: 'Резидент' },
    { key: 'jobs_planned', title: 'Рабочих мест' },
  ],
  rows,
});

describe('tableToCsv', () => {
  it('starts with a BOM and the keys, ends every record with CRLF, quotes a comma', () => {
    expect(tableToCsv(table([['ООО «Карандаш»', 120], ['ИП Иванов, И. И.', null]]))).toBe('\uFEFFname,jobs_planned\r\nООО «Карандаш»,120\r\n"ИП Иванов, И. И.",\r\n');
  });

  it('keeps a formula a resident was given as text, and NaN as an empty cell', () => {
    expect(tableToCsv(table([['=HYPERLINK("http://evil","x")', Number.NaN]]))).toBe('\uFEFFname,jobs_planned\r\n"\'=HYPERLINK(""http://evil"",""x"")",\r\n');
  });
});
