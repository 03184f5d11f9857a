import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRECISE_PLOT, SMALL_SEED } from '../../electron/store/__fixtures__/smallSeed';
import { openProject, ProjectFileError } from '../../electron/store/project';
import { writeSeed } from '../../electron/store/seedProject';

// The independent check: GDAL (the library QGIS reads GeoPackages with) must open our file without a word.
const OGRINFO = '/usr/bin/ogrinfo';
const OGR2OGR = '/usr/bin/ogr2ogr';
const VALIDATOR = '/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py';

function run(command: string, args: readonly string[]): { stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { stdout: result.stdout, stderr: result.stderr };
}

interface LayerSummary {
  readonly geometry: string;
  readonly featureCount: number;
  readonly extent: string | undefined;
}

/** Parses `ogrinfo -so -al` into layer name → geometry type, feature count and extent. */
function parseSummary(stdout: string): Map<string, LayerSummary> {
  const layers = new Map<string, LayerSummary>();
  for (const block of stdout.split(/^Layer name: /m).slice(1)) {
    const name = block.slice(0, block.indexOf('\n')).trim();
    layers.set(name, {
      geometry: /^Geometry: (.+)$/m.exec(block)?.[1] ?? '',
      featureCount: Number(/^Feature Count: (\d+)$/m.exec(block)?.[1]),
      extent: /^Extent: (.+)$/m.exec(block)?.[1],
    });
  }
  return layers;
}

let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parkplan-gpkg-'));
  file = join(dir, 'small.gpkg');
  const store = openProject(file, { create: true });
  try {
    writeSeed(store, SMALL_SEED);
  } finally {
    store.close();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a project file read by GDAL', () => {
  it('lists the five feature layers and six attribute tables, silently', () => {
    const { stdout, stderr } = run(OGRINFO, ['-ro', file]);
    expect(stderr).toBe('');
    expect(stdout).not.toMatch(/ERROR|Warning/i);
    expect(stdout).toContain('using driver `GPKG\' successful');
    const layers = stdout.split('\n').filter((line) => /^\d+: /.test(line));
    expect(layers).toEqual([
      '1: parks (Multi Polygon)',
      '2: plots (Polygon)',
      '3: rail_spurs (Line String)',
      '4: utility_lines (Line String)',
      '5: cadastral_parcels (Multi Polygon)',
      '6: residents (None)',
      '7: allocations (None)',
      '8: utility_connections (None)',
      '9: park_capacities (None)',
      '10: edit_journal (None)',
      '11: underlays (None)',
    ]);
  });

  it('reports geometry types, feature counts and extents that match what was written', () => {
    const { stdout, stderr } = run(OGRINFO, ['-so', '-al', '-ro', file]);
    expect(stderr).toBe('');
    expect(stdout).not.toMatch(/ERROR|Warning/i);
    const layers = parseSummary(stdout);
    expect(layers.get('parks')).toEqual({ geometry: 'Multi Polygon', featureCount: SMALL_SEED.parks.length, extent: '(39.600000, 54.690000) - (60.440000, 58.640000)' });
    expect(layers.get('plots')).toEqual({ geometry: 'Polygon', featureCount: SMALL_SEED.plots.length, extent: '(39.612346, 54.700000) - (60.439000, 58.635000)' });
    expect(layers.get('rail_spurs')).toMatchObject({ geometry: 'Line String', featureCount: SMALL_SEED.railSpurs.length });
    expect(layers.get('utility_lines')).toMatchObject({ geometry: 'Line String', featureCount: SMALL_SEED.utilityLines.length });
    expect(layers.get('residents')).toMatchObject({ geometry: 'None', featureCount: SMALL_SEED.residents.length });
    expect(layers.get('allocations')).toMatchObject({ geometry: 'None', featureCount: SMALL_SEED.allocations.length });
    expect(layers.get('utility_connections')).toMatchObject({ geometry: 'None', featureCount: SMALL_SEED.utilityConnections.length });
    expect(layers.get('park_capacities')).toMatchObject({ geometry: 'None', featureCount: SMALL_SEED.capacities.length });
    expect(stdout).toMatch(/Layer name: plots[\s\S]*?ID\["EPSG",4326\]/);
    // History means many allocations per plot: GDAL (and so QGIS) must not see plot_id as a unique field.
    expect(stdout).toMatch(/^plot_id: Integer64 \(0\.0\) NOT NULL$/m);
    // The one unique field is an underlay's name (the CLI and the layer panel name underlays by it).
    expect(stdout.match(/^.*UNIQUE.*$/gm)).toEqual(['name: String (0.0) UNIQUE NOT NULL']);
  });

  it('reads every feature without complaint', () => {
    const { stdout, stderr } = run(OGRINFO, ['-al', '-ro', file]);
    expect(stderr).toBe('');
    expect(stdout).not.toMatch(/ERROR|Warning/i);
    expect(stdout).toContain('code (String) = A-01');
    expect(stdout).toContain('name (String) = Путь на Дягилево');
    expect(stdout).toContain('start_date (Date) = 2019/03/01');
  });

  it('reads back a plot\'s coordinates as the same doubles', () => {
    const { stdout, stderr } = run(OGR2OGR, ['-f', 'GeoJSON', '/vsistdout/', file, 'plots', '-where', "code = 'A-01'"]);
    expect(stderr).toBe('');
    const collection = JSON.parse(stdout) as { features: { properties: Record<string, unknown>; geometry: unknown }[] };
    expect(collection.features).toHaveLength(1);
    expect(collection.features[0]?.properties).toMatchObject({ code: 'A-01', status: 'allocated', cadastral_number: '62:15:0000000:123' });
    expect(collection.features[0]?.geometry).toEqual(PRECISE_PLOT);
  });

  it('carries the GeoPackage 1.3 header ids', () => {
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('application_id', { simple: true })).toBe(0x47504b47);
      expect(db.pragma('user_version', { simple: true })).toBe(10300);
      expect(readFileSync(file).subarray(68, 72).toString('latin1')).toBe('GPKG');
    } finally {
      db.close();
    }
  });

  it.skipIf(!existsSync(VALIDATOR))('passes GDAL\'s GeoPackage validator (validate_gpkg.py)', () => {
    const { stdout, stderr } = run('/usr/bin/python3', [VALIDATOR, file]);
    expect(stderr).toBe('');
    expect(stdout).toBe('');
  });
});

describe('files that are not projects', () => {
  it('refuses a text file and a random SQLite file with clear errors, leaving both byte for byte unchanged', () => {
    const text = join(dir, 'readme.gpkg');
    writeFileSync(text, 'not a database\n');
    const sqlite = join(dir, 'random.db');
    const other = new Database(sqlite);
    other.exec('CREATE TABLE plots (code TEXT); INSERT INTO plots VALUES (1), (2);');
    other.close();
    const before = [readFileSync(text), readFileSync(sqlite)];
    for (const path of [text, sqlite]) {
      expect(() => openProject(path)).toThrow(ProjectFileError);
      expect(() => openProject(path, { create: true })).toThrow(/is not a GeoPackage \(/);
    }
    expect(readFileSync(text).equals(before[0]!)).toBe(true);
    expect(readFileSync(sqlite).equals(before[1]!)).toBe(true);
  });
});

describe('a failed edit', () => {
  it('leaves nothing half-written in the file GDAL reads', () => {
    const copy = join(dir, 'crash.gpkg');
    const store = openProject(copy, { create: true });
    writeSeed(store, SMALL_SEED);
    const [plot] = store.plots.list();
    expect(() =>
      store.transaction(() => {
        store.plots.insert({ ...plot!, code: 'NEW-1' });
        store.plots.update({ ...plot!, status: 'free' });
        throw new Error('crash mid-edit');
      }),
    ).toThrow('crash mid-edit');
    store.close();
    const layers = parseSummary(run(OGRINFO, ['-so', '-al', '-ro', copy]).stdout);
    expect(layers.get('plots')?.featureCount).toBe(SMALL_SEED.plots.length);
    const reopened = openProject(copy, { readonly: true });
    expect(reopened.plots.get(plot!.id)?.status).toBe(plot!.status);
    reopened.close();
  });
});
