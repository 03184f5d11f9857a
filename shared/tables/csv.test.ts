import { describe, expect, it } from 'vitest';
import { BOM, CSV_DIALECTS, csvField, csvText } from './csv';

describe('csvText', () => {
  it('writes for a Russian Excel: «;» between fields, decimal comma, BOM and CRLF', () => {
    expect(csvText(['Участок', 'Площадь, га'], [['Р-1', 12.5]], CSV_DIALECTS.ru)).toBe(`${BOM}Участок;Площадь, га\r\nР-1;12,5\r\n`);
  });

  it('writes for an English Excel and for exchange: «,» and a decimal point', () => {
    expect(csvText(['Plot', 'Area, ha'], [['R-1', 12.5]], CSV_DIALECTS.en)).toBe(`${BOM}Plot,"Area, ha"\r\nR-1,12.5\r\n`);
    expect(csvText(['name', 'jobs_planned'], [['ИП Иванов, И. И.', null]], CSV_DIALECTS.exchange)).toBe(`${BOM}name,jobs_planned\r\n"ИП Иванов, И. И.",\r\n`);
  });

  it('quotes the separator, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    const text = csvText(['a', 'b', 'c'], [['ООО «Ранец-Урал», "склад"', null, 'строка\nвторая']], CSV_DIALECTS.ru);
    expect(text).toBe(`${BOM}a;b;c\r\n"ООО «Ранец-Урал», ""склад""";;"строка\nвторая"\r\n`);
  });
});

describe('the formula guard (OWASP CSV injection)', () => {
  it.each(['=HYPERLINK("http://evil")', '+7 491 000', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('keeps %j as text in every dialect', (cell) => {
    for (const dialect of Object.values(CSV_DIALECTS)) {
      const field = csvField(cell, dialect);
      expect(field.startsWith(`"'`)).toBe(true);
      expect(field).toBe(`"'${cell.replaceAll('"', '""')}"`);
    }
  });

  it('leaves numbers, negative ones included, and ordinary text alone', () => {
    expect(csvField(-5, CSV_DIALECTS.exchange)).toBe('-5');
    expect(csvField(0.1 + 0.2, CSV_DIALECTS.exchange)).toBe('0.30000000000000004');
    expect(csvField('Р-01', CSV_DIALECTS.exchange)).toBe('Р-01');
    expect(csvField('a=b', CSV_DIALECTS.exchange)).toBe('a=b');
  });

  it('writes NaN and Infinity as an empty cell, as the XLSX writer does', () => {
    expect(csvField(Number.NaN, CSV_DIALECTS.ru)).toBe('');
    expect(csvField(Number.POSITIVE_INFINITY, CSV_DIALECTS.exchange)).toBe('');
  });
});
