import type Database from 'better-sqlite3';
import type { AreaGeometry, MultiPolygonGeometry } from '../../../shared/domain/geometry';
import type { ParkId } from '../../../shared/domain/ids';
import type { Park } from '../../../shared/domain/park';
import type { ContentsKeeper } from '../gpkg/contents';
import { geometryEnvelope } from '../gpkg/envelope';
import { encodeGeometryBlob } from '../gpkg/geometryBlob';
import { expectChanged, readBoolean, readGeometry } from './rowValues';

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

interface ParkRow {
  fid: number;
  geom: Buffer;
  name: string;
  region: string;
  declared_area_ha: number | null;
  cadastral_crs: string | null;
  illustrative: number;
  code_prefix: string;
}

const TABLE = 'parks';
/** Tables whose rows go with a deleted park (ON DELETE CASCADE). */
const CASCADED_TABLES = ['plots', 'rail_spurs', 'utility_lines', 'utility_connections', 'park_capacities'] as const;
const COLUMNS = 'fid, geom, name, region, declared_area_ha, cadastral_crs, illustrative, code_prefix';

// The column is MULTIPOLYGON so that GDAL sees one geometry type; a Polygon boundary is stored as a
// one-part MultiPolygon and a one-part MultiPolygon reads back as the (equal) Polygon.
function asMultiPolygon(boundary: AreaGeometry): MultiPolygonGeometry {
  return boundary.type === 'MultiPolygon' ? boundary : { type: 'MultiPolygon', coordinates: [boundary.coordinates] };
}

function asBoundary(stored: MultiPolygonGeometry): AreaGeometry {
  const [only, ...rest] = stored.coordinates;
  return only !== undefined && rest.length === 0 ? { type: 'Polygon', coordinates: only } : stored;
}

function toPark(row: ParkRow): Park {
  return {
    id: row.fid as ParkId,
    name: row.name,
    region: row.region,
    declaredAreaHa: row.declared_area_ha,
    cadastralCrs: row.cadastral_crs,
    illustrative: readBoolean(row.illustrative),
    codePrefix: row.code_prefix,
    boundary: asBoundary(readGeometry(row.geom, 'MultiPolygon', `park ${row.fid}`)),
  };
}

function toParams(park: NewPark): Record<string, unknown> {
  return {
    geom: encodeGeometryBlob(asMultiPolygon(park.boundary)),
    name: park.name,
    region: park.region,
    declaredAreaHa: park.declaredAreaHa,
    cadastralCrs: park.cadastralCrs,
    illustrative: park.illustrative ? 1 : 0,
    codePrefix: park.codePrefix,
  };
}

/** Creates the parks repository on an open project database. */
export function createParkRepository(db: Database.Database, contents: ContentsKeeper): ParkRepository {
  const listAll = db.prepare(`SELECT ${COLUMNS} FROM parks ORDER BY fid`);
  const getOne = db.prepare(`SELECT ${COLUMNS} FROM parks WHERE fid = ?`);
  const insertOne = db.prepare(
    `INSERT INTO parks (geom, name, region, declared_area_ha, cadastral_crs, illustrative, code_prefix)
     VALUES (:geom, :name, :region, :declaredAreaHa, :cadastralCrs, :illustrative, :codePrefix)`,
  );
  const updateOne = db.prepare(
    `UPDATE parks SET geom = :geom, name = :name, region = :region, declared_area_ha = :declaredAreaHa,
       cadastral_crs = :cadastralCrs, illustrative = :illustrative, code_prefix = :codePrefix WHERE fid = :id`,
  );
  const removeOne = db.prepare('DELETE FROM parks WHERE fid = ?');

  const get = (id: ParkId): Park | null => {
    const row = getOne.get(id) as ParkRow | undefined;
    return row === undefined ? null : toPark(row);
  };
  const stored = (id: number): Park => {
    const park = get(id as ParkId);
    if (park === null) throw new Error(`park ${id} does not exist`);
    return park;
  };

  return {
    list: () => (listAll.all() as ParkRow[]).map(toPark),
    get,
    insert: db.transaction((park: NewPark): Park => {
      const { lastInsertRowid } = insertOne.run(toParams(park));
      contents.featureWritten(TABLE, geometryEnvelope(park.boundary));
      return stored(Number(lastInsertRowid));
    }),
    update: db.transaction((park: Park): Park => {
      expectChanged(updateOne.run({ ...toParams(park), id: park.id }).changes, `park ${park.id}`);
      contents.featureWritten(TABLE, geometryEnvelope(park.boundary));
      return stored(park.id);
    }),
    remove: db.transaction((id: ParkId): void => {
      expectChanged(removeOne.run(id).changes, `park ${id}`);
      for (const table of [TABLE, ...CASCADED_TABLES]) contents.touch(table);
    }),
  };
}
