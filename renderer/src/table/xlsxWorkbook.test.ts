import { describe, expect, it } from 'vitest';
import { columnLetters, xlsxWorkbook } from './xlsxWorkbook';
import { readStoredZip } from './zipReader.testSupport';

const sheetText = (bytes: Uint8Array) => {
  const entry = readStoredZip(bytes).find((candidate) => candidate.name === 'xl/worksheets/sheet1.xml');
  if (!entry) throw new Error('no sheet');
  return new TextDecoder().decode(entry.data);
};

describe('xlsxWorkbook', () => {
  const bytes = xlsxWorkbook({
    name: 'Участки',
    header: ['Участок', 'Площадь, га', 'Резидент'],
    rows: [
      ['Р-1', 12.5, 'ООО «Лесной карандаш»'],
      ['Р-2', 3.25, null],
      ['Р-3 <угол>', 0.5, 'A & B "C"'],
    ],
  });

  it('holds the parts Excel needs', () => {
    expect(readStoredZip(bytes).map((entry) => entry.name)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
    ]);
  });

  it('writes Cyrillic as UTF-8 text, numbers as numbers, and skips empty cells', () => {
    const xml = sheetText(bytes);
    expect(xml).toContain('<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">Участок</t></is></c>');
    expect(xml).toContain('<c r="C2" t="inlineStr"><is><t xml:space="preserve">ООО «Лесной карандаш»</t></is></c>');
    expect(xml).toContain('<c r="B3"><v>3.25</v></c>');
    expect(xml).not.toContain('r="C3"');
  });

  it('escapes what XML reserves', () => {
    const xml = sheetText(bytes);
    expect(xml).toContain('Р-3 &lt;угол&gt;');
    expect(xml).toContain('A &amp; B &quot;C&quot;');
  });

  it('names the sheet within Excel’s rules', () => {
    const book = xlsxWorkbook({ name: 'Резиденты: парк «Рязанский» [все записи]', header: ['a'], rows: [] });
    const workbook = new TextDecoder().decode(readStoredZip(book).find((entry) => entry.name === 'xl/workbook.xml')?.data);
    // 31 characters at most, the forbidden : [ ] turned to spaces.
    expect(workbook).toContain('name="Резиденты  парк «Рязанский»  вс"');
  });
});

describe('columnLetters', () => {
  it('counts like Excel', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('control codes', () => {
  it('drops those XML forbids and keeps line breaks', () => {
    const xml = sheetText(xlsxWorkbook({ name: 's', header: ['a'], rows: [['x\u0001y\u001f\nz']] }));
    expect(xml).toContain('>xy\nz<');
  });
});
