import type { RowFinding } from '../../../shared/contract/views';
import type Database from 'better-sqlite3';
import type { ParkId, RailSpurId } from '../../../shared/domain/ids';
import type { RailSpur } from '../../../shared/domain/railSpur';
import type { ContentsKeeper } from '../gpkg/contents';
import { geometryEnvelope } from '../gpkg/envelope';
import { encodeGeometryBlob } from '../gpkg/geometryBlob';
import { expectChanged, readGeometry, readRows } from './rowValues';

/** A rail spur to insert: everything but the id the file gives it. */
export type NewRailSpur = Omit<RailSpur, 'id'>;

/** Railway spurs (feature table `rail_spurs`, LINESTRING). */
export interface RailSpurRepository {
  list(): RailSpur[];
  /** Every readable row, and a finding for each row another tool wrote that is not a LineString (left in the file). */
  readAll(): { readonly items: RailSpur[]; readonly findings: RowFinding[] };
  listByPark(parkId: ParkId): RailSpur[];
  get(id: RailSpurId): RailSpur | null;
  insert(spur: NewRailSpur): RailSpur;
  update(spur: RailSpur): RailSpur;
  remove(id: RailSpurId): void;
}

interface RailSpurRow {
  fid: number;
  geom: Buffer;
  park_id: number;
  name: string;
  status: RailSpur['status'];
  station: string;
}

const TABLE = 'rail_spurs';
const COLUMNS = 'fid, geom, park_id, name, status, station';

function toRailSpur(row: RailSpurRow): RailSpur {
  return {
    id: row.fid as RailSpurId,
    parkId: row.park_id as ParkId,
    name: row.name,
    status: row.status,
    station: row.station,
    geometry: readGeometry(row.geom, 'LineString', `rail spur ${row.fid}`),
  };
}

function toParams(spur: NewRailSpur): Record<string, unknown> {
  return {
    geom: encodeGeometryBlob(spur.geometry),
    parkId: spur.parkId,
    name: spur.name,
    status: spur.status,
    station: spur.station,
  };
}

/** Creates the rail spurs repository on an open project database. */
export function createRailSpurRepository(db: Database.Database, contents: ContentsKeeper): RailSpurRepository {
  const listAll = db.prepare(`SELECT ${COLUMNS} FROM rail_spurs ORDER BY fid`);
  const listPark = db.prepare(`SELECT ${COLUMNS} FROM rail_spurs WHERE park_id = ? ORDER BY fid`);
  const getOne = db.prepare(`SELECT ${COLUMNS} FROM rail_spurs WHERE fid = ?`);
  const insertOne = db.prepare(
    `INSERT INTO rail_spurs (geom, park_id, name, status, station) VALUES (:geom, :parkId, :name, :status, :station)`,
  );
  const updateOne = db.prepare(
    `UPDATE rail_spurs SET geom = :geom, park_id = :parkId, name = :name, status = :status, station = :station
     WHERE fid = :id`,
  );
  const removeOne = db.prepare('DELETE FROM rail_spurs WHERE fid = ?');

  const get = (id: RailSpurId): RailSpur | null => {
    const row = getOne.get(id) as RailSpurRow | undefined;
    return row === undefined ? null : toRailSpur(row);
  };
  const stored = (id: number): RailSpur => {
    const spur = get(id as RailSpurId);
    if (spur === null) throw new Error(`rail spur ${id} does not exist`);
    return spur;
  };

  const readAll = () => readRows(listAll.all() as RailSpurRow[], toRailSpur, 'rail_spurs', 'LineString', (row) => row.name);

  return {
    list: () => readAll().items,
    readAll,
    listByPark: (parkId) => readRows(listPark.all(parkId) as RailSpurRow[], toRailSpur, 'rail_spurs', 'LineString', (row) => row.name).items,
    get,
    insert: db.transaction((spur: NewRailSpur): RailSpur => {
      const { lastInsertRowid } = insertOne.run(toParams(spur));
      contents.featureWritten(TABLE, geometryEnvelope(spur.geometry));
      return stored(Number(lastInsertRowid));
    }),
    update: db.transaction((spur: RailSpur): RailSpur => {
      expectChanged(updateOne.run({ ...toParams(spur), id: spur.id }).changes, `rail spur ${spur.id}`);
      contents.featureWritten(TABLE, geometryEnvelope(spur.geometry));
      return stored(spur.id);
    }),
    remove: db.transaction((id: RailSpurId): void => {
      expectChanged(removeOne.run(id).changes, `rail spur ${id}`);
      contents.touch(TABLE);
    }),
  };
}
