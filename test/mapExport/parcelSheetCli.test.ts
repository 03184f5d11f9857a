import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProject } from '../../electron/store/project';
import { demoSnapshot, poppler } from './demoSheets';

/*
 * `parkplan export … --parcels`: the park's ЕГРН parcels on the allocation map, as outlines with their
 * cadastral numbers and a legend line, read back from the PDF by pdftotext and from the SVG's group;
 * without the flag neither is on the sheet.
 */

const run = (...args: string[]) => spawnSync(process.execPath, ['bin/parkplan.mjs', ...args], { encoding: 'utf8' });
const { dir } = demoSnapshot();
const project = join(dir, 'demo.gpkg');
const NUMBERS = ['62:15:0060201:902', '62:15:0060201:905'];

{
  const store = openProject(project);
  try {
    const plots = store.plots.list().filter((plot) => plot.code === 'Р-20' || plot.code === 'Р-21');
    plots.forEach((plot, i) => {
      store.cadastralParcels.upsert({
        parkId: plot.parkId, cadastralNumber: NUMBERS[i] ?? '', declaredAreaM2: null, areaInaccuracyM2: null, category: '', permittedUse: '', address: '',
        state: '06', source: 'test', sourceCrs: 'MSK-62-1', geometry: { type: 'MultiPolygon', coordinates: [plot.geometry.coordinates] },
      });
    });
  } finally {
    store.close();
  }
}

const pdfText = (file: string): string => poppler('pdftotext', file, '-').replaceAll('\u00a0', ' ');

describe('parkplan export … --parcels', () => {
  it('draws each ЕГРН parcel with its cadastral number and a legend line', () => {
    const out = join(dir, 'sheet-parcels.pdf');
    const result = run('export', project, out, '--park', 'рязан', '--paper', 'A1', '--parcels');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const text = pdfText(out);
    for (const number of NUMBERS) expect(text).toContain(number);
    expect(text).toContain('Участок по ЕГРН (кадастровый номер)');

    const svg = join(dir, 'sheet-parcels.svg');
    expect(run('export', project, svg, '--park', 'рязан', '--parcels').status).toBe(0);
    const group = /<g[^>]*class="cadastral-parcels"[^>]*>([\s\S]*?)<\/g>/u.exec(readFileSync(svg, 'utf8'));
    expect(group?.[1]?.match(/<path/g)).toHaveLength(NUMBERS.length);
  });

  it('leaves them off without the flag', () => {
    const out = join(dir, 'sheet-no-parcels.pdf');
    expect(run('export', project, out, '--park', 'рязан', '--paper', 'A1').status).toBe(0);
    const text = pdfText(out);
    for (const number of NUMBERS) expect(text).not.toContain(number);
    expect(text).not.toContain('Участок по ЕГРН');
  });
});
