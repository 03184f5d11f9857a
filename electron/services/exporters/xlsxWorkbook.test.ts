import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnLetters, dateSerial, xlsxWorkbook } from './xlsxWorkbook';

describe('columnLetters', () => {
  it('counts A..Z, then AA', () => {
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

describe('xlsxWorkbook', () => {
  it('is a zip whose sheets unzip intact, Cyrillic and markup included', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'parkplan-xlsx-')), 'book.xlsx');
    writeFileSync(
      file,
      xlsxWorkbook([
        {
          name: 'allocations',
          title: 'Предоставления',
          columns: [
            { key: 'resident', title: 'Резидент' },
            { key: 'start_date', title: 'С', date: true },
          ],
          rows: [['ООО «Рога & Копыта»', '2024-01-31']],
        },
      ]),
    );
    expect(spawnSync('/usr/bin/unzip', ['-tq', file], { encoding: 'utf8' }).stdout).toContain('No errors detected');
    const sheet = spawnSync('/usr/bin/unzip', ['-p', file, 'xl/worksheets/sheet1.xml'], { encoding: 'utf8' }).stdout;
    expect(sheet).toContain('<t xml:space="preserve">ООО «Рога &amp; Копыта»</t>');
    expect(sheet).toContain(`<c r="B2" s="2"><v>${dateSerial('2024-01-31')}</v></c>`);
    const workbook = spawnSync('/usr/bin/unzip', ['-p', file, 'xl/workbook.xml'], { encoding: 'utf8' }).stdout;
    expect(workbook).toContain('<sheet name="Предоставления" sheetId="1" r:id="rId1"/>');
  });
});
