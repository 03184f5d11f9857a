import { spawnSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProject } from '../../electron/store/project';
import { toCadastral } from '../../shared/crs/cadastralArea';
import { makeMbtiles, makeMskGeoTiff, makePmtiles } from './support/underlayFixtures';

// `parkplan underlay …` as a planner runs it, in a child process on real files GDAL made.
const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, ['bin/parkplan.mjs', 'underlay', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

let dir: string;
let project: string;
let geotiff: string;
let mbtiles: string;
let pmtiles: string;
let scan: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parkplan-underlay-cli-'));
  project = join(dir, 'demo.gpkg');
  expect(spawnSync(process.execPath, ['bin/parkplan.mjs', 'demo', project]).status).toBe(0);
  geotiff = makeMskGeoTiff(dir, 'ortho', [200, 40, 160], [20, 200, 60]);
  mbtiles = makeMbtiles(dir, geotiff, 'osm');
  pmtiles = makePmtiles(mbtiles, join(dir, 'protomaps.pmtiles'));
  // The "scan": the GeoTIFF as a bare PNG, which has lost its georeference; its pixel ↔ МСК relation is
  // still known exactly (west edge Y 1 319 600, north edge X 454 660, 5 m a pixel).
  scan = join(dir, 'genplan.png');
  expect(spawnSync('gdal_translate', ['-q', '-of', 'PNG', geotiff, scan]).status).toBe(0);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Four corners of plots of «Рязанский» as control points: the pixel where the scan shows them, their МСК X/Y. */
function plotCornerPoints(): string[] {
  const store = openProject(project, { readonly: true });
  try {
    const plots = store.plots.list().filter((plot) => plot.code.startsWith('Р-'));
    return ['Р-01', 'Р-10', 'Р-20', 'Р-30'].map((code, i) => {
      const ring = plots.find((plot) => plot.code === code)?.geometry.coordinates[0];
      const corner = ring?.[i % 3];
      if (corner === undefined) throw new Error(`no plot ${code}`);
      const { x, y } = toCadastral(corner, 'MSK-62-1');
      return `${(y - 1_319_600) / 5},${(454_660 - x) / 5},${x.toFixed(3)},${y.toFixed(3)}`;
    });
  } finally {
    store.close();
  }
}

describe('parkplan underlay', () => {
  it('adds an MBTiles, a PMTiles and a GeoTIFF in МСК-62, and lists them in drawing order', () => {
    expect(run('add', project, mbtiles, '--name', 'OSM').code).toBe(0);
    expect(run('add', project, pmtiles, '--opacity', '0.8').stdout).toContain('«protomaps» (pmtiles, opacity 0.8)');
    expect(run('add', project, geotiff, '--name', 'Ортофото', '--opacity', '0.6').code).toBe(0);
    const listed = JSON.parse(run('list', project, '--json').stdout) as { underlays: { name: string; kind: string; drawOrder: number; status: { state: string; maxZoom?: number } }[] };
    expect(listed.underlays.map((u) => [u.name, u.kind, u.drawOrder, u.status.state])).toEqual([
      ['OSM', 'mbtiles', 0, 'tiles'], ['protomaps', 'pmtiles', 1, 'tiles'], ['Ортофото', 'geotiff', 2, 'tiles'],
    ]);
    expect(listed.underlays[2]?.status.maxZoom).toBe(15);
  });

  it('refuses a file that is no basemap and a name already taken, writing nothing', () => {
    const notBasemap = run('add', project, scan);
    expect(notBasemap.code).toBe(1);
    expect(notBasemap.stderr).toContain('is not a PMTiles, MBTiles or GeoTIFF file');
    const taken = run('add', project, mbtiles, '--name', 'OSM');
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('There already is an underlay named «OSM»');
    expect(run('list', project).stdout.split('\n').filter((line) => line.trim() !== '')).toHaveLength(3);
  });

  it('says a basemap file went missing and still lists the rest', () => {
    renameSync(mbtiles, `${mbtiles}.away`);
    try {
      const listed = run('list', project);
      expect(listed.code).toBe(0);
      expect(listed.stdout).toMatch(/«OSM».*NOT DRAWN: The file of underlay «OSM» is not there/);
      expect(listed.stdout).toMatch(/«Ортофото».*zoom \d+–15/);
    } finally {
      renameSync(`${mbtiles}.away`, mbtiles);
    }
  });

  it.each(['helmert', 'affine', 'projective'])('georeferences the scan by four plot corners with %s, RMS under 0.5 m', (transform) => {
    const gcps = plotCornerPoints().flatMap((gcp) => ['--gcp', gcp]);
    const placed = run('georef', project, scan, ...gcps, '--crs', 'MSK-62-1', '--transform', transform, '--name', `Генплан ${transform}`);
    expect(placed.stderr).toBe('');
    expect(placed.code).toBe(0);
    const rms = Number(/RMS ([\d.]+) m/.exec(placed.stdout)?.[1]);
    expect(rms).toBeLessThan(0.5);
    expect(placed.stdout).toContain('(1000×1000 px)');
    expect(placed.stdout.split('\n').filter((line) => /^\s{2}\d\s/.test(line))).toHaveLength(4);
    const store = openProject(project, { readonly: true });
    try {
      const stored = store.underlays.getByName(`Генплан ${transform}`);
      expect(stored?.georeference?.controlPoints).toHaveLength(4);
      expect(store.underlays.image(stored!.id)?.type).toBe('image/png');
    } finally {
      store.close();
    }
  });

  it('shows a misplaced control point in its residual, and refuses too few points or a bad one', () => {
    const points = plotCornerPoints();
    const [px, py, x, y] = (points[2] ?? '').split(',').map(Number);
    points[2] = `${px},${py},${(x ?? 0) + 4},${y}`;
    const moved = run('georef', project, scan, ...points.flatMap((gcp) => ['--gcp', gcp]), '--crs', 'MSK-62-1', '--transform', 'affine', '--name', 'Сдвинутый');
    expect(moved.code).toBe(0);
    expect(Number(/RMS ([\d.]+) m/.exec(moved.stdout)?.[1])).toBeGreaterThan(0.5);
    const tooFew = run('georef', project, scan, '--gcp', points[0] ?? '', '--gcp', points[1] ?? '', '--crs', 'MSK-62-1', '--transform', 'projective');
    expect(tooFew.code).toBe(1);
    expect(tooFew.stderr).toContain('The projective transform needs at least 4 control points; 2 given');
    const bad = run('georef', project, scan, '--gcp', '1,2,3', '--crs', 'MSK-62-1');
    expect(bad.stderr).toContain('Control point "1,2,3" is not "px,py,X,Y"');
  });

  it('removes an underlay by name and leaves its file', () => {
    const removed = run('remove', project, '--name', 'OSM');
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain(`the file ${mbtiles} is left as it is`);
    expect(run('remove', project, '--name', 'OSM').stderr).toContain('There is no underlay named «OSM»');
  });

  it('leaves a project GDAL reads without a word', () => {
    const info = spawnSync('/usr/bin/ogrinfo', ['-ro', '-so', project, 'underlays'], { encoding: 'utf8' });
    expect(info.status).toBe(0);
    expect(info.stderr).toBe('');
    expect(info.stdout).toMatch(/Feature Count: 6/);
  });
});
