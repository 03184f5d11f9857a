import type Database from 'better-sqlite3';
import type { ParkId, UtilityLineId } from '../../../shared/domain/ids';
import type { UtilityLine } from '../../../shared/domain/utility';
import type { ContentsKeeper } from '../gpkg/contents';
import { geometry, tableRows } from './tableRows';

/** A utility line to insert: everything but the id the file gives it. */
export type NewUtilityLine = Omit<UtilityLine, 'id'>;

/** Utility network lines (feature table `utility_lines`, LINESTRING). */
export interface UtilityLineRepository {
  list(): UtilityLine[];
  listByPark(parkId: ParkId): UtilityLine[];
  get(id: UtilityLineId): UtilityLine | null;
  insert(line: NewUtilityLine): UtilityLine;
  update(line: UtilityLine): UtilityLine;
  remove(id: UtilityLineId): void;
}

/** Creates the utility lines repository on an open project database. */
export function createUtilityLineRepository(db: Database.Database, contents: ContentsKeeper): UtilityLineRepository {
  const rows = tableRows<UtilityLine>(db, contents, {
    table: 'utility_lines',
    what: 'utility line',
    orderBy: 'fid',
    fields: {
      id: 'fid',
      parkId: 'park_id',
      network: 'network',
      name: 'name',
      capacity: 'capacity',
      serviceClass: 'service_class',
      status: 'status',
      geometry: geometry('geom', 'LineString'),
    },
  });
  const listPark = rows.select('WHERE park_id = ?', 'network, fid');

  return {
    list: rows.list,
    listByPark: (parkId) => listPark.all(parkId),
    get: rows.get,
    insert: rows.insert,
    update: rows.update,
    remove: rows.remove,
  };
}
