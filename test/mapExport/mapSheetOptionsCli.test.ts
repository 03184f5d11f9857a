import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoSnapshot, poppler } from './demoSheets';

/*
 * The sheet's own words and extras from the command line: --title, --author, --date and --grid read back
 * from the PDF's text by pdftotext, --dpi from the PNG's header against the sheet's size in inches.
 */

const run = (...args: string[]) => spawnSync(process.execPath, ['bin/parkplan.mjs', ...args], { encoding: 'utf8' });
const { dir } = demoSnapshot();
const project = join(dir, 'demo.gpkg');
const pdfText = (file: string): string => poppler('pdftotext', file, '-').replaceAll('\u00a0', ' ');
// Grid labels are the МСК X (northing) and Y (easting) of each line, in metres with spaces: «X 453 500».
const GRID_LABEL = /^[XY] \d{1,3}( \d{3})+$/mu;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('parkplan export … --title --author --date --grid', () => {
  it('prints the title, the author and the date in the title block, and the МСК grid with its labels', () => {
    const out = join(dir, 'sheet-grid.pdf');
    const result = run('export', project, out, '--park', 'рязан', '--paper', 'A3', '--grid', '--title', 'Схема для инвестиционного комитета', '--author', 'Отдел генплана, Петрова А. С.', '--date', '2026-03-15');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const text = pdfText(out);
    expect(text).toContain('Схема для инвестиционного комитета');
    expect(text).toContain('Отдел генплана, Петрова А. С.');
    expect(text).toMatch(/15\.03\.2026|2026-03-15/);
    expect(text).toContain('МСК-62, зона 1');
    const labels = text.split('\n').filter((line) => GRID_LABEL.test(line.trim()));
    expect(labels.filter((line) => line.trim().startsWith('X')).length).toBeGreaterThan(0);
    expect(labels.filter((line) => line.trim().startsWith('Y')).length).toBeGreaterThan(0);
  });

  it('draws no grid and no grid labels without --grid, and keeps the default heading', () => {
    const out = join(dir, 'sheet-plain.pdf');
    const result = run('export', project, out, '--park', 'рязан', '--paper', 'A3');
    expect(result.status).toBe(0);
    const text = pdfText(out);
    expect(text.split('\n').filter((line) => GRID_LABEL.test(line.trim()))).toEqual([]);
    expect(text).not.toContain('Сетка');
    // The areas on the sheet are the park's МСК areas, as the ЕГРН states them, and the block says so.
    expect(text).toContain('Площади: МСК-62, зона 1');
    expect(text).toContain('Схема размещения резидентов');
  });

  it('refuses a malformed date or a title with a control character before writing anything', () => {
    const badDate = run('export', project, join(dir, 'bad-date.pdf'), '--park', 'рязан', '--date', '2026-02-30');
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain('--date');
    const badTitle = run('export', project, join(dir, 'bad-title.pdf'), '--park', 'рязан', '--title', 'a\u0007b');
    expect(badTitle.status).toBe(2);
    expect(badTitle.stderr).toContain('--title');
    expect(() => readFileSync(join(dir, 'bad-date.pdf'))).toThrow();
    const dataFormat = run('export', project, join(dir, 'plots.geojson'), '--grid');
    expect(dataFormat.status).toBe(2);
    expect(dataFormat.stderr).toContain('does not take --grid');
  });
});

describe('parkplan export OUT.png --dpi', () => {
  it('renders the sheet at the asked resolution: its millimetres over 25.4 times the dpi', () => {
    const sizes = [72, 200].map((dpi) => {
      const out = join(dir, `sheet-${dpi}.png`);
      const result = run('export', project, out, '--park', 'рязан', '--paper', 'A4', '--orientation', 'portrait', '--dpi', String(dpi));
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const size = pngSize(out);
      // A4 portrait is 210 × 297 mm.
      expect(size).toEqual({ width: Math.round((210 / 25.4) * dpi), height: Math.round((297 / 25.4) * dpi) });
      return size;
    });
    expect(sizes[1]?.width).toBeGreaterThan(sizes[0]?.width ?? Infinity);
  });
});
