import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PRECISE_PLOT, SMALL_SEED } from './__fixtures__/smallSeed';
import { BUSY_TIMEOUT_MS, openProject, ProjectFileError } from './project';
import { LATEST_SCHEMA_VERSION } from './schema/migrations';
import { writeSeed } from './seedProject';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parkplan-project-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function expectProjectFileError(run: () => unknown, code: string, message: RegExp): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ProjectFileError);
  expect((caught as ProjectFileError).code).toBe(code);
  expect((caught as ProjectFileError).message).toMatch(message);
}

describe('openProject', () => {
  it('creates a GeoPackage 1.3 with the connection settings the design asks for', () => {
    const file = join(dir, 'new.gpkg');
    const store = openProject(file, { create: true });
    try {
      const pragma = (name: string): unknown => store.db.pragma(name, { simple: true });
      expect(pragma('application_id')).toBe(0x47504b47);
      expect(pragma('user_version')).toBe(10300);
      expect(pragma('journal_mode')).toBe('wal');
      expect(pragma('synchronous')).toBe(2);
      expect(pragma('foreign_keys')).toBe(1);
      expect(pragma('busy_timeout')).toBe(BUSY_TIMEOUT_MS);
      expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      expect(store.file).toBe(file);
      const srs = store.db.prepare('SELECT srs_id, organization, definition FROM gpkg_spatial_ref_sys ORDER BY srs_id').all();
      expect(srs).toEqual([
        { srs_id: -1, organization: 'NONE', definition: 'undefined' },
        { srs_id: 0, organization: 'NONE', definition: 'undefined' },
        { srs_id: 4326, organization: 'EPSG', definition: expect.stringMatching(/^GEOGCS\["WGS 84".*AUTHORITY\["EPSG","4326"\]\]$/) },
      ]);
      const versions = store.db.prepare('SELECT version FROM parkplan_migrations').pluck().all();
      expect(versions).toEqual([1, 2, 3, 5]);
    } finally {
      store.close();
    }
  });

  it('reopens a project with its data', () => {
    const file = join(dir, 'p.gpkg');
    const created = openProject(file, { create: true });
    writeSeed(created, SMALL_SEED);
    created.close();
    const store = openProject(file);
    try {
      expect(store.plots.list()).toHaveLength(SMALL_SEED.plots.length);
      expect(store.plots.list()[0]?.geometry).toEqual(PRECISE_PLOT);
    } finally {
      store.close();
    }
  });

  it('reports a missing file without creating it', () => {
    const file = join(dir, 'missing.gpkg');
    expectProjectFileError(() => openProject(file), 'not-found', /^Project file not found: .*missing\.gpkg$/);
    expectProjectFileError(() => openProject(file, { create: true, readonly: true }), 'not-found', /not found/);
    expect(existsSync(file)).toBe(false);
  });

  it('refuses a text file and leaves it byte for byte as it was, with no -wal or -shm beside it', () => {
    const file = join(dir, 'notes.gpkg');
    writeFileSync(file, 'Участки: A-01, A-02\n'.repeat(200));
    const before = readFileSync(file);
    expectProjectFileError(() => openProject(file), 'not-geopackage', /notes\.gpkg is not a GeoPackage \(not an SQLite database/);
    expectProjectFileError(() => openProject(file, { create: true }), 'not-geopackage', /is not a GeoPackage/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['notes.gpkg']);
  });

  it('refuses a plain SQLite file and leaves it byte for byte as it was', () => {
    const file = join(dir, 'other.sqlite');
    const other = new Database(file);
    other.exec("CREATE TABLE t (x); INSERT INTO t VALUES ('keep me');");
    other.close();
    const before = readFileSync(file);
    expectProjectFileError(
      () => openProject(file),
      'not-geopackage',
      /other\.sqlite is not a GeoPackage \(SQLite application_id is 0x00000000, expected 0x47504B47 'GPKG'\)/,
    );
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['other.sqlite']);
  });

  it('refuses a GeoPackage that is not a ParkPlan project and leaves it unchanged', () => {
    const source = join(dir, 'in.geojson');
    const file = join(dir, 'qgis.gpkg');
    writeFileSync(source, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: PRECISE_PLOT }] }));
    execFileSync('/usr/bin/ogr2ogr', ['-f', 'GPKG', file, source], { stdio: 'pipe' });
    const before = readFileSync(file);
    expectProjectFileError(() => openProject(file), 'not-parkplan', /not a ParkPlan project/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a project written by a newer schema', () => {
    const file = join(dir, 'future.gpkg');
    const store = openProject(file, { create: true });
    store.db.prepare("INSERT INTO parkplan_migrations (version, name) VALUES (?, 'from the future')").run(LATEST_SCHEMA_VERSION + 1);
    store.close();
    expectProjectFileError(() => openProject(file), 'newer-schema', new RegExp(`schema ${LATEST_SCHEMA_VERSION + 1}`));
  });

  it('opens read-only: reads work, writes fail', () => {
    const file = join(dir, 'ro.gpkg');
    const created = openProject(file, { create: true });
    writeSeed(created, SMALL_SEED);
    created.close();
    const store = openProject(file, { readonly: true });
    try {
      expect(store.readonly).toBe(true);
      expect(store.parks.list().map((park) => park.name)).toEqual(['Рязанский', 'Карандаш']);
      const [park] = store.parks.list();
      expect(() => store.parks.update({ ...park!, name: 'x' })).toThrow(/readonly/);
    } finally {
      store.close();
    }
  });

  it('passes nativeBinding through to better-sqlite3', () => {
    const require = createRequire(import.meta.url);
    const binding = join(dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
    const store = openProject(join(dir, 'native.gpkg'), { create: true, nativeBinding: binding });
    store.close();
    expect(() => openProject(join(dir, 'native.gpkg'), { nativeBinding: join(dir, 'no-such-binding.node') })).toThrow(/no-such-binding/);
  });
});

describe('ProjectStore.transaction', () => {
  it('leaves nothing half-written when the edit throws midway', () => {
    const file = join(dir, 'crash.gpkg');
    const store = openProject(file, { create: true });
    writeSeed(store, SMALL_SEED);
    const plotsBefore = store.plots.list();
    const contentsBefore = store.db.prepare('SELECT * FROM gpkg_contents ORDER BY table_name').all();
    expect(() =>
      store.transaction(() => {
        const [first] = store.plots.list();
        store.plots.update({ ...first!, status: 'free', notes: 'half-way' });
        store.plots.insert({ ...first!, code: 'NEW', geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } });
        throw new Error('power cut');
      }),
    ).toThrow('power cut');
    expect(store.plots.list()).toEqual(plotsBefore);
    expect(store.db.prepare('SELECT * FROM gpkg_contents ORDER BY table_name').all()).toEqual(contentsBefore);
    store.close();
    const reopened = openProject(file);
    expect(reopened.plots.list()).toEqual(plotsBefore);
    reopened.close();
  });

  it('refuses an async function and rolls its synchronous part back', () => {
    const store = openProject(join(dir, 'async.gpkg'), { create: true });
    try {
      expect(() =>
        store.transaction(() => {
          store.residents.insert({ ...SMALL_SEED.residents[0]!, inn: '7700000000' });
          return Promise.resolve();
        }),
      ).toThrow(/must be synchronous/);
      expect(store.residents.list()).toEqual([]);
    } finally {
      store.close();
    }
  });

  it('returns what the function returns', () => {
    const store = openProject(join(dir, 'ret.gpkg'), { create: true });
    try {
      const ids = store.transaction(() => writeSeed(store, SMALL_SEED));
      expect(ids.parks.size).toBe(2);
    } finally {
      store.close();
    }
  });
});

describe('ProjectStore.backup', () => {
  it('writes a complete copy that opens as a project', async () => {
    const file = join(dir, 'live.gpkg');
    const copy = join(dir, 'copy.gpkg');
    const store = openProject(file, { create: true });
    writeSeed(store, SMALL_SEED);
    await store.backup(copy);
    await expect(store.backup(file)).rejects.toThrow(/onto itself/);
    store.close();
    const restored = openProject(copy);
    try {
      expect(restored.plots.list()).toHaveLength(SMALL_SEED.plots.length);
      expect(restored.db.pragma('application_id', { simple: true })).toBe(0x47504b47);
    } finally {
      restored.close();
    }
  });
});
