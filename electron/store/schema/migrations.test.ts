import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALLOCATION_KINDS } from '../../../shared/domain/allocation';
import { PLOT_STATUSES, PLOT_ZONES } from '../../../shared/domain/plot';
import { RAIL_SPUR_STATUSES } from '../../../shared/domain/railSpur';
import { RESIDENT_STATUSES } from '../../../shared/domain/resident';
import { CONNECTION_STATUSES, NETWORKS, UTILITY_STATUSES } from '../../../shared/domain/utility';
import { encodeGeometryBlob } from '../gpkg/geometryBlob';
import { openProject } from '../project';
import type { Migration } from './migration';
import { appliedSchemaVersion, createMigrationsTable, runMigrations } from './migrations';

let dir: string;
let db: Database.Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parkplan-migrations-'));
  db = new Database(join(dir, 'm.sqlite'));
  createMigrationsTable(db);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const createTable = (version: number, table: string): Migration => ({
  version,
  name: `create ${table}`,
  up: (target) => target.exec(`CREATE TABLE ${table} (x INTEGER)`),
});

describe('runMigrations', () => {
  it('applies pending migrations in version order and records each', () => {
    expect(runMigrations(db, [createTable(2, 'b'), createTable(1, 'a')])).toEqual([1, 2]);
    expect(appliedSchemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT version, name FROM parkplan_migrations ORDER BY version').all()).toEqual([
      { version: 1, name: 'create a' },
      { version: 2, name: 'create b' },
    ]);
    expect(runMigrations(db, [createTable(1, 'a'), createTable(2, 'b'), createTable(3, 'c')])).toEqual([3]);
  });

  it('rolls a failing migration back whole and keeps the earlier ones', () => {
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up: (target) => {
        target.exec('CREATE TABLE half (x INTEGER)');
        throw new Error('migration 2 failed');
      },
    };
    expect(() => runMigrations(db, [createTable(1, 'a'), broken])).toThrow('migration 2 failed');
    expect(appliedSchemaVersion(db)).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['a', 'parkplan_migrations']);
  });

  it('never touches PRAGMA user_version, which belongs to the GeoPackage', () => {
    db.pragma('user_version = 10300');
    runMigrations(db, [createTable(1, 'a')]);
    expect(db.pragma('user_version', { simple: true })).toBe(10300);
  });
});

describe('migration 1 CHECK constraints', () => {
  const cases = [
    { table: 'plots', column: 'status', values: PLOT_STATUSES },
    { table: 'plots', column: 'zone', values: PLOT_ZONES },
    { table: 'rail_spurs', column: 'status', values: RAIL_SPUR_STATUSES },
    { table: 'utility_lines', column: 'network', values: NETWORKS },
    { table: 'utility_lines', column: 'status', values: UTILITY_STATUSES },
    { table: 'residents', column: 'status', values: RESIDENT_STATUSES },
    { table: 'allocations', column: 'kind', values: ALLOCATION_KINDS },
    { table: 'utility_connections', column: 'status', values: CONNECTION_STATUSES },
    { table: 'park_capacities', column: 'network', values: NETWORKS },
  ] as const;

  it.each(cases)('$table.$column accepts exactly the domain values', ({ table, column, values }) => {
    const store = openProject(join(dir, `${table}-${column}.gpkg`), { create: true });
    try {
      const square = encodeGeometryBlob({ type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]]] });
      const line = encodeGeometryBlob({ type: 'LineString', coordinates: [[0, 0], [1, 1]] });
      const plotGeom = encodeGeometryBlob({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] });
      store.db.prepare("INSERT INTO parks (fid, geom, name) VALUES (1, ?, 'P')").run(square);
      store.db.prepare("INSERT INTO plots (fid, geom, park_id, code, status, zone) VALUES (1, ?, 1, 'x', 'free', 'road')").run(plotGeom);
      store.db.prepare("INSERT INTO residents (fid, name, inn, status) VALUES (1, 'R', '', 'prospect')").run();
      const base: Record<string, Record<string, unknown>> = {
        plots: { geom: plotGeom, park_id: 1, code: 'c', status: 'free', zone: 'road' },
        rail_spurs: { geom: line, park_id: 1, name: 's', status: 'planned' },
        utility_lines: { geom: line, park_id: 1, network: 'power', name: 'l', status: 'planned' },
        residents: { name: 'r', inn: '', status: 'prospect' },
        allocations: { plot_id: 1, resident_id: 1, kind: 'lease', start_date: '2024-01-01', end_date: '2024-02-01' },
        utility_connections: { plot_id: 1, network: 'power', requested_capacity: 1, status: 'requested' },
        park_capacities: { park_id: 1, network: 'power', capacity: 1 },
      };
      const insert = (value: string): void => {
        const row = { ...base[table], [column]: value };
        if (table === 'plots') row.code = `code-${value}`;
        if (table === 'park_capacities') store.db.prepare('DELETE FROM park_capacities').run();
        const names = Object.keys(row);
        store.db.prepare(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(row);
      };
      for (const value of values) insert(value);
      expect(() => insert('not-a-domain-value')).toThrow(/CHECK constraint failed/);
    } finally {
      store.close();
    }
  });
});
