import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG_DECODE } from './support/pngPixels';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGeotiffSource } from '../../electron/services/underlays/geotiffSource';
import { openMbtilesSource } from '../../electron/services/underlays/mbtilesSource';
import { openPmtilesSource } from '../../electron/services/underlays/pmtilesSource';
import type { TileSource } from '../../electron/services/underlays/tileSource';
import { tileOf } from '../../shared/underlay/webMercatorTiles';
import { makeMbtiles, makeMskGeoTiff, makePmtiles } from './support/underlayFixtures';

// The three readers on files GDAL made: the tile over the park's centre holds the colour GDAL wrote there.
const CENTRE: [number, number] = [39.6, 54.705];
const FILL = [200, 40, 160] as const;
const STRIPE = [20, 200, 60] as const;

let dir: string;
let geotiff: string;
let mbtiles: string;
let pmtiles: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parkplan-tiles-'));
  geotiff = makeMskGeoTiff(dir, 'ortho', FILL, STRIPE);
  mbtiles = makeMbtiles(dir, geotiff, 'basemap');
  pmtiles = makePmtiles(mbtiles, join(dir, 'basemap.pmtiles'));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The colour at a tile's pixel (col, row). */
async function colourAt(source: TileSource, z: number, lon: number, lat: number): Promise<number[]> {
  const [x, y] = tileOf(lon, lat, z);
  const bytes = await source.tile(z, x, y);
  if (bytes === null) throw new Error(`no tile ${z}/${x}/${y}`);
  const image = PNG_DECODE(bytes);
  // The pixel of the tile nearest the point.
  const n = 2 ** z;
  const fx = ((lon + 180) / 360) * n - x;
  const rad = (lat * Math.PI) / 180;
  const fy = ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n - y;
  const col = Math.floor(fx * image.width);
  const row = Math.floor(fy * image.height);
  return [...image.rgba.subarray((row * image.width + col) * 4, (row * image.width + col) * 4 + 4)];
}

describe('underlay tile sources', () => {
  it.each([
    ['GeoTIFF in МСК-62', () => openGeotiffSource(geotiff, null)],
    ['MBTiles', () => Promise.resolve(openMbtilesSource(mbtiles))],
    ['PMTiles', () => openPmtilesSource(pmtiles)],
  ])('%s: the tile over the park holds the colour GDAL wrote there, none outside', async (_, open) => {
    const source = await open();
    try {
      expect(source.info.format).toBe('png');
      const z = Math.min(source.info.maxZoom, 14);
      // 1 km west of the centre lies in the fill; the stripe runs down the middle (E 1 322 100).
      const fill = await colourAt(source, z, CENTRE[0] - 0.016, CENTRE[1]);
      expect(fill.slice(0, 3).every((v, i) => Math.abs(v - (FILL[i] ?? 0)) <= 2), `fill ${fill.join(',')}`).toBe(true);
      expect(fill[3]).toBe(255);
      const stripeLon = 39.5994;
      const stripe = await colourAt(source, 15 <= source.info.maxZoom ? 15 : z, stripeLon, CENTRE[1]);
      expect(stripe[1]).toBeGreaterThan(150);
      const [farX, farY] = tileOf(CENTRE[0] + 0.5, CENTRE[1], z);
      expect(await source.tile(z, farX, farY)).toBeNull();
    } finally {
      await source.close();
    }
  }, 30_000);
});
