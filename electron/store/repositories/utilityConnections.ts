import type Database from 'better-sqlite3';
import type { PlotId, UtilityConnectionId } from '../../../shared/domain/ids';
import type { UtilityConnection } from '../../../shared/domain/utility';
import type { ContentsKeeper } from '../gpkg/contents';
import { expectChanged } from './rowValues';

/** A connection to insert: everything but the id the file gives it. */
export type NewUtilityConnection = Omit<UtilityConnection, 'id'>;

/** Plots' connections to networks (attribute table `utility_connections`). */
export interface UtilityConnectionRepository {
  list(): UtilityConnection[];
  listByPlot(plotId: PlotId): UtilityConnection[];
  get(id: UtilityConnectionId): UtilityConnection | null;
  insert(connection: NewUtilityConnection): UtilityConnection;
  update(connection: UtilityConnection): UtilityConnection;
  remove(id: UtilityConnectionId): void;
}

interface UtilityConnectionRow {
  fid: number;
  plot_id: number;
  network: UtilityConnection['network'];
  requested_capacity: number;
  status: UtilityConnection['status'];
}

const TABLE = 'utility_connections';
const COLUMNS = 'fid, plot_id, network, requested_capacity, status';

function toConnection(row: UtilityConnectionRow): UtilityConnection {
  return {
    id: row.fid as UtilityConnectionId,
    plotId: row.plot_id as PlotId,
    network: row.network,
    requestedCapacity: row.requested_capacity,
    status: row.status,
  };
}

function toParams(connection: NewUtilityConnection): Record<string, unknown> {
  return {
    plotId: connection.plotId,
    network: connection.network,
    requestedCapacity: connection.requestedCapacity,
    status: connection.status,
  };
}

/** Creates the utility connections repository on an open project database. */
export function createUtilityConnectionRepository(
  db: Database.Database,
  contents: ContentsKeeper,
): UtilityConnectionRepository {
  const listAll = db.prepare(`SELECT ${COLUMNS} FROM utility_connections ORDER BY fid`);
  const listPlot = db.prepare(`SELECT ${COLUMNS} FROM utility_connections WHERE plot_id = ? ORDER BY network, fid`);
  const getOne = db.prepare(`SELECT ${COLUMNS} FROM utility_connections WHERE fid = ?`);
  const insertOne = db.prepare(
    `INSERT INTO utility_connections (plot_id, network, requested_capacity, status)
     VALUES (:plotId, :network, :requestedCapacity, :status)`,
  );
  const updateOne = db.prepare(
    `UPDATE utility_connections SET plot_id = :plotId, network = :network, requested_capacity = :requestedCapacity,
       status = :status WHERE fid = :id`,
  );
  const removeOne = db.prepare('DELETE FROM utility_connections WHERE fid = ?');

  const get = (id: UtilityConnectionId): UtilityConnection | null => {
    const row = getOne.get(id) as UtilityConnectionRow | undefined;
    return row === undefined ? null : toConnection(row);
  };
  const stored = (id: number): UtilityConnection => {
    const connection = get(id as UtilityConnectionId);
    if (connection === null) throw new Error(`utility connection ${id} does not exist`);
    return connection;
  };

  return {
    list: () => (listAll.all() as UtilityConnectionRow[]).map(toConnection),
    listByPlot: (plotId) => (listPlot.all(plotId) as UtilityConnectionRow[]).map(toConnection),
    get,
    insert: db.transaction((connection: NewUtilityConnection): UtilityConnection => {
      const { lastInsertRowid } = insertOne.run(toParams(connection));
      contents.touch(TABLE);
      return stored(Number(lastInsertRowid));
    }),
    update: db.transaction((connection: UtilityConnection): UtilityConnection => {
      expectChanged(updateOne.run({ ...toParams(connection), id: connection.id }).changes, `utility connection ${connection.id}`);
      contents.touch(TABLE);
      return stored(connection.id);
    }),
    remove: db.transaction((id: UtilityConnectionId): void => {
      expectChanged(removeOne.run(id).changes, `utility connection ${id}`);
      contents.touch(TABLE);
    }),
  };
}
