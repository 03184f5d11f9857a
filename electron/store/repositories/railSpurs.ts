import type { RowFinding } from '../../../shared/contract/views';
import type Database from 'better-sqlite3';
import type { ParkId, RailSpurId } from '../../../shared/domain/ids';
import type { RailSpur } from '../../../shared/domain/railSpur';
import type { ContentsKeeper } from '../gpkg/contents';
import { geometry, tableRows, tolerantSelect } from './tableRows';

/** A rail spur to insert: everything but the id the file gives it. */
export type NewRailSpur = Omit<RailSpur, 'id'>;

/** Railway spurs (feature table `rail_spurs`, LINESTRING). */
export interface RailSpurRepository {
  /** Every readable row; the rows another tool wrote wrongly are left out (see readAll). */
  list(): RailSpur[];
  /** Every row that reads, and the rows that do not (or read only as another tool wrote them), as findings. */
  readAll(): { readonly items: RailSpur[]; readonly findings: RowFinding[] };
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
  // Row by row, so that one row another tool wrote wrongly is a finding and not an unreadable table.
  const readAll = tolerantSelect(db, rows, 'rail_spurs', 'LineString', '', 'fid');
  const readPark = tolerantSelect(db, rows, 'rail_spurs', 'LineString', 'WHERE park_id = ?', 'fid');

  return {
    list: () => readAll().items,
    readAll,
    listByPark: (parkId) => readPark(parkId).items,
    get: rows.get,
    insert: rows.insert,
    update: rows.update,
    remove: rows.remove,
  };
}
