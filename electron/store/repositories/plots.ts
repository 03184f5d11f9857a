import type { RowFinding } from '../../../shared/contract/views';
import type Database from 'better-sqlite3';
import type { ParkId, PlotId } from '../../../shared/domain/ids';
import type { Plot } from '../../../shared/domain/plot';
import type { ContentsKeeper } from '../gpkg/contents';
import { geometryEnvelope, widened, type Envelope } from '../gpkg/envelope';
import { decodeGeometryBlob, encodeGeometryBlob } from '../gpkg/geometryBlob';
import type { MultiPolygonGeometry } from '../../../shared/domain/geometry';
import { expectChanged, readGeometry, readRows } from './rowValues';

/** A plot to insert: everything but the id the file gives it. */
export type NewPlot = Omit<Plot, 'id'>;

/** Plots (feature table `plots`, POLYGON); codes are unique within a park. */
export interface PlotRepository {
  list(): Plot[];
  /** Every readable row, and a finding for each row another tool wrote that is not a Polygon (left in the file). */
  readAll(): { readonly items: Plot[]; readonly findings: RowFinding[] };
  listByPark(parkId: ParkId): Plot[];
  get(id: PlotId): Plot | null;
  /** A plot another tool wrote as a MultiPolygon, with its parts, for the repair that splits it; null when it is none. */
  getMultiPart(id: PlotId): (Omit<Plot, 'geometry'> & { readonly geometry: MultiPolygonGeometry }) | null;
  /** The plot with this code in this park, or null. */
  getByCode(parkId: ParkId, code: string): Plot | null;
  /** The codes of the park's plots, as stored (for comparing them as codes compare, see shared/park/plotCode). */
  listCodes(parkId: ParkId): string[];
  /** Inserts a plot and returns it as stored. */
  insert(plot: NewPlot): Plot;
  /**
   * Inserts plots through one prepared statement, widening the table's extent once, and returns their
   * ids in order: for an import, where reading each row back and a statement per row cost more than the rest.
   */
  insertMany(plots: readonly NewPlot[]): PlotId[];
  /** Replaces every field of an existing plot (geometry included). */
  update(plot: Plot): Plot;
  /** Sets a plot's status alone, leaving its geometry and envelope as they are. */
  setStatus(id: PlotId, status: Plot['status']): Plot;
  /** Deletes a plot with its utility connections; fails while allocations (history) refer to it. */
  remove(id: PlotId): void;
}

interface PlotRow {
  fid: number;
  geom: Buffer;
  park_id: number;
  code: string;
  cadastral_number: string | null;
  status: Plot['status'];
  zone: Plot['zone'];
  notes: string;
}

const TABLE = 'plots';
const COLUMNS = 'fid, geom, park_id, code, cadastral_number, status, zone, notes';

function toPlot(row: PlotRow): Plot {
  return {
    id: row.fid as PlotId,
    parkId: row.park_id as ParkId,
    code: row.code,
    cadastralNumber: row.cadastral_number,
    status: row.status,
    zone: row.zone,
    notes: row.notes,
    geometry: readGeometry(row.geom, 'Polygon', `plot ${row.fid}`),
  };
}

function toParams(plot: NewPlot): Record<string, unknown> {
  return {
    geom: encodeGeometryBlob(plot.geometry),
    parkId: plot.parkId,
    code: plot.code,
    cadastralNumber: plot.cadastralNumber,
    status: plot.status,
    zone: plot.zone,
    notes: plot.notes,
  };
}

/** Creates the plots repository on an open project database. */
export function createPlotRepository(db: Database.Database, contents: ContentsKeeper): PlotRepository {
  const listAll = db.prepare(`SELECT ${COLUMNS} FROM plots ORDER BY fid`);
  const listPark = db.prepare(`SELECT ${COLUMNS} FROM plots WHERE park_id = ? ORDER BY code, fid`);
  const getOne = db.prepare(`SELECT ${COLUMNS} FROM plots WHERE fid = ?`);
  const getCode = db.prepare(`SELECT ${COLUMNS} FROM plots WHERE park_id = ? AND code = ?`);
  const listParkCodes = db.prepare('SELECT code FROM plots WHERE park_id = ?').pluck();
  const insertOne = db.prepare(
    `INSERT INTO plots (geom, park_id, code, cadastral_number, status, zone, notes)
     VALUES (:geom, :parkId, :code, :cadastralNumber, :status, :zone, :notes)`,
  );
  const updateOne = db.prepare(
    `UPDATE plots SET geom = :geom, park_id = :parkId, code = :code, cadastral_number = :cadastralNumber,
       status = :status, zone = :zone, notes = :notes WHERE fid = :id`,
  );
  const setStatusOne = db.prepare('UPDATE plots SET status = ? WHERE fid = ?');
  const removeOne = db.prepare('DELETE FROM plots WHERE fid = ?');

  const one = (row: unknown): Plot | null => (row === undefined ? null : toPlot(row as PlotRow));
  const get = (id: PlotId): Plot | null => one(getOne.get(id));
  const stored = (id: number): Plot => {
    const plot = get(id as PlotId);
    if (plot === null) throw new Error(`plot ${id} does not exist`);
    return plot;
  };

  const readAll = () => readRows(listAll.all() as PlotRow[], toPlot, 'plots', 'Polygon', (row) => row.code);

  const getMultiPart = (id: PlotId) => {
    const row = getOne.get(id) as PlotRow | undefined;
    if (row === undefined) return null;
    const { geometry } = decodeGeometryBlob(row.geom);
    if (geometry.type !== 'MultiPolygon') return null;
    return { ...toPlot({ ...row, geom: encodeGeometryBlob({ type: 'Polygon', coordinates: geometry.coordinates[0] ?? [] }) }), geometry };
  };

  return {
    list: () => readAll().items,
    readAll,
    getMultiPart,
    listByPark: (parkId) => readRows(listPark.all(parkId) as PlotRow[], toPlot, 'plots', 'Polygon', (row) => row.code).items,
    get,
    getByCode: (parkId, code) => one(getCode.get(parkId, code)),
    listCodes: (parkId) => listParkCodes.all(parkId) as string[],
    insert: db.transaction((plot: NewPlot): Plot => {
      const { lastInsertRowid } = insertOne.run(toParams(plot));
      contents.featureWritten(TABLE, geometryEnvelope(plot.geometry));
      return stored(Number(lastInsertRowid));
    }),
    insertMany: db.transaction((plots: readonly NewPlot[]): PlotId[] => {
      const ids: PlotId[] = [];
      let extent: Envelope | null = null;
      for (const plot of plots) {
        ids.push(Number(insertOne.run(toParams(plot)).lastInsertRowid) as PlotId);
        extent = widened(extent, geometryEnvelope(plot.geometry));
      }
      if (plots.length > 0) contents.featureWritten(TABLE, extent);
      return ids;
    }),
    update: db.transaction((plot: Plot): Plot => {
      expectChanged(updateOne.run({ ...toParams(plot), id: plot.id }).changes, `plot ${plot.id}`);
      contents.featureWritten(TABLE, geometryEnvelope(plot.geometry));
      return stored(plot.id);
    }),
    setStatus: db.transaction((id: PlotId, status: Plot['status']): Plot => {
      expectChanged(setStatusOne.run(status, id).changes, `plot ${id}`);
      contents.touch(TABLE);
      return stored(id);
    }),
    remove: db.transaction((id: PlotId): void => {
      expectChanged(removeOne.run(id).changes, `plot ${id}`);
      contents.touch(TABLE);
      contents.touch('utility_connections');
    }),
  };
}
