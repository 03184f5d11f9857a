import type { RowFinding } from '../../../shared/contract/views';
import type Database from 'better-sqlite3';
import type { ParkId, UtilityLineId } from '../../../shared/domain/ids';
import type { UtilityLine } from '../../../shared/domain/utility';
import type { ContentsKeeper } from '../gpkg/contents';
import { geometryEnvelope } from '../gpkg/envelope';
import { encodeGeometryBlob } from '../gpkg/geometryBlob';
import { expectChanged, readGeometry, readRows } from './rowValues';

/** A utility line to insert: everything but the id the file gives it. */
export type NewUtilityLine = Omit<UtilityLine, 'id'>;

/** Utility network lines (feature table `utility_lines`, LINESTRING). */
export interface UtilityLineRepository {
  list(): UtilityLine[];
  /** Every readable row, and a finding for each row another tool wrote that is not a LineString (left in the file). */
  readAll(): { readonly items: UtilityLine[]; readonly findings: RowFinding[] };
  listByPark(parkId: ParkId): UtilityLine[];
  get(id: UtilityLineId): UtilityLine | null;
  insert(line: NewUtilityLine): UtilityLine;
  update(line: UtilityLine): UtilityLine;
  remove(id: UtilityLineId): void;
}

interface UtilityLineRow {
  fid: number;
  geom: Buffer;
  park_id: number;
  network: UtilityLine['network'];
  name: string;
  capacity: number | null;
  service_class: string;
  status: UtilityLine['status'];
}

const TABLE = 'utility_lines';
const COLUMNS = 'fid, geom, park_id, network, name, capacity, service_class, status';

function toUtilityLine(row: UtilityLineRow): UtilityLine {
  return {
    id: row.fid as UtilityLineId,
    parkId: row.park_id as ParkId,
    network: row.network,
    name: row.name,
    capacity: row.capacity,
    serviceClass: row.service_class,
    status: row.status,
    geometry: readGeometry(row.geom, 'LineString', `utility line ${row.fid}`),
  };
}

function toParams(line: NewUtilityLine): Record<string, unknown> {
  return {
    geom: encodeGeometryBlob(line.geometry),
    parkId: line.parkId,
    network: line.network,
    name: line.name,
    capacity: line.capacity,
    serviceClass: line.serviceClass,
    status: line.status,
  };
}

/** Creates the utility lines repository on an open project database. */
export function createUtilityLineRepository(db: Database.Database, contents: ContentsKeeper): UtilityLineRepository {
  const listAll = db.prepare(`SELECT ${COLUMNS} FROM utility_lines ORDER BY fid`);
  const listPark = db.prepare(`SELECT ${COLUMNS} FROM utility_lines WHERE park_id = ? ORDER BY network, fid`);
  const getOne = db.prepare(`SELECT ${COLUMNS} FROM utility_lines WHERE fid = ?`);
  const insertOne = db.prepare(
    `INSERT INTO utility_lines (geom, park_id, network, name, capacity, service_class, status)
     VALUES (:geom, :parkId, :network, :name, :capacity, :serviceClass, :status)`,
  );
  const updateOne = db.prepare(
    `UPDATE utility_lines SET geom = :geom, park_id = :parkId, network = :network, name = :name,
       capacity = :capacity, service_class = :serviceClass, status = :status WHERE fid = :id`,
  );
  const removeOne = db.prepare('DELETE FROM utility_lines WHERE fid = ?');

  const get = (id: UtilityLineId): UtilityLine | null => {
    const row = getOne.get(id) as UtilityLineRow | undefined;
    return row === undefined ? null : toUtilityLine(row);
  };
  const stored = (id: number): UtilityLine => {
    const line = get(id as UtilityLineId);
    if (line === null) throw new Error(`utility line ${id} does not exist`);
    return line;
  };

  const readAll = () => readRows(listAll.all() as UtilityLineRow[], toUtilityLine, 'utility_lines', 'LineString', (row) => row.name);

  return {
    list: () => readAll().items,
    readAll,
    listByPark: (parkId) => readRows(listPark.all(parkId) as UtilityLineRow[], toUtilityLine, 'utility_lines', 'LineString', (row) => row.name).items,
    get,
    insert: db.transaction((line: NewUtilityLine): UtilityLine => {
      const { lastInsertRowid } = insertOne.run(toParams(line));
      contents.featureWritten(TABLE, geometryEnvelope(line.geometry));
      return stored(Number(lastInsertRowid));
    }),
    update: db.transaction((line: UtilityLine): UtilityLine => {
      expectChanged(updateOne.run({ ...toParams(line), id: line.id }).changes, `utility line ${line.id}`);
      contents.featureWritten(TABLE, geometryEnvelope(line.geometry));
      return stored(line.id);
    }),
    remove: db.transaction((id: UtilityLineId): void => {
      expectChanged(removeOne.run(id).changes, `utility line ${id}`);
      contents.touch(TABLE);
    }),
  };
}
