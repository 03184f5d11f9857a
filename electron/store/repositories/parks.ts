import type Database from 'better-sqlite3';
import type { AreaGeometry, MultiPolygonGeometry } from '../../../shared/domain/geometry';
import type { ParkId } from '../../../shared/domain/ids';
import type { Park } from '../../../shared/domain/park';
import type { ContentsKeeper } from '../gpkg/contents';
import { readBoolean } from './rowValues';
import { converted, geometry, tableRows } from './tableRows';

/** A park to insert: everything but the id the file gives it. */
export type NewPark = Omit<Park, 'id'>;

/** Parks (feature table `parks`, MULTIPOLYGON). */
export interface ParkRepository {
  list(): Park[];
  get(id: ParkId): Park | null;
  /** Inserts a park and returns it as stored. */
  insert(park: NewPark): Park;
  /** Replaces every field of an existing park. */
  update(park: Park): Park;
  /** Deletes a park with its plots, spurs, lines and capacities (fails while its plots have allocations). */
  remove(id: ParkId): void;
}

const TABLE = 'parks';
/** Tables whose rows go with a deleted park (ON DELETE CASCADE). */
const CASCADED_TABLES = ['plots', 'rail_spurs', 'utility_lines', 'utility_connections', 'park_capacities'] as const;

// The column is MULTIPOLYGON so that GDAL sees one geometry type; a Polygon boundary is stored as a
// one-part MultiPolygon and a one-part MultiPolygon reads back as the (equal) Polygon.
function asMultiPolygon(boundary: AreaGeometry): MultiPolygonGeometry {
  return boundary.type === 'MultiPolygon' ? boundary : { type: 'MultiPolygon', coordinates: [boundary.coordinates] };
}

function asBoundary(stored: MultiPolygonGeometry): AreaGeometry {
  const [only, ...rest] = stored.coordinates;
  return only !== undefined && rest.length === 0 ? { type: 'Polygon', coordinates: only } : stored;
}

/** Creates the parks repository on an open project database. */
export function createParkRepository(db: Database.Database, contents: ContentsKeeper): ParkRepository {
  const rows = tableRows<Park>(db, contents, {
    table: TABLE,
    what: 'park',
    orderBy: 'fid',
    fields: {
      id: 'fid',
      name: 'name',
      region: 'region',
      declaredAreaHa: 'declared_area_ha',
      cadastralCrs: 'cadastral_crs',
      illustrative: converted('illustrative', readBoolean, (illustrative: boolean) => (illustrative ? 1 : 0)),
      codePrefix: 'code_prefix',
      boundary: geometry('geom', 'MultiPolygon', { read: asBoundary, write: asMultiPolygon }),
    },
  });

  return {
    list: rows.list,
    get: rows.get,
    insert: rows.insert,
    update: rows.update,
    remove: db.transaction((id: ParkId): void => {
      rows.remove(id);
      for (const table of CASCADED_TABLES) contents.touch(table);
    }),
  };
}
