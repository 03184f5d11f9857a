import { describe, expect, it } from 'vitest';
import { csvField, tableToCsv } from './csvExporter';
import type { ExportTable } from './exportTables';

describe('csvField (RFC 4180)', () => {
  it('leaves plain text and numbers bare', () => {
    expect(csvField('Р-01')).toBe('Р-01');
    expect(csvField(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(csvField(null)).toBe('');
  });

  it('quotes a field with a comma, a quote or a line break, doubling quotes', () => {
    expect(csvField('ООО "Бумага, Картон"')).toBe('"ООО ""Бумага, Картон"""');
    expect(csvField('строка 1\r\nстрока 2')).toBe('"строка 1\r\nстрока 2"');
    expect(csvField('a\nb')).toBe('"a\nb"');
  });
});

describe('tableToCsv', () => {
  it('starts with a BOM and the keys, ends every record with CRLF', () => {
    const table: ExportTable = {
      name: 'residents',
      title: 'Резиденты',
      columns: [
        { key: 'name', title: 'Резидент' },
        { key: 'jobs_planned', title: 'Рабочих мест' },
      ],
      rows: [
        ['ООО «Карандаш»', 120],
        ['ИП Иванов, И. И.', null],
      ],
    };
    expect(tableToCsv(table)).toBe('\uFEFFname,jobs_planned\r\nООО «Карандаш»,120\r\n"ИП Иванов, И. И.",\r\n');
  });
});
