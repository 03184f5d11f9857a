import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProject, type ProjectStore } from '../../electron/store/project';
import { updatePlotAttributes } from '../../electron/services/plots/plotAttributes';
import { allocatePlots } from '../../electron/services/registry/plotAllocation';
import { postgisMissing, startPostgisCluster, type PostgisCluster } from './support/postgisCluster';

/*
 * Team sync end to end with the real parts: a throwaway PostgreSQL + PostGIS cluster, the real
 * `parkplan` in a child process, working copies edited through the services a window uses. psql and
 * ogrinfo read the server independently; SQLite read directly is the check on the copies.
 */

const missing = postgisMissing();
const dir = mkdtempSync(join(tmpdir(), 'parkplan-sync-'));
const [anna, boris] = [join(dir, 'ryazansky.gpkg'), join(dir, 'boris.gpkg')];
let cluster: PostgisCluster;

function parkplan(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ['bin/parkplan.mjs', ...args], { encoding: 'utf8', timeout: 120_000, env: cluster.env });
}

function ok(...args: string[]): string {
  const result = parkplan(...args);
  expect(result.status, `${args.join(' ')}: ${result.stderr}`).toBe(0);
  return result.stdout;
}

function editing<T>(file: string, edit: (store: ProjectStore) => T): T {
  const store = openProject(file);
  try {
    return edit(store);
  } finally {
    store.close();
  }
}

const plotId = (store: ProjectStore, code: string): number => store.plots.list().find((plot) => plot.code === code)!.id;

function setPlot(file: string, code: string, patch: { notes?: string; status?: 'free' | 'reserved' | 'built'; zone?: 'office' | 'warehouse' }): void {
  editing(file, (store) => updatePlotAttributes(store, { plotId: plotId(store, code) as never, patch }));
}

/** The plots as the copy's file holds them, read with SQLite itself. */
function localPlots(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT code, status, zone, notes FROM plots ORDER BY code').all() as Record<string, string>[]).map((row) => `${row['code']}|${row['status']}|${row['zone']}|${row['notes']}`);
  } finally {
    db.close();
  }
}

function localAllocations(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT p.code || '|' || r.inn || '|' || a.start_date || '|' || coalesce(a.end_date, '') FROM allocations a JOIN plots p ON p.fid = a.plot_id JOIN residents r ON r.fid = a.resident_id ORDER BY 1").pluck().all() as string[];
  } finally {
    db.close();
  }
}

const serverPlots = (): string[] => cluster.psql("SELECT code || '|' || status || '|' || zone || '|' || notes FROM ryazansky.plots ORDER BY code", 'parks').split('\n');
const serverAllocations = (): string[] =>
  cluster.psql("SELECT p.code || '|' || r.inn || '|' || a.start_date || '|' || coalesce(a.end_date::text, '') FROM ryazansky.allocations a JOIN ryazansky.plots p ON p.fid = a.plot_id JOIN ryazansky.residents r ON r.fid = a.resident_id ORDER BY 1", 'parks').split('\n');

interface Conflict {
  id: number;
  table: string;
  feature: string;
  kind: string;
  field: string | null;
  mine: unknown;
  theirs: unknown;
  theirPlanner: string | null;
  reason: { key: string } | null;
}
const conflicts = (file: string): Conflict[] => JSON.parse(ok('conflicts', file, '--json')) as Conflict[];

describe.skipIf(missing !== null)(`team sync through PostGIS${missing === null ? '' : ` (skipped: ${missing})`}`, () => {
  beforeAll(async () => {
    cluster = await startPostgisCluster();
    cluster.createDatabase('parks');
    ok('demo', anna);
    ok('publish', anna, '--to', cluster.url('parks'), '--planner', 'Anna');
    ok('clone', `${cluster.url('parks')}?schema=ryazansky`, boris, '--planner', 'Boris');
  }, 180_000);

  afterAll(() => cluster?.remove());

  it('publishes ordinary PostGIS layers: EPSG:4326 geometries with GiST indexes, the allocation rule as an exclusion constraint', () => {
    expect(cluster.psql("SELECT f_table_name || ' ' || type || ' ' || srid FROM geometry_columns WHERE f_table_schema = 'ryazansky' ORDER BY 1", 'parks').split('\n')).toEqual([
      'cadastral_parcels MULTIPOLYGON 4326',
      'parks MULTIPOLYGON 4326',
      'plots POLYGON 4326',
      'rail_spurs LINESTRING 4326',
      'utility_lines LINESTRING 4326',
    ]);
    expect(cluster.psql("SELECT count(*) FROM pg_indexes WHERE schemaname = 'ryazansky' AND indexdef LIKE '%USING gist (geom)%'", 'parks')).toBe('5');
    expect(cluster.psql("SELECT contype FROM pg_constraint WHERE conname = 'allocations_one_per_plot'", 'parks')).toBe('x');
    const ogr = spawnSync('ogrinfo', ['-ro', '-so', `PG:host=127.0.0.1 port=${cluster.port} dbname=parks user=postgres schemas=ryazansky`, 'plots'], { encoding: 'utf8', env: cluster.env });
    expect(ogr.status, ogr.stderr).toBe(0);
    expect(ogr.stdout).toContain('Geometry: Polygon');
    expect(ogr.stdout).toMatch(/Feature Count: [1-9]/);
    // The published plots are the file's, row for row.
    expect(serverPlots()).toEqual(localPlots(anna));
  });

  it('keeps the password out of the copies: the link holds the address without it', () => {
    for (const file of [anna, boris]) {
      const db = new Database(file, { readonly: true });
      const url = db.prepare('SELECT server_url FROM parkplan_sync_link').pluck().get() as string;
      db.close();
      expect(url).toBe(cluster.url('parks'));
      expect(readFileSync(file).includes(Buffer.from(cluster.password))).toBe(false);
    }
  });

  it('brings each copy the other’s edits: edit on both, sync both, both equal the server', () => {
    setPlot(anna, 'Р-03', { notes: 'Anna: a gas main reaches the boundary' });
    setPlot(boris, 'Р-13', { status: 'reserved' });
    expect(ok('sync', anna)).toContain('1 sent, 0 received');
    expect(ok('sync', boris)).toContain('1 sent, 1 received');
    expect(ok('sync', anna)).toContain('0 sent, 1 received');
    expect(localPlots(anna)).toEqual(localPlots(boris));
    expect(localPlots(boris)).toEqual(serverPlots());
    expect(localPlots(anna)).toContain('Р-13|reserved|production|');
  });

  it('merges edits of different fields of one plot', () => {
    setPlot(anna, 'Р-05', { zone: 'office' });
    setPlot(boris, 'Р-05', { notes: 'Boris: hotel for the park’s workers' });
    ok('sync', anna);
    ok('sync', boris);
    ok('sync', anna);
    const merged = 'Р-05|free|office|Boris: hotel for the park’s workers';
    expect(localPlots(anna)).toContain(merged);
    expect(localPlots(boris)).toContain(merged);
    expect(serverPlots()).toContain(merged);
    expect(conflicts(boris)).toEqual([]);
  });

  it('lists the same field changed on both sides, keeps both, and takes theirs when asked', () => {
    setPlot(anna, 'Р-31', { notes: 'Anna’s notes' });
    setPlot(boris, 'Р-31', { notes: 'Boris’s notes' });
    ok('sync', anna);
    expect(ok('sync', boris)).toContain('1 new conflicts');
    const [conflict] = conflicts(boris);
    expect(conflict).toMatchObject({ table: 'plots', feature: 'Р-31', kind: 'field', field: 'notes', mine: 'Boris’s notes', theirs: 'Anna’s notes', theirPlanner: 'Anna' });
    // Nothing lost: each side still holds its own, and a second sync neither sends nor overwrites it.
    ok('sync', boris);
    expect(localPlots(boris)).toContain('Р-31|free|production|Boris’s notes');
    expect(serverPlots()).toContain('Р-31|free|production|Anna’s notes');
    expect(conflicts(boris)).toHaveLength(1);
    expect(ok('resolve', boris, '--conflict', String(conflict!.id), '--take', 'theirs')).toContain('Took the server’s value');
    expect(localPlots(boris)).toContain('Р-31|free|production|Anna’s notes');
    expect(ok('sync', boris)).toContain('0 sent');
    expect(conflicts(boris)).toEqual([]);
  });

  it('takes mine when asked: the next sync sends it and the other copy gets it', () => {
    setPlot(anna, 'Р-39', { notes: 'Anna again' });
    setPlot(boris, 'Р-39', { notes: 'Boris insists' });
    ok('sync', anna);
    ok('sync', boris);
    const [conflict] = conflicts(boris);
    expect(conflict).toMatchObject({ field: 'notes', mine: 'Boris insists', theirs: 'Anna again' });
    ok('resolve', boris, '--conflict', String(conflict!.id), '--take', 'mine');
    expect(ok('sync', boris)).toContain('1 sent');
    ok('sync', anna);
    expect(localPlots(anna)).toContain('Р-39|free|production|Boris insists');
    expect(serverPlots()).toContain('Р-39|free|production|Boris insists');
  });

  it('makes a second resident on one plot a conflict the server’s rule refused, and resolves it for theirs', () => {
    const today = '2026-12-01';
    const allocate = (file: string, inn: string): void =>
      editing(file, (store) => {
        const resident = store.residents.list().find((candidate) => candidate.inn === inn)!;
        allocatePlots(store, { residentId: resident.id, plotIds: [plotId(store, 'Р-03') as never], kind: 'lease', agreementNo: `Д-${inn.slice(-3)}`, startDate: today, endDate: null }, today);
      });
    allocate(anna, '6215632699');
    allocate(boris, '6215306180');
    ok('sync', anna);
    ok('sync', boris);
    const refused = conflicts(boris).filter((conflict) => conflict.table === 'allocations');
    expect(refused.map((conflict) => conflict.reason?.key)).toContain('sync.refused.overlap');
    // Boris's allocation is kept in his copy, the server holds Anna's only.
    expect(localAllocations(boris)).toContain(`Р-03|6215306180|${today}|`);
    expect(serverAllocations().filter((line) => line.startsWith('Р-03|'))).toEqual([`Р-03|6215632699|${today}|`]);
    for (const conflict of refused) ok('resolve', boris, '--conflict', String(conflict.id), '--take', 'theirs');
    ok('sync', boris);
    expect(localAllocations(boris)).toEqual(serverAllocations());
    expect(localAllocations(boris).filter((line) => line.startsWith('Р-03|'))).toEqual([`Р-03|6215632699|${today}|`]);
  });

  it('logs who changed a plot and when', () => {
    const log = ok('log', boris, '--plot', 'Р-39');
    expect(log).toMatch(/Anna {2}update plots Р-39 notes «Edit plot Р-39 \(notes\)»/);
    expect(log).toMatch(/Boris {2}update plots Р-39 notes/);
  });

  it('leaves the clones valid GeoPackages ogrinfo opens', () => {
    for (const file of [anna, boris]) {
      const ogr = spawnSync('ogrinfo', ['-ro', '-so', file, 'plots'], { encoding: 'utf8' });
      expect(ogr.status, ogr.stderr).toBe(0);
      expect(ogr.stderr).not.toMatch(/ERROR|Warning/i);
    }
  });

  it('says so clearly when the password is wrong or the server is down, and changes nothing in the copy', () => {
    setPlot(boris, 'Р-13', { notes: 'offline work' });
    const before = localPlots(boris);
    const wrong = spawnSync(process.execPath, ['bin/parkplan.mjs', 'sync', boris], { encoding: 'utf8', env: { ...cluster.env, PGPASSWORD: 'not-it' } });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('refused the password of user «postgres»');
    cluster.stop();
    try {
      const down = parkplan('sync', boris);
      expect(down.status).toBe(1);
      expect(down.stderr).toContain('Cannot reach the server');
    } finally {
      cluster.start();
    }
    expect(localPlots(boris)).toEqual(before);
    expect(ok('sync', boris)).toContain('1 sent');
  });
});
