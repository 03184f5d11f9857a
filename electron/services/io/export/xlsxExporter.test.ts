import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateSerial, xlsxWorkbook } from '../../../../shared/tables/xlsx';
import { tableSheet } from './xlsxExporter';

describe('tableSheet', () => {
  it('words stored values like the Russian titles, keeps dates marked and NaN empty, and unzip opens the workbook', () => {
    const sheet = tableSheet({
      name: 'allocations',
      title: 'Предоставления',
      columns: [
        { key: 'resident', title: 'Резидент' },
        { key: 'kind', title: 'Вид', words: 'allocationKind' },
        { key: 'start_date', title: 'С', date: true },
        { key: 'active', title: 'Действует', words: 'yesNo' },
        { key: 'area', title: 'Площадь' },
      ],
      rows: [['ООО «Рога & Копыта»', 'lease', '2024-01-31', 'yes', Number.NaN]],
    });
    expect(sheet.rows).toEqual([['ООО «Рога & Копыта»', 'Аренда', '2024-01-31', 'да', Number.NaN]]);
    const file = join(mkdtempSync(join(tmpdir(), 'parkplan-xlsx-')), 'book.xlsx');
    writeFileSync(file, xlsxWorkbook([sheet]));
    expect(spawnSync('/usr/bin/unzip', ['-tq', file], { encoding: 'utf8' }).stdout).toContain('No errors detected');
    const xml = spawnSync('/usr/bin/unzip', ['-p', file, 'xl/worksheets/sheet1.xml'], { encoding: 'utf8' }).stdout;
    expect(xml).toContain('<t xml:space="preserve">ООО «Рога &amp; Копыта»</t>');
    expect(xml).toContain(`<c r="C2" s="2"><v>${dateSerial('2024-01-31')}</v></c>`);
    expect(xml).toContain('<t xml:space="preserve">Аренда</t>');
    expect(xml).not.toContain('r="E2"');
  });
});
