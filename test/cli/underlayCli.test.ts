import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMbtiles, makeMskGeoTiff, makePmtiles } from '../underlay/support/underlayFixtures';

// `parkplan underlay …` as a planner runs it: a child process on a demo project and on files GDAL made.

const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, ['bin/parkplan.mjs', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

interface Listed {
  name: string;
  kind: string;
  opacity: number;
  path: string;
  status: { state: string; minZoom?: number; maxZoom?: number; rms?: number | null };
  problem?: string;
}

const listed = (project: string): Listed[] => (JSON.parse(run('underlay', 'list', project, '--json').stdout) as { underlays: Listed[] }).underlays;

let dir: string;
let project: string;
let geotiff: string;
let mbtiles: string;
let pmtiles: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parkplan-underlay-cli-'));
  project = join(dir, 'demo.gpkg');
  expect(run('demo', project).code).toBe(0);
  geotiff = makeMskGeoTiff(dir, 'ortho', [200, 40, 160], [20, 200, 60]);
  mbtiles = makeMbtiles(dir, geotiff, 'basemap');
  pmtiles = makePmtiles(mbtiles, join(dir, 'basemap.pmtiles'));
}, 90_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parkplan underlay add / list / remove', () => {
  it('adds a GeoTIFF in МСК-62, an MBTiles and a PMTiles, lists them in order with their zooms, removes one', () => {
    const added = run('underlay', 'add', project, geotiff, '--name', 'Ортофото', '--opacity', '0.6');
    expect(added.stderr).toBe('');
    expect(added.stdout).toContain('«Ортофото»');
    expect(run('underlay', 'add', project, mbtiles).code).toBe(0);
    expect(run('underlay', 'add', project, pmtiles, '--name', 'pm').code).toBe(0);
    const all = listed(project);
    expect(all.map((u) => [u.name, u.kind])).toEqual([['Ортофото', 'geotiff'], ['basemap', 'mbtiles'], ['pm', 'pmtiles']]);
    expect(all[0]?.opacity).toBe(0.6);
    expect(all.every((u) => u.status.state === 'tiles')).toBe(true);
    expect(all[1]?.status.maxZoom).toBeGreaterThanOrEqual(14);
    expect(run('underlay', 'list', project).stdout).toMatch(/«basemap»\s+mbtiles\s+shown, opacity 1/);

    const removed = run('underlay', 'remove', project, '--name', 'pm');
    expect(removed.stdout).toContain('is left as it is');
    expect(listed(project).map((u) => u.name)).toEqual(['Ортофото', 'basemap']);
  }, 60_000);

  it('refuses a missing file naming it, a taken name, a bad opacity, an unknown name; nothing is written', () => {
    const before = listed(project).length;
    const missing = run('underlay', 'add', project, join(dir, 'nowhere.mbtiles'));
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain(`There is no file ${join(dir, 'nowhere.mbtiles')}`);
    expect(run('underlay', 'add', project, mbtiles).stderr).toContain('already is an underlay named «basemap»');
    expect(run('underlay', 'add', project, geotiff, '--name', 'x', '--opacity', '3').stderr).toContain('between 0 and 1');
    expect(run('underlay', 'add', project, project, '--name', 'y').stderr).not.toBe('');
    expect(run('underlay', 'remove', project, '--name', 'nobody').stderr).toContain('no underlay named «nobody»');
    expect(listed(project).length).toBe(before);
  });

  it('reports a basemap file gone after it was added, and still lists the rest', () => {
    const copy = join(dir, 'gone.mbtiles');
    spawnSync('cp', [mbtiles, copy]);
    expect(run('underlay', 'add', project, copy, '--name', 'gone').code).toBe(0);
    rmSync(copy);
    const gone = listed(project).find((u) => u.name === 'gone');
    expect(gone?.status.state).toBe('unavailable');
    expect(gone?.problem).toContain(copy);
    expect(run('underlay', 'list', project).stdout).toMatch(/«gone».*NOT DRAWN: The file of underlay «gone» is not there/);
    run('underlay', 'remove', project, '--name', 'gone');
  });
});

describe('parkplan underlay georef', () => {
  // The GeoTIFF's own grid as control points: column c, row r lies at X = 454 660 − 5r, Y = 1 319 600 + 5c.
  const gcp = (px: number, py: number, dx = 0): string => `${px},${py},${454660 - 5 * py + dx},${1319600 + 5 * px}`;

  it('places the scan by its grid: residuals and RMS of zero for exact points, the image kept inside', () => {
    const out = run('underlay', 'georef', project, geotiff, '--name', 'Скан', '--crs', 'MSK-62-1', '--transform', 'affine',
      '--gcp', gcp(0, 0), '--gcp', gcp(1000, 0), '--gcp', gcp(1000, 1000), '--gcp', gcp(0, 1000));
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('1000×1000 px');
    expect(out.stdout).toContain('RMS 0.000 m');
    const scan = listed(project).find((u) => u.name === 'Скан');
    expect(scan?.kind).toBe('scan');
    expect(scan?.status.rms).toBeLessThan(1e-6);
  });

  it('a point 2 m off: Helmert through 3 points gives non-zero residuals whose RMS the table prints', () => {
    const out = run('underlay', 'georef', project, geotiff, '--name', 'Скан2', '--crs', 'MSK-62-1', '--transform', 'helmert',
      '--gcp', gcp(0, 0), '--gcp', gcp(1000, 0), '--gcp', gcp(500, 1000, 2));
    expect(out.stderr).toBe('');
    const rows = out.stdout.split('\n').filter((line) => /^\s+\d\s/.test(line));
    expect(rows).toHaveLength(3);
    const distances = rows.map((line) => Number(line.trim().split(/\s+/).at(-1)));
    const rms = Math.sqrt(distances.reduce((sum, d) => sum + d * d, 0) / 3);
    expect(rms).toBeGreaterThan(0.3);
    expect(out.stdout).toContain(`RMS ${rms.toFixed(3)} m`);
  });

  it('refuses too few points and a missing image by name', () => {
    const few = run('underlay', 'georef', project, geotiff, '--name', 'f', '--crs', 'MSK-62-1', '--transform', 'projective', '--gcp', gcp(0, 0), '--gcp', gcp(9, 9));
    expect(few.stderr).toContain('at least 4 control points; 2 given');
    const missing = run('underlay', 'georef', project, join(dir, 'scan.png'), '--crs', 'MSK-62-1', '--gcp', gcp(0, 0));
    expect(missing.stderr).toContain(`There is no file ${join(dir, 'scan.png')}`);
  });
});
