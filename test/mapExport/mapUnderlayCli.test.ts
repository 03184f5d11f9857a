import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/handlers/dispatch';
import { createHandlers } from '../../electron/handlers/projectHandlers';
import { openProject } from '../../electron/store/project';
import type { ExportedFiles } from '../../shared/contract/exchangeViews';
import { PNG_DECODE } from '../underlay/support/pngPixels';
import { makeMskGeoTiff } from '../underlay/support/underlayFixtures';
import { poppler } from './demoSheets';

/*
 * `parkplan export … --underlays`: the project's orthophoto (an МСК-62 GeoTIFF GDAL wrote) and its placed
 * scan under the plan of the PDF and the PNG, read back by poppler's pdfimages: the images are there, at
 * about the sheet's dpi, in the orthophoto's and the scan's colours; without the flag the PDF has none; an
 * underlay whose file is gone is a warning and the sheet is still written.
 */

const ORTHO = [200, 40, 160] as const;
const SCAN = [30, 90, 220] as const;
const dir = mkdtempSync(join(tmpdir(), 'parkplan-map-underlays-'));
const project = join(dir, 'demo.gpkg');
const cli = (...args: string[]) => spawnSync(process.execPath, ['bin/parkplan.mjs', ...args], { encoding: 'utf8' });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function setUp(): void {
  expect(cli('demo', project).status).toBe(0);
  const ortho = makeMskGeoTiff(dir, 'ortho', ORTHO, [20, 200, 60]);
  expect(cli('underlay', 'add', project, ortho, '--name', 'Ортофото').status).toBe(0);
  const scanSource = makeMskGeoTiff(dir, 'scan-src', SCAN, SCAN);
  const scan = join(dir, 'genplan.png');
  expect(spawnSync('gdal_translate', ['-q', '-of', 'PNG', '-srcwin', '300', '300', '400', '400', scanSource, scan]).status).toBe(0);
  const corner = (px: number, py: number) => `${px},${py},${454_660 - (300 + py) * 5},${1_319_600 + (300 + px) * 5}`;
  const gcps = [corner(0, 0), corner(400, 0), corner(400, 400)].flatMap((gcp) => ['--gcp', gcp]);
  expect(cli('underlay', 'georef', project, scan, ...gcps, '--crs', 'MSK-62-1', '--name', 'Генплан', '--opacity', '1').status).toBe(0);
}
setUp();

interface ListedImage { readonly width: number; readonly height: number; readonly xPpi: number }
/** pdfimages -list: one row per image drawn, with its pixel size and its resolution on the page. */
function listImages(pdf: string): ListedImage[] {
  return poppler('pdfimages', '-list', pdf).split('\n').slice(2).filter((line) => line.trim() !== '').map((line) => {
    const cells = line.trim().split(/\s+/);
    return { width: Number(cells[3]), height: Number(cells[4]), xPpi: Number(cells[12]) };
  });
}

/** The share of an image's pixels within 6 of `rgb` per channel. */
function share(png: Uint8Array, rgb: readonly number[]): number {
  const { rgba, width, height } = PNG_DECODE(png);
  let hits = 0;
  for (let i = 0; i < width * height; i += 1) {
    if (rgb.every((v, c) => Math.abs((rgba[i * 4 + c] ?? -99) - v) <= 6)) hits += 1;
  }
  return hits / (width * height);
}

describe('the allocation map with its underlays', () => {
  it('has no raster image in the PDF unless asked', () => {
    const plain = join(dir, 'plain.pdf');
    expect(cli('export', project, plain, '--park', 'рязан', '--paper', 'A4').status).toBe(0);
    expect(listImages(plain)).toEqual([]);
  });

  it('puts the orthophoto’s tiles and the scan under the plan of the PDF, at about the sheet’s dpi', () => {
    const pdf = join(dir, 'with.pdf');
    const run = cli('export', project, pdf, '--park', 'рязан', '--paper', 'A4', '--underlays', '--dpi', '100');
    expect(run.status, run.stderr).toBe(0);
    const images = listImages(pdf);
    const tiles = images.filter((image) => image.width === 256 && image.height === 256);
    const scans = images.filter((image) => image.width === 400 && image.height === 400);
    expect(tiles.length).toBeGreaterThan(4);
    expect(scans).toHaveLength(1);
    // The zoom whose pixels are no coarser than the sheet's: 100 to 200 ppi on paper.
    for (const tile of tiles) expect(tile.xPpi).toBeGreaterThanOrEqual(95);
    for (const tile of tiles) expect(tile.xPpi).toBeLessThanOrEqual(210);
    const out = join(dir, 'images');
    poppler('pdfimages', '-png', pdf, out);
    const extracted = readdirSync(dir).filter((name) => name.startsWith('images-')).map((name) => readFileSync(join(dir, name)));
    expect(extracted.some((png) => share(png, ORTHO) > 0.5)).toBe(true);
    expect(extracted.some((png) => share(png, SCAN) > 0.9)).toBe(true);
  });

  it('draws them in the PNG too, the scan over the orthophoto', () => {
    const png = join(dir, 'with.png');
    expect(cli('export', project, png, '--park', 'рязан', '--paper', 'A4', '--underlays', '--dpi', '72').status).toBe(0);
    const bytes = readFileSync(png);
    expect(share(bytes, ORTHO)).toBeGreaterThan(0.02);
    const plain = join(dir, 'plain.png');
    expect(cli('export', project, plain, '--park', 'рязан', '--paper', 'A4', '--dpi', '72').status).toBe(0);
    expect(share(readFileSync(plain), ORTHO)).toBe(0);
  });

  it('draws them in the export dialog’s PDF when its box is ticked (export:file)', async () => {
    const store = openProject(project, { readonly: true });
    try {
      const handlers = createHandlers({ store, file: project, host: 'web' });
      const park = store.parks.list().find((candidate) => candidate.name.includes('Рязанский'));
      const request = { format: 'pdf', parkId: park?.id, paper: 'A4', orientation: 'landscape', scale: 'fit', legendBy: 'status', atlas: false, underlays: true, dpi: 100 };
      const result = await dispatch(handlers, 'export:file', request);
      if (!result.ok) throw new Error(result.error.message);
      const pdf = join(dir, 'dialog.pdf');
      writeFileSync(pdf, Buffer.from((result.value as ExportedFiles).files[0]?.base64 ?? '', 'base64'));
      expect(listImages(pdf).filter((image) => image.width === 256).length).toBeGreaterThan(4);
    } finally {
      store.close();
    }
  });

  it('warns of an underlay whose file is gone and still writes the sheet', () => {
    renameSync(join(dir, 'ortho.tif'), join(dir, 'ortho.tif.gone'));
    const pdf = join(dir, 'missing.pdf');
    const run = cli('export', project, pdf, '--park', 'рязан', '--paper', 'A4', '--underlays');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).toContain('Warning: The file of underlay «Ортофото» is not there');
    expect(listImages(pdf).filter((image) => image.width === 400)).toHaveLength(1);
  });
});
