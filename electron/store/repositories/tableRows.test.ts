import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LineStringGeometry, PolygonGeometry } from '../../../shared/domain/geometry';
import { ContentsKeeper } from '../gpkg/contents';
import { openProject, type ProjectStore } from '../project';
import { converted, derived, geometry, tableReader, tableRows } from './tableRows';

// The helper on the project's own `parks` table (a registered MULTIPOLYGON feature table with its R-tree),
// described here in another shape than parks.ts does, so that what is checked is the helper's own work.
interface Area {
  readonly id: number;
  readonly title: string;
  readonly illustrative: boolean;
  readonly outline: LineStringGeometry;
}

const square = (x: number, y: number): LineStringGeometry => ({
  type: 'LineString',
  coordinates: [[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]],
});

let dir: string;
let store: ProjectStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parkplan-table-rows-'));
  store = openProject(join(dir, 't.gpkg'), { create: true });
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const areas = () =>
  tableRows<Area>(store.db, new ContentsKeeper(store.db), {
    table: 'parks',
    what: 'area',
    orderBy: 'name DESC, fid',
    fields: {
      id: 'fid',
      title: 'name',
      illustrative: converted('illustrative', (stored: number) => stored === 1, (value: boolean) => (value ? 1 : 0)),
      // The outline is kept as the park's one ring: a conversion both ways around the stored MultiPolygon.
      outline: geometry('geom', 'MultiPolygon', {
        read: (stored) => ({ type: 'LineString', coordinates: stored.coordinates[0]![0]! }),
        write: (outline) => ({ type: 'MultiPolygon', coordinates: [[outline.coordinates]] }),
      }),
    },
  });

const contents = () =>
  store.db.prepare(`SELECT min_x, max_x, min_y, max_y, last_change FROM gpkg_contents WHERE table_name = 'parks'`).get() as Record<string, unknown>;
const rtreeOfPlots = () => store.db.prepare('SELECT id, minx, maxx, miny, maxy FROM rtree_plots_geom ORDER BY id').all();

describe('tableRows', () => {
  it('writes and reads a row through its field mapping, conversions both ways', () => {
    const rows = areas();
    const inserted = rows.insert({ title: 'Восток', illustrative: true, outline: square(39, 54) });
    expect(inserted).toEqual({ id: inserted.id, title: 'Восток', illustrative: true, outline: square(39, 54) });
    const raw = store.db.prepare('SELECT name, illustrative FROM parks WHERE fid = ?').get(inserted.id);
    expect(raw).toEqual({ name: 'Восток', illustrative: 1 });
    const updated = rows.update({ ...inserted, title: 'Запад', illustrative: false });
    expect(rows.get(inserted.id)).toEqual(updated);
    expect(updated.illustrative).toBe(false);
  });

  it('lists in the spec order, and a select takes its own where and order', () => {
    const rows = areas();
    const a = rows.insert({ title: 'А', illustrative: false, outline: square(39, 54) });
    const b = rows.insert({ title: 'Б', illustrative: true, outline: square(40, 54) });
    expect(rows.list().map((row) => row.title)).toEqual(['Б', 'А']);
    expect(rows.select('WHERE illustrative = ?', 'fid').all(1)).toEqual([b]);
    expect(rows.select('WHERE name = ?').get('А')).toEqual(a);
    expect(rows.select('WHERE name = ?').get('В')).toBeNull();
  });

  it('widens the gpkg_contents extent with each geometry written', () => {
    const rows = areas();
    const first = rows.insert({ title: 'А', illustrative: false, outline: square(39, 54) });
    expect(contents()).toMatchObject({ min_x: 39, max_x: 40, min_y: 54, max_y: 55 });
    rows.update({ ...first, outline: square(41, 56) });
    expect(contents()).toMatchObject({ min_x: 39, max_x: 42, min_y: 54, max_y: 57 });
    rows.remove(first.id);
    // A delete only touches last_change: the spec lets the box stay larger.
    expect(contents()).toMatchObject({ min_x: 39, max_x: 42 });
  });

  it('inserts many rows in order through one statement, widening the extent once, all or none', () => {
    const rows = areas();
    const ids = rows.insertMany([
      { title: 'А', illustrative: false, outline: square(39, 54) },
      { title: 'Б', illustrative: true, outline: square(45, 50) },
    ]);
    expect(ids.map((id) => rows.get(id)?.title)).toEqual(['А', 'Б']);
    expect(contents()).toMatchObject({ min_x: 39, max_x: 46, min_y: 50, max_y: 55 });
    const before = contents();
    const bad = { title: null as unknown as string, illustrative: false, outline: square(60, 70) };
    expect(() => rows.insertMany([{ title: 'В', illustrative: false, outline: square(60, 70) }, bad])).toThrow(/NOT NULL/);
    expect(rows.list().map((row) => row.title)).toEqual(['Б', 'А']);
    expect(contents()).toEqual(before);
    expect(rows.insertMany([])).toEqual([]);
    expect(contents()).toEqual(before);
  });

  it('keeps the R-tree of a spatially indexed table through its triggers (plots)', () => {
    const park = areas().insert({ title: 'А', illustrative: false, outline: square(39, 54) });
    interface Lot { readonly id: number; readonly parkId: number; readonly code: string; readonly status: string; readonly zone: string; readonly shape: PolygonGeometry }
    const lots = tableRows<Lot>(store.db, new ContentsKeeper(store.db), {
      table: 'plots',
      what: 'lot',
      orderBy: 'fid',
      fields: { id: 'fid', parkId: 'park_id', code: 'code', status: 'status', zone: 'zone', shape: geometry('geom', 'Polygon') },
    });
    const ring = square(39.2, 54.2).coordinates;
    const lot = lots.insert({ parkId: park.id, code: 'A-1', status: 'free', zone: 'production', shape: { type: 'Polygon', coordinates: [ring] } });
    // The R-tree holds 32-bit floats, rounded outwards.
    const box = (minx: number, maxx: number, miny: number, maxy: number) => ({
      id: lot.id, minx: expect.closeTo(minx, 4), maxx: expect.closeTo(maxx, 4), miny: expect.closeTo(miny, 4), maxy: expect.closeTo(maxy, 4),
    });
    expect(rtreeOfPlots()).toEqual([box(39.2, 40.2, 54.2, 55.2)]);
    lots.update({ ...lot, shape: { type: 'Polygon', coordinates: [square(41, 56).coordinates] } });
    expect(rtreeOfPlots()).toEqual([box(41, 42, 56, 57)]);
    lots.remove(lot.id);
    expect(rtreeOfPlots()).toEqual([]);
  });

  it('names a stale id, and a refused write leaves the file as it was', () => {
    const rows = areas();
    const kept = rows.insert({ title: 'А', illustrative: false, outline: square(39, 54) });
    const before = contents();
    expect(() => rows.update({ ...kept, id: 999 })).toThrow('area 999 does not exist');
    expect(() => rows.remove(999)).toThrow('area 999 does not exist');
    expect(() => rows.stored(999)).toThrow('area 999 does not exist');
    // name is NOT NULL: the insert fails inside its transaction, the extent is not widened.
    expect(() => rows.insert({ title: null as unknown as string, illustrative: false, outline: square(60, 70) })).toThrow(/NOT NULL/);
    expect(contents()).toEqual(before);
    expect(rows.list()).toEqual([kept]);
  });

  it('names the row of a bad geometry blob', () => {
    const rows = areas();
    const { id } = rows.insert({ title: 'А', illustrative: false, outline: square(39, 54) });
    for (const { name } of store.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'parks'`).all() as { name: string }[]) {
      store.db.prepare(`DROP TRIGGER "${name}"`).run();
    }
    store.db.prepare('UPDATE parks SET geom = ? WHERE fid = ?').run(Buffer.from([1, 2, 3]), id);
    expect(() => rows.get(id)).toThrow(`area ${id}:`);
  });
});

describe('tableReader', () => {
  it('reads a field built from several columns', () => {
    const { id } = areas().insert({ title: 'А', illustrative: true, outline: square(39, 54) });
    const reader = tableReader<{ label: string }>(store.db, {
      table: 'parks',
      what: 'area',
      orderBy: 'fid',
      fields: { label: derived(['name', 'illustrative'], (row) => `${String(row.name)}${row.illustrative === 1 ? ' (демо)' : ''}`) },
    });
    expect(reader.list()).toEqual([{ label: 'А (демо)' }]);
    expect(reader.columns).toBe('fid, name, illustrative');
    expect(reader.select('WHERE fid = ?').get(id)).toEqual({ label: 'А (демо)' });
  });
});
