import type { RowFinding } from '../../../shared/contract/views';
import type Database from 'better-sqlite3';
import type { ParkId, UtilityLineId } from '../../../shared/domain/ids';
import type { UtilityLine } from '../../../shared/domain/utility';
import type { ContentsKeeper } from '../gpkg/contents';
import { geometry, tableRows, tolerantSelect } from './tableRows';

/** A utility line to insert: everything but the id the file gives it. */
export type NewUtilityLine = Omit<UtilityLine, 'id'>;

/** Utility network lines (feature table `utility_lines`, LINESTRING). */
export interface UtilityLineRepository {
  /** Every readable row; the rows another tool wrote wrongly are left out (see readAll). */
  list(): UtilityLine[];
  /** Every row that reads, and the rows that do not (or read only as another tool wrote them), as findings. */
  readAll(): { readonly items: UtilityLine[]; readonly findings: RowFinding[] };
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
  // Row by row, so that one row another tool wrote wrongly is a finding and not an unreadable table.
  const readAll = tolerantSelect(db, rows, 'utility_lines', 'LineString', '', 'fid');
  const readPark = tolerantSelect(db, rows, 'utility_lines', 'LineString', 'WHERE park_id = ?', 'network, fid');

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
