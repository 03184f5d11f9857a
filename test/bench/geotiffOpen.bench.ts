import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CADASTRAL_ZONES } from '../../shared/crs/cadastralZones';
import type { BenchResult } from './benchResult';

/*
 * Opening a ~500 MB orthophoto as an underlay (issue 13): a 13 000 × 13 000 RGB GeoTIFF at 0.5 m in
 * МСК-62 zone 1 over «Рязанский», tiled 256 × 256 and uncompressed, as gdal_create writes it. Measured
 * twice: as delivered without overviews, then after `gdaladdo` (what a planner is told to run on a big
 * image), each in a fresh child process (geotiffFirstTile.ts). Aim: first tile under 1 s and peak memory far
 * below the file's size, i.e. the image is never read whole.
 */

const SIZE_PX = 13_000;
const PIXEL_M = 0.5;
// The park's centre in МСК-62-1 (easting 1 322 100, northing 452 160) ± half the image.
const CENTRE_E = 1_322_100;
const CENTRE_N = 452_160;

function run(command: string, args: readonly string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

interface FirstTile {
  readonly openMs: number;
  readonly minZoom: number;
  readonly maxZoom: number;
  readonly coarsestMs: number;
  readonly parkMs: number;
  readonly finestMs: number;
  readonly firstTileMs: number;
  readonly peakRssMb: number;
}

function measure(file: string): FirstTile {
  const out = run(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'geotiffFirstTile.ts'), file]);
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as FirstTile;
}

const figuresOf = (label: string, m: FirstTile): Record<string, number | string> => ({
  [`${label}: zooms served`]: `${m.minZoom}–${m.maxZoom}`,
  [`${label}: open, ms`]: Math.round(m.openMs),
  [`${label}: first tile (open + z${m.minZoom}), ms`]: Math.round(m.firstTileMs),
  [`${label}: z14 tile, ms`]: Math.round(m.parkMs),
  [`${label}: z${m.maxZoom} tile, ms`]: Math.round(m.finestMs),
  [`${label}: peak RSS, MB`]: Math.round(m.peakRssMb),
});

export function runGeotiffOpenBench(): Promise<BenchResult> {
  return Promise.resolve(measureBoth());
}

function measureBoth(): BenchResult {
  const dir = mkdtempSync(join(tmpdir(), 'parkplan-geotiff-bench-'));
  try {
    const file = join(dir, 'ortho.tif');
    const half = (SIZE_PX * PIXEL_M) / 2;
    run('gdal_create', [
      '-q', '-of', 'GTiff', '-outsize', String(SIZE_PX), String(SIZE_PX), '-bands', '3', '-ot', 'Byte',
      '-burn', '90', '-burn', '140', '-burn', '60', '-a_srs', CADASTRAL_ZONES['MSK-62-1'].proj4,
      '-a_ullr', String(CENTRE_E - half), String(CENTRE_N + half), String(CENTRE_E + half), String(CENTRE_N - half),
      '-co', 'TILED=YES', '-co', 'PHOTOMETRIC=RGB', file,
    ]);
    const sizeMb = statSync(file).size / 2 ** 20;
    const plain = measure(file);
    const overviewStarted = performance.now();
    run('gdaladdo', ['-q', '-r', 'average', file, '2', '4', '8', '16', '32']);
    const gdaladdoS = (performance.now() - overviewStarted) / 1000;
    const withOverviews = measure(file);
    return {
      name: `Opening a ${Math.round(sizeMb)} MB GeoTIFF in МСК-62 as an underlay (${SIZE_PX} px square, ${PIXEL_M} m)`,
      figures: {
        ...figuresOf('no overviews', plain),
        'gdaladdo 2…32, s': Number(gdaladdoS.toFixed(1)),
        'file with overviews, MB': Math.round(statSync(file).size / 2 ** 20),
        ...figuresOf('with overviews', withOverviews),
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
