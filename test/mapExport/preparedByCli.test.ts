import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoSnapshot, poppler } from './demoSheets';

/*
 * «Составил» from the project settings: set once with `parkplan settings --prepared-by`, kept in the
 * .gpkg (GDAL still opens it), printed on every page of the map and the atlas; `export --author` wins
 * for one export; a dash only while neither is known. Read back from the PDF by pdftotext.
 */

const run = (...args: string[]) => spawnSync(process.execPath, ['bin/parkplan.mjs', ...args], { encoding: 'utf8' });
const { dir } = demoSnapshot();
const project = join(dir, 'demo.gpkg');
const pdfText = (file: string): string => poppler('pdftotext', file, '-').replaceAll('\u00a0', ' ');
const preparedByLines = (text: string): string[] => text.split('\n').filter((line) => line.startsWith('Составил:'));

describe('«Составил» from the project settings', () => {
  it('is a dash on the sheet while nobody has said who prepared it', () => {
    expect(JSON.parse(run('settings', project, '--json').stdout)).toEqual({ preparedBy: null });
    const out = join(dir, 'unknown.pdf');
    expect(run('export', project, out, '--park', 'рязан').status).toBe(0);
    expect(preparedByLines(pdfText(out))).toEqual(['Составил: —']);
  });

  it('is kept in the project file and printed on every atlas page', () => {
    const set = run('settings', project, '--prepared-by', '  Отдел генплана, Петрова А. С. ');
    expect(set.stderr).toBe('');
    expect(set.stdout).toContain('Prepared by (Составил): Отдел генплана, Петрова А. С.');
    expect(JSON.parse(run('settings', project, '--json').stdout)).toEqual({ preparedBy: 'Отдел генплана, Петрова А. С.' });
    // The GeoPackage stays one GDAL opens.
    expect(execFileSync('ogrinfo', ['-ro', '-q', project], { encoding: 'utf8' })).toContain('plots');
    const out = join(dir, 'atlas.pdf');
    expect(run('export', project, out, '--park', 'рязан', '--atlas').status).toBe(0);
    const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', out))?.[1]);
    expect(pages).toBeGreaterThan(2);
    for (let page = 1; page <= pages; page += 1) {
      const text = poppler('pdftotext', '-f', String(page), '-l', String(page), out, '-').replaceAll('\u00a0', ' ');
      if (text.includes('Составил')) expect(preparedByLines(text), `page ${page}`).toEqual(['Составил: Отдел генплана, Петрова А. С.']);
    }
    expect(preparedByLines(pdfText(out)).length).toBeGreaterThan(1);
  });

  it('gives way to --author for one export, and is cleared by an empty --prepared-by', () => {
    const out = join(dir, 'author.pdf');
    expect(run('export', project, out, '--park', 'рязан', '--author', 'Иванов И. И.').status).toBe(0);
    expect(preparedByLines(pdfText(out))).toEqual(['Составил: Иванов И. И.']);
    expect(run('settings', project, '--prepared-by', '').status).toBe(0);
    expect(JSON.parse(run('settings', project, '--json').stdout)).toEqual({ preparedBy: null });
  });

  it('refuses a control character before writing anything', () => {
    const bad = run('settings', project, '--prepared-by', 'a\u0007b');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--prepared-by');
  });
});
