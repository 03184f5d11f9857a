import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_FEATURE_VERTICES } from '../../electron/services/io/import/featureBounds';
import { openProject } from '../../electron/store/project';
import { demoCopy, runImport } from './importRun';

/*
 * Issue 10, item 10: a 2 kB shapefile of two continent-sized polygons ran the importer out of memory
 * (its overlap grid would have held tens of millions of cells). The shapefile here is written by GDAL's
 * ogr2ogr, the park that lets such polygons near it is added by the real `parkplan park add`, and each
 * feature over a bound is rejected by name while the rest of the file is judged as usual.
 */

const dir = mkdtempSync(join(tmpdir(), 'parkplan-feature-bounds-'));
const parkplan = (...args: string[]) => spawnSync(process.execPath, ['bin/parkplan.mjs', ...args], { encoding: 'utf8', timeout: 60_000 });
const rectangle = (west: number, south: number, east: number, north: number) => [[west, south], [east, south], [east, north], [west, north], [west, south]];
const collection = (features: { code: string; coordinates: unknown; type?: string }[]) =>
  JSON.stringify({ type: 'FeatureCollection', features: features.map(({ code, coordinates, type }) => ({ type: 'Feature', properties: { code }, geometry: { type: type ?? 'Polygon', coordinates } })) });

/** A zipped shapefile written by ogr2ogr from GeoJSON features. */
function shapefile(name: string, geojson: string): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  writeFileSync(join(folder, 'in.geojson'), geojson);
  execFileSync('ogr2ogr', ['-f', 'ESRI Shapefile', join(folder, `${name}.shp`), join(folder, 'in.geojson')], { stdio: 'pipe' });
  const zip = join(dir, `${name}.zip`);
  execFileSync('zip', ['-q', '-j', zip, ...['shp', 'shx', 'dbf', 'prj'].map((ext) => join(folder, `${name}.${ext}`))]);
  return zip;
}

let project: string;
let continents: string;

beforeAll(() => {
  project = demoCopy();
  continents = shapefile('continents', collection([
    { code: 'C-1', coordinates: [rectangle(20, 45, 60, 70)] },
    { code: 'C-2', coordinates: [rectangle(-120, 30, -70, 60)] },
  ]));
  // A park whose boundary is a continent: the polygons lie "near" it, so only a bound on the work stops them.
  const boundary = join(dir, 'continent-park.geojson');
  writeFileSync(boundary, collection([{ code: 'park', coordinates: [rectangle(-130, 20, 70, 75)] }]));
  expect(parkplan('park', 'add', project, '--name', 'Континент', '--boundary', boundary).status).toBe(0);
}, 60_000);

describe('the work one feature may cost an import', () => {
  it('rejects continent-sized plots from a 1 kB shapefile by name, quickly and within memory', () => {
    expect(statSync(continents).size).toBeLessThan(2_000);
    const run = runImport(project, continents, '--park', 'Континент', '--dry-run');
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/^ {2}record 1: it spans \d+ × \d+ km, more than the 50 km a plot may span/m);
    expect(run.out).toMatch(/^ {2}record 2: it spans \d+ × \d+ km/m);
    expect(run.err).toMatch(/2 feature\(s\) rejected/);
  });

  it('imports the file’s other plots with --skip-rejected, and a plot larger than its park is rejected too', () => {
    const mixed = join(dir, 'mixed.geojson');
    writeFileSync(mixed, collection([
      { code: 'C-1', coordinates: [rectangle(20, 45, 60, 70)] },
      { code: 'Б-1', coordinates: [rectangle(30, 50, 30.001, 50.001)] },
    ]));
    const run = runImport(project, mixed, '--park', 'Континент', '--skip-rejected');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/feature 1 «C-1»: it spans/);
    expect(run.out).toMatch(/Imported 1 plots into Континент/);
    // «Карандаш» is 11 ha: a 0.02° square (about 1.3 km × 2.2 km) on its corner is more than the whole park.
    const store = openProject(project, { readonly: true });
    const park = store.parks.list().find((candidate) => candidate.name.includes('Карандаш'));
    store.close();
    const [west = 0, south = 0] = park?.boundary.type === 'Polygon' ? (park.boundary.coordinates[0]?.[0] ?? []) : [];
    const large = join(dir, 'larger-than-park.geojson');
    writeFileSync(large, collection([{ code: 'К-99', coordinates: [rectangle(west, south, west + 0.02, south + 0.02)] }]));
    const karandash = runImport(project, large, '--park', 'Карандаш', '--dry-run');
    expect(karandash.out).toMatch(/feature 1 «К-99»: it covers \d+ ha, more than the whole park \(11 ha\)/);
  });

  it(`rejects a feature of more than ${MAX_FEATURE_VERTICES} vertices before converting any of them`, () => {
    const ring = Array.from({ length: MAX_FEATURE_VERTICES + 10 }, (_, i) => {
      const angle = (2 * Math.PI * i) / (MAX_FEATURE_VERTICES + 10);
      return [39.6 + 0.001 * Math.cos(angle), 54.7 + 0.001 * Math.sin(angle)];
    });
    const file = join(dir, 'dense.geojson');
    writeFileSync(file, collection([{ code: 'Д-1', coordinates: [[...ring, ring[0]]] }]));
    const run = runImport(project, file, '--park', 'Рязан', '--dry-run');
    expect(run.out).toMatch(new RegExp(`feature 1 «Д-1»: it has more than ${MAX_FEATURE_VERTICES} vertices`));
  });
});
