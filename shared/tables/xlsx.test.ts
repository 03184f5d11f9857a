import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnLetters, dateSerial, xlsxWorkbook } from './xlsx';

const part = (bytes: Uint8Array, name: string): string => {
  const data = unzipSync(bytes)[name];
  if (data === undefined) throw new Error(`no ${name}`);
  return strFromU8(data);
};

describe('xlsxWorkbook', () => {
  const bytes = xlsxWorkbook([
    {
      name: 'Участки',
      header: ['Участок', 'Площадь, га', 'Резидент', 'С'],
      rows: [
        ['Р-1', 12.5, 'ООО «Лесной карандаш»', '2024-01-31'],
        ['Р-2', 3.25, null, null],
        ['Р-3 <угол>', Number.NaN, 'A & B "C"', 'не дата'],
      ],
      dateColumns: [false, false, false, true],
    },
  ]);

  it('holds the parts Excel needs', () => {
    expect(Object.keys(unzipSync(bytes))).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
    ]);
  });

  it('writes Cyrillic as UTF-8 text, numbers as numbers, dates as serials, and skips empty and NaN cells', () => {
    const xml = part(bytes, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">Участок</t></is></c>');
    expect(xml).toContain('<c r="C2" t="inlineStr"><is><t xml:space="preserve">ООО «Лесной карандаш»</t></is></c>');
    expect(xml).toContain('<c r="B3"><v>3.25</v></c>');
    expect(xml).toContain(`<c r="D2" s="2"><v>${dateSerial('2024-01-31')}</v></c>`);
    expect(xml).toContain('<c r="D4" t="inlineStr"><is><t xml:space="preserve">не дата</t></is></c>');
    expect(xml).not.toContain('r="C3"');
    expect(xml).not.toContain('r="B4"');
    expect(xml).not.toContain('NaN');
  });

  it('escapes what XML reserves and drops control codes XML forbids, keeping line breaks', () => {
    const xml = part(bytes, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('Р-3 &lt;угол&gt;');
    expect(xml).toContain('A &amp; B &quot;C&quot;');
    const control = part(xlsxWorkbook([{ name: 's', header: ['a'], rows: [['x\u0001y\u001f\nz']] }]), 'xl/worksheets/sheet1.xml');
    expect(control).toContain('>xy\nz<');
  });

  it('names each sheet within Excel’s rules', () => {
    const book = xlsxWorkbook([
      { name: 'Резиденты: парк «Рязанский» [все записи]', header: ['a'], rows: [] },
      { name: 'Предоставления', header: ['a'], rows: [] },
    ]);
    const workbook = part(book, 'xl/workbook.xml');
    // 31 characters at most, the forbidden : [ ] turned to spaces.
    expect(workbook).toContain('name="Резиденты  парк «Рязанский»  вс" sheetId="1" r:id="rId1"');
    expect(workbook).toContain('<sheet name="Предоставления" sheetId="2" r:id="rId2"/>');
  });

  it('is byte for byte the same for the same tables', () => {
    const again = xlsxWorkbook([{ name: 'a', header: ['x'], rows: [[1]] }]);
    expect(again).toEqual(xlsxWorkbook([{ name: 'a', header: ['x'], rows: [[1]] }]));
  });
});

describe('columnLetters', () => {
  it('counts like Excel', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('dateSerial', () => {
  it('gives the serial spreadsheets store (1900-03-01 is 61, 2026-11-26 is 46352)', () => {
    expect(dateSerial('1900-03-01')).toBe(61);
    expect(dateSerial('2026-11-26')).toBe(46352);
    expect(dateSerial('26.11.2026')).toBeNull();
  });
});
