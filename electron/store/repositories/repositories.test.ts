import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParkId, PlotId, ResidentId } from '../../../shared/domain/ids';
import type { Park } from '../../../shared/domain/park';
import { PRECISE_PLOT, SMALL_SEED } from '../__fixtures__/smallSeed';
import { openProject, type ProjectStore } from '../project';
import { writeSeed, type SeededIds } from '../seedProject';

let dir: string;
let store: ProjectStore;
let ids: SeededIds;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parkplan-repos-'));
  store = openProject(join(dir, 'r.gpkg'), { create: true });
  ids = writeSeed(store, SMALL_SEED);
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const parkId = (key: string): ParkId => ids.parks.get(key)!;
const plotId = (key: string): PlotId => ids.plots.get(key)!;
const residentId = (key: string): ResidentId => ids.residents.get(key)!;

interface ContentsRow {
  min_x: number | null;
  max_x: number | null;
  min_y: number | null;
  max_y: number | null;
  last_change: string;
}
const contentsOf = (table: string): ContentsRow =>
  store.db.prepare('SELECT min_x, max_x, min_y, max_y, last_change FROM gpkg_contents WHERE table_name = ?').get(table) as ContentsRow;

describe('parks', () => {
  it('reads a Polygon boundary back as a Polygon and a two-part MultiPolygon as a MultiPolygon', () => {
    const [ryazansky, karandash] = store.parks.list();
    const { key, ...seeded } = SMALL_SEED.parks[0]!;
    expect(key).toBe('ryazansky');
    expect(ryazansky).toEqual({ id: parkId('ryazansky'), ...seeded });
    expect(karandash?.boundary).toEqual(SMALL_SEED.parks[1]?.boundary);
    expect(store.parks.get(parkId('karandash'))).toEqual(karandash);
    expect(store.parks.get(999 as ParkId)).toBeNull();
  });

  it('updates every field and refuses a stale id', () => {
    const park = store.parks.get(parkId('ryazansky'))!;
    const changed: Park = { ...park, name: 'Рязанский-2', declaredAreaHa: null, illustrative: false };
    expect(store.parks.update(changed)).toEqual(changed);
    expect(() => store.parks.update({ ...changed, id: 999 as ParkId })).toThrow('park 999 does not exist');
  });

  it('deletes a park with its map features and capacities, but not while allocations refer to its plots', () => {
    expect(() => store.parks.remove(parkId('ryazansky'))).toThrow(/FOREIGN KEY constraint failed/);
    store.allocations.remove(store.allocations.listByPlot(plotId('ryazansky/A-01'))[0]!.id);
    store.parks.remove(parkId('ryazansky'));
    expect(store.plots.listByPark(parkId('ryazansky'))).toEqual([]);
    expect(store.railSpurs.list()).toEqual([]);
    expect(store.utilityLines.list().map((line) => line.parkId)).toEqual([parkId('karandash')]);
    expect(store.parkCapacities.list().map((capacity) => capacity.parkId)).toEqual([parkId('karandash')]);
    expect(store.utilityConnections.list().map((c) => c.plotId)).toEqual([plotId('karandash/1')]);
  });
});

describe('plots', () => {
  it('lists by park, gets by id and by code, with coordinates exactly as written', () => {
    expect(store.plots.listByPark(parkId('ryazansky')).map((plot) => plot.code)).toEqual(['A-01', 'A-02', 'U-01']);
    const plot = store.plots.get(plotId('ryazansky/A-01'));
    expect(plot?.geometry).toEqual(PRECISE_PLOT);
    expect(store.plots.getByCode(parkId('ryazansky'), 'A-01')).toEqual(plot);
    expect(store.plots.getByCode(parkId('karandash'), 'A-01')).toBeNull();
  });

  it('refuses a second plot with the same code in a park, an unknown park and a status outside the domain', () => {
    const plot = store.plots.get(plotId('ryazansky/A-02'))!;
    expect(() => store.plots.insert(plot)).toThrow(/UNIQUE constraint failed: plots.park_id, plots.code/);
    expect(() => store.plots.insert({ ...plot, code: 'Z', parkId: 999 as ParkId })).toThrow(/FOREIGN KEY/);
    expect(() => store.plots.insert({ ...plot, code: 'Z', status: 'sold' as never })).toThrow(/CHECK constraint failed/);
  });

  it('keeps the feature table extent in gpkg_contents equal to the union of its plots', () => {
    const extent = contentsOf('plots');
    expect(extent).toMatchObject({ min_x: 39.612345678901235, max_x: 60.439, min_y: 54.7, max_y: 58.635 });
    const before = extent.last_change;
    const plot = store.plots.get(plotId('ryazansky/A-02'))!;
    const farther = { type: 'Polygon', coordinates: [[[30.5, 50.25], [61.5, 50.25], [61.5, 60.75], [30.5, 50.25]]] } as const;
    store.plots.update({ ...plot, geometry: farther });
    expect(contentsOf('plots')).toMatchObject({ min_x: 30.5, max_x: 61.5, min_y: 50.25, max_y: 60.75 });
    expect(contentsOf('plots').last_change >= before).toBe(true);
    expect(contentsOf('parks')).toMatchObject({ min_x: 39.6, max_x: 60.44, min_y: 54.69, max_y: 58.64 });
    expect(contentsOf('rail_spurs')).toMatchObject({ min_x: 39.6, max_x: 39.65, min_y: 54.705, max_y: 54.7052 });
  });

  it('deletes a plot with its connections but not while an allocation refers to it', () => {
    expect(() => store.plots.remove(plotId('ryazansky/A-01'))).toThrow(/FOREIGN KEY constraint failed/);
    store.allocations.remove(store.allocations.listByPlot(plotId('ryazansky/A-01'))[0]!.id);
    store.plots.remove(plotId('ryazansky/A-01'));
    expect(store.plots.get(plotId('ryazansky/A-01'))).toBeNull();
    expect(store.utilityConnections.listByPlot(plotId('ryazansky/A-01'))).toEqual([]);
    expect(() => store.plots.remove(plotId('ryazansky/A-01'))).toThrow(/does not exist/);
  });
});

describe('residents', () => {
  it('keeps a known INN unique but allows several prospects without one', () => {
    const pencil = store.residents.get(residentId('pencil'))!;
    expect(store.residents.getByInn('6600000002')).toEqual(pencil);
    expect(() => store.residents.insert({ ...pencil, name: 'copy' })).toThrow('a resident with this INN already exists');
    const prospect = store.residents.insert({ ...pencil, inn: '', status: 'prospect' });
    expect(store.residents.insert({ ...pencil, name: 'another prospect', inn: '', status: 'prospect' }).inn).toBe('');
    expect(() => store.residents.update({ ...prospect, inn: '6600000002' })).toThrow('a resident with this INN already exists');
    expect(store.residents.update({ ...pencil, contact: 'new' }).contact).toBe('new');
    expect(store.residents.getByInn('')).toBeNull();
  });

  it('cannot delete a resident with allocation history', () => {
    expect(() => store.residents.remove(residentId('crayons'))).toThrow(/FOREIGN KEY constraint failed/);
  });
});

describe('allocations', () => {
  const plot1 = (): PlotId => plotId('karandash/1');

  it('lists the history and the active allocation of a plot', () => {
    expect(store.allocations.list()).toHaveLength(3);
    expect(store.allocations.listByPlot(plot1()).map((a) => a.agreementNo)).toEqual(['Р-7', 'К-2']);
    // Active = started and not past its end date, the end date itself included (shared/park/activeAllocation.ts).
    expect(store.allocations.listActiveByPlot(plot1(), '2020-01-09').map((a) => a.agreementNo)).toEqual([]);
    expect(store.allocations.listActiveByPlot(plot1(), '2020-03-01').map((a) => a.agreementNo)).toEqual(['Р-7']);
    expect(store.allocations.listActiveByPlot(plot1(), '2020-06-30').map((a) => a.agreementNo)).toEqual(['Р-7']);
    expect(store.allocations.listActiveByPlot(plot1(), '2020-07-01').map((a) => a.agreementNo)).toEqual(['К-2']);
    expect(store.allocations.listActiveByPlot(plot1()).map((a) => a.residentId)).toEqual([residentId('pencil')]);
    expect(store.allocations.listActive('2021-01-01')).toHaveLength(2);
    expect(store.allocations.listByResident(residentId('port'))).toHaveLength(1);
  });

  it('refuses a second open-ended allocation on a plot, and one that ends before it starts', () => {
    const base = { plotId: plot1(), residentId: residentId('port'), kind: 'lease', agreementNo: 'X' } as const;
    expect(() => store.allocations.insert({ ...base, startDate: '2024-01-01', endDate: null })).toThrow(
      'the plot already has an open-ended allocation',
    );
    const [ended] = store.allocations.listByPlot(plot1());
    expect(() => store.db.prepare('UPDATE allocations SET end_date = NULL WHERE fid = ?').run(ended!.id)).toThrow(/open-ended/);
    expect(() => store.allocations.insert({ ...base, startDate: '2024-01-01', endDate: '2023-01-01' })).toThrow(/CHECK/);
    expect(() => store.allocations.insert({ ...base, startDate: '01.01.2024', endDate: '2025-01-01' })).toThrow(/CHECK/);
  });

  it('ends an allocation, keeping it as history, after which the plot can be allocated again', () => {
    const [active] = store.allocations.listActiveByPlot(plot1(), '2024-01-01');
    const ended = store.allocations.end(active!.id, '2024-05-31');
    expect(ended).toEqual({ ...active, endDate: '2024-05-31' });
    const next = store.allocations.insert({
      plotId: plot1(), residentId: residentId('port'), kind: 'lease', agreementNo: 'Н-1', startDate: '2024-06-01', endDate: null,
    });
    expect(store.allocations.listActiveByPlot(plot1(), '2024-07-01')).toEqual([next]);
  });
});

describe('rail spurs, utility lines, connections, capacities', () => {
  it('round-trips spurs and lines', () => {
    const [spur] = store.railSpurs.listByPark(parkId('ryazansky'));
    expect(spur).toMatchObject({ name: 'Путь на Дягилево', status: 'construction', geometry: SMALL_SEED.railSpurs[0]?.geometry });
    expect(store.railSpurs.update({ ...spur!, status: 'operating' }).status).toBe('operating');
    const lines = store.utilityLines.list();
    expect(lines.map((line) => [line.network, line.capacity, line.serviceClass])).toEqual([
      ['power', 8000, '10 kV'],
      ['gas', 300, 'medium pressure'],
    ]);
    expect(store.utilityLines.get(lines[1]!.id)?.geometry).toEqual(SMALL_SEED.utilityLines[1]?.geometry);
  });

  it('updates a connection status', () => {
    const [connection] = store.utilityConnections.listByPlot(plotId('karandash/1'));
    expect(store.utilityConnections.update({ ...connection!, status: 'connected' }).status).toBe('connected');
  });

  it('keeps one capacity per park and network', () => {
    const ryazansky = parkId('ryazansky');
    expect(store.parkCapacities.listByPark(ryazansky)).toEqual([
      { parkId: ryazansky, network: 'power', capacity: 25000 },
      { parkId: ryazansky, network: 'water', capacity: 1500 },
    ]);
    expect(() => store.parkCapacities.insert({ parkId: ryazansky, network: 'power', capacity: 1 })).toThrow(/UNIQUE/);
    expect(store.parkCapacities.set({ parkId: ryazansky, network: 'power', capacity: 30000 }).capacity).toBe(30000);
    expect(store.parkCapacities.set({ parkId: ryazansky, network: 'heat', capacity: 12.5 }).capacity).toBe(12.5);
    expect(store.parkCapacities.remove(ryazansky, 'water')).toBe(true);
    expect(store.parkCapacities.remove(ryazansky, 'water')).toBe(false);
    expect(store.parkCapacities.listByPark(ryazansky).map((c) => [c.network, c.capacity])).toEqual([
      ['heat', 12.5],
      ['power', 30000],
    ]);
  });
});
