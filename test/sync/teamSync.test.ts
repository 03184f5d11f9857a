import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProject, type ProjectStore } from '../../electron/store/project';
import { updatePlotAttributes } from '../../electron/services/plots/plotAttributes';
import { createPlot, deletePlot, updatePlotGeometry } from '../../electron/services/plots/plotEditing';
import { allocatePlots } from '../../electron/services/registry/plotAllocation';
import { postgisMissing, startPostgisCluster, type PostgisCluster } from './support/postgisCluster';

/*
 * Team sync end to end with the real parts: a throwaway PostgreSQL + PostGIS cluster, the real
 * `parkplan` in a child process, working copies edited through the services a window uses. psql and
 * ogrinfo read the server independently; SQLite read directly is the check on the copies.
 */

const missing = postgisMissing();
const dir = mkdtempSync(join(tmpdir(), 'parkplan-sync-'));
const [anna, boris, vera] = [join(dir, 'ryazansky.gpkg'), join(dir, 'boris.gpkg'), join(dir, 'vera.gpkg')];
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
    ok('clone', cluster.url('parks'), vera, '--planner', 'Vera');
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

  it('publishes nothing when the server’s rule refuses a row: two allocations of one plot on the same days', () => {
    const file = join(dir, 'overlapping.gpkg');
    ok('demo', file);
    const db = new Database(file);
    // Written past the allocation service, as another tool could: two closed leases of one plot overlapping in May.
    db.prepare("INSERT INTO allocations (plot_id, resident_id, kind, agreement_no, start_date, end_date) VALUES (13, 1, 'lease', 'X-1', '2020-01-01', '2020-06-01'), (13, 2, 'lease', 'X-2', '2020-05-01', '2020-09-01')").run();
    db.close();
    const refused = parkplan('publish', file, '--to', cluster.url('parks'));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('The server refused a row of allocations: the plot already has an allocation for those dates on the server');
    expect(cluster.psql("SELECT count(*) FROM pg_namespace WHERE nspname = 'overlapping'", 'parks')).toBe('0');
    expect(parkplan('sync', file).stderr).toContain('not a working copy');
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

  it('lists an outline moved on both sides, and a plot deleted on one side and changed on the other, deleting nothing', () => {
    const shift = (file: string, code: string, dx: number): void =>
      editing(file, (store) => {
        const plot = store.plots.list().find((candidate) => candidate.code === code)!;
        const ring = plot.geometry.coordinates[0]!.map(([x, y]) => [x + dx, y] as const);
        updatePlotGeometry(store, { plotId: plot.id, geometry: { type: 'Polygon', coordinates: [ring] } });
      });
    shift(anna, 'Р-13', 0.0001);
    shift(boris, 'Р-13', 0.0002);
    editing(anna, (store) => deletePlot(store, { plotId: plotId(store, 'Р-05') as never }, '2026-12-04'));
    setPlot(boris, 'Р-05', { notes: 'Boris still plans a hotel here' });
    ok('sync', anna);
    ok('sync', boris);
    const found = conflicts(boris).map((conflict) => ({ feature: conflict.feature, kind: conflict.kind, field: conflict.field, theirsGone: conflict.theirs === null }));
    expect(found).toEqual(expect.arrayContaining([
      { feature: 'Р-13', kind: 'field', field: 'geom', theirsGone: false },
      { feature: 'Р-05', kind: 'row', field: null, theirsGone: true },
    ]));
    expect(ok('conflicts', boris)).toContain('Р-05, the row: mine (the row as it is here), theirs (deleted on the server) (theirs by Anna)');
    // Boris keeps his plot and his outline; the server keeps Anna's outline and has no Р-05.
    expect(localPlots(boris).some((line) => line.startsWith('Р-05|'))).toBe(true);
    expect(serverPlots().some((line) => line.startsWith('Р-05|'))).toBe(false);
    for (const conflict of conflicts(boris)) ok('resolve', boris, '--conflict', String(conflict.id), '--take', conflict.feature === 'Р-05' ? 'mine' : 'theirs');
    ok('sync', boris);
    ok('sync', anna);
    // Taking mine for the deleted plot put it back on the server, and Anna has it again.
    expect(localPlots(anna)).toContain('Р-05|free|office|Boris still plans a hotel here');
    expect(localPlots(anna)).toEqual(localPlots(boris));
    expect(serverPlots()).toEqual(localPlots(boris));
  });

  it('keeps references right across copies: a plot added in one copy and allocated in another reaches the third whole', () => {
    const today = '2026-12-02';
    const drawn = editing(vera, (store) => {
      const near = store.plots.list().find((plot) => plot.code === 'Р-13')!.geometry.coordinates[0]![0]!;
      const [x, y] = [near[0] + 0.01, near[1] + 0.01];
      return createPlot(store, { parkId: store.parks.list()[0]!.id, code: 'В-100', geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 0.001, y], [x + 0.001, y + 0.001], [x, y + 0.001], [x, y]]] } });
    });
    expect(drawn.plotId).toBeGreaterThan(0);
    ok('sync', vera);
    ok('sync', anna);
    editing(anna, (store) => {
      const resident = store.residents.list().find((candidate) => candidate.inn === '6215353078')!;
      allocatePlots(store, { residentId: resident.id, plotIds: [plotId(store, 'В-100') as never], kind: 'reservation', agreementNo: '', startDate: today, endDate: null }, today);
    });
    ok('sync', anna);
    ok('sync', vera);
    ok('sync', boris);
    for (const file of [vera, boris]) expect(localAllocations(file)).toContain(`В-100|6215353078|${today}|`);
    expect(localAllocations(vera)).toEqual(serverAllocations());
    expect(localPlots(vera)).toContain('В-100|reserved|production|');
  });

  it('leaves the server with all of a sync killed midway or none of it, and the next sync finishes it', async () => {
    const codes = editing(vera, (store) => store.plots.list().map((plot) => plot.code));
    editing(vera, (store) => {
      for (const code of codes) updatePlotAttributes(store, { plotId: plotId(store, code) as never, patch: { notes: `surveyed ${code}` } });
    });
    const watcher = new pg.Client({ host: '127.0.0.1', port: cluster.port, user: 'postgres', database: 'parks', password: cluster.password, application_name: 'watcher' });
    await watcher.connect();
    try {
      const child = spawn(process.execPath, ['bin/parkplan.mjs', 'sync', vera], { env: cluster.env, stdio: 'ignore' });
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      let done = false;
      void exited.then(() => (done = true));
      // Killed once its transaction has written a row: the push is under way, not committed.
      while (!done) {
        const writing = await watcher.query("SELECT 1 FROM pg_stat_activity WHERE application_name = 'parkplan' AND backend_xid IS NOT NULL");
        if (writing.rowCount !== 0) break;
      }
      child.kill('SIGKILL');
      await exited;
      while ((await watcher.query("SELECT 1 FROM pg_stat_activity WHERE application_name = 'parkplan'")).rowCount !== 0) await new Promise((resolve) => setTimeout(resolve, 20));
      const surveyed = Number((await watcher.query("SELECT count(*) AS n FROM ryazansky.plots WHERE notes LIKE 'surveyed %'")).rows[0].n);
      expect([0, codes.length]).toContain(surveyed);
    } finally {
      await watcher.end();
    }
    ok('sync', vera);
    expect(cluster.psql("SELECT count(*) FROM ryazansky.plots WHERE notes LIKE 'surveyed %'", 'parks')).toBe(String(codes.length));
    expect(serverPlots()).toEqual(localPlots(vera));
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
    setPlot(boris, 'Р-13', { zone: 'warehouse' });
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
