import type Database from 'better-sqlite3';
import type { ParkId, RailSpurId } from '../../../shared/domain/ids';
import type { RailSpur } from '../../../shared/domain/railSpur';
import type { ContentsKeeper } from '../gpkg/contents';
import { geometry, tableRows } from './tableRows';

/** A rail spur to insert: everything but the id the file gives it. */
export type NewRailSpur = Omit<RailSpur, 'id'>;

/** Railway spurs (feature table `rail_spurs`, LINESTRING). */
export interface RailSpurRepository {
  list(): RailSpur[];
  listByPark(parkId: ParkId): RailSpur[];
  get(id: RailSpurId): RailSpur | null;
  insert(spur: NewRailSpur): RailSpur;
  update(spur: RailSpur): RailSpur;
  remove(id: RailSpurId): void;
}

/** Creates the rail spurs repository on an open project database. */
export function createRailSpurRepository(db: Database.Database, contents: ContentsKeeper): RailSpurRepository {
  const rows = tableRows<RailSpur>(db, contents, {
    table: 'rail_spurs',
    what: 'rail spur',
    orderBy: 'fid',
    fields: {
      id: 'fid',
      parkId: 'park_id',
      name: 'name',
      status: 'status',
      station: 'station',
      geometry: geometry('geom', 'LineString'),
    },
  });
  const listPark = rows.select('WHERE park_id = ?');

  return {
    list: rows.list,
    listByPark: (parkId) => listPark.all(parkId),
    get: rows.get,
    insert: rows.insert,
    update: rows.update,
    remove: rows.remove,
  };
}
