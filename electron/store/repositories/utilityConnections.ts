import type Database from 'better-sqlite3';
import type { PlotId, UtilityConnectionId } from '../../../shared/domain/ids';
import type { UtilityConnection } from '../../../shared/domain/utility';
import type { ContentsKeeper } from '../gpkg/contents';
import { tableRows } from './tableRows';

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

/** Creates the utility connections repository on an open project database. */
export function createUtilityConnectionRepository(
  db: Database.Database,
  contents: ContentsKeeper,
): UtilityConnectionRepository {
  const rows = tableRows<UtilityConnection>(db, contents, {
    table: 'utility_connections',
    what: 'utility connection',
    orderBy: 'fid',
    fields: { id: 'fid', plotId: 'plot_id', network: 'network', requestedCapacity: 'requested_capacity', status: 'status' },
  });
  const listPlot = rows.select('WHERE plot_id = ?', 'network, fid');

  return {
    list: rows.list,
    listByPlot: (plotId) => listPlot.all(plotId),
    get: rows.get,
    insert: rows.insert,
    update: rows.update,
    remove: rows.remove,
  };
}
