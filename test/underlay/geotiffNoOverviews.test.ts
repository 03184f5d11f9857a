import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGeotiffSource } from '../../electron/services/underlays/geotiffSource';
import { CADASTRAL_ZONES } from '../../shared/crs/cadastralZones';
import { tileOf } from '../../shared/underlay/webMercatorTiles';
import { PNG_DECODE } from './support/pngPixels';

// An orthophoto GDAL wrote without overviews (4000 px square at 0.75 m over «Рязанский», МСК-62 zone 1): the
// map still gets it at a whole-park zoom, from an overview built in memory, in the colours GDAL wrote: the
// fill 1 km west of the centre and the 150 m stripe down the middle, which the built overview must keep.
const FILL = [200, 40, 160] as const;
const STRIPE = [30, 90, 220] as const;
/** The stripe's middle: E 1 322 100 in МСК-62-1 is 39.5994° here. */
const STRIPE_LON = 39.5994;
const LAT = 54.705;

let dir: string;
let tiff: string;
let planar: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parkplan-no-overviews-'));
  tiff = join(dir, 'ortho.tif');
  // 3 km square centred on the park (E 1 322 100, N 452 160), the stripe 150 m wide down its middle.
  const made = spawnSync('/usr/bin/python3', [join(import.meta.dirname, 'support/makeRaster.py'), tiff, CADASTRAL_ZONES['MSK-62-1'].proj4, '1320600', '453660', '0.75', '4000', '4000',
    ...FILL.map(String), ...STRIPE.map(String), 'no-overviews'], { encoding: 'utf8' });
  expect(made.status, made.stderr).toBe(0);
  expect(spawnSync('gdalinfo', [tiff], { encoding: 'utf8' }).stdout).not.toContain('Overviews');
  // The same pixels band by band (PlanarConfiguration 2): the general reader's way, not the interleaved fast one.
  planar = join(dir, 'planar.tif');
  expect(spawnSync('gdal_translate', ['-q', '-co', 'TILED=YES', '-co', 'INTERLEAVE=BAND', '-co', 'COMPRESS=DEFLATE', tiff, planar]).status).toBe(0);
  expect(spawnSync('gdalinfo', [planar], { encoding: 'utf8' }).stdout).toContain('INTERLEAVE=BAND');
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The colour at (fx, fy), fractions of the tile across and down. */
function colourAt(bytes: Uint8Array | null, fx: number, fy: number): number[] {
  if (bytes === null) throw new Error('no tile');
  const image = PNG_DECODE(bytes);
  const at = (Math.floor(fy * image.height) * image.width + Math.floor(fx * image.width)) * 4;
  return [...image.rgba.subarray(at, at + 4)];
}

describe('a GeoTIFF without overviews', () => {
  it.each([
    ['interleaved', () => tiff],
    ['band by band', () => planar],
  ])('%s, is drawn from zoom 11 (the whole park in a tile), not only from 15 on', async (_, file) => {
    const source = await openGeotiffSource(file(), null);
    try {
      expect(source.info.minZoom).toBeLessThanOrEqual(11);
      expect(source.info.maxZoom).toBeGreaterThanOrEqual(17);
      for (const z of [11, 12, 13]) {
        const at = async (lon: number) => {
          const [x, y] = tileOf(lon, LAT, z);
          const rad = (LAT * Math.PI) / 180;
          const fy = (((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z) % 1;
          return colourAt(await source.tile(z, x, y), (((lon + 180) / 360) * 2 ** z) % 1, fy);
        };
        expect((await at(STRIPE_LON - 0.016)).slice(0, 3), `z${z} fill`).toEqual([...FILL]);
        expect((await at(STRIPE_LON)).slice(0, 3), `z${z} stripe`).toEqual([...STRIPE]);
      }
    } finally {
      await source.close();
    }
  });
});
