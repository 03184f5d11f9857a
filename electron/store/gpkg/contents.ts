import type Database from 'better-sqlite3';
import type { Envelope } from './envelope';
import { WGS84_SRS_ID } from './geometryBlob';

/** Geometry type names as gpkg_geometry_columns spells them, for the types the project stores. */
export type GpkgGeometryTypeName = 'POLYGON' | 'MULTIPOLYGON' | 'LINESTRING';

/** A feature table's entry in gpkg_contents and gpkg_geometry_columns. */
export interface FeatureTableEntry {
  readonly tableName: string;
  readonly identifier: string;
  readonly description: string;
  readonly geometryColumn: string;
  readonly geometryType: GpkgGeometryTypeName;
}

/** An attribute table's entry in gpkg_contents. */
export interface AttributesTableEntry {
  readonly tableName: string;
  readonly identifier: string;
  readonly description: string;
}

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ','now')`;

/** Registers a feature table (data_type 'features', EPSG:4326, 2D) so GDAL and QGIS list it as a layer. */
export function registerFeatureTable(db: Database.Database, entry: FeatureTableEntry): void {
  db.prepare(
    `INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id)
     VALUES (?, 'features', ?, ?, ${NOW}, ?)`,
  ).run(entry.tableName, entry.identifier, entry.description, WGS84_SRS_ID);
  db.prepare(
    `INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)
     VALUES (?, ?, ?, ?, 0, 0)`,
  ).run(entry.tableName, entry.geometryColumn, entry.geometryType, WGS84_SRS_ID);
}

/** Registers an attribute table (data_type 'attributes': rows without geometry). */
export function registerAttributesTable(db: Database.Database, entry: AttributesTableEntry): void {
  db.prepare(
    `INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change)
     VALUES (?, 'attributes', ?, ?, ${NOW})`,
  ).run(entry.tableName, entry.identifier, entry.description);
}

/**
 * Keeps gpkg_contents current for one table: its last_change, and for feature tables a bounding box that
 * holds every feature. Readers such as QGIS zoom to that box, so it must grow with each new geometry; it
 * may stay larger after a delete or a shrinking edit (the spec calls it informative).
 */
export class ContentsKeeper {
  private readonly extend: Database.Statement;
  private readonly touchStatement: Database.Statement;

  constructor(db: Database.Database) {
    this.extend = db.prepare(
      `UPDATE gpkg_contents SET
         min_x = min(coalesce(min_x, :minX), :minX), max_x = max(coalesce(max_x, :maxX), :maxX),
         min_y = min(coalesce(min_y, :minY), :minY), max_y = max(coalesce(max_y, :maxY), :maxY),
         last_change = ${NOW}
       WHERE table_name = :table`,
    );
    this.touchStatement = db.prepare(`UPDATE gpkg_contents SET last_change = ${NOW} WHERE table_name = ?`);
  }

  /** Records a feature written with this envelope (null for an empty geometry). */
  featureWritten(table: string, envelope: Envelope | null): void {
    if (envelope === null) this.touch(table);
    else this.extend.run({ table, ...envelope });
  }

  /** Records a change that does not widen the extent (an attribute edit, a delete). */
  touch(table: string): void {
    this.touchStatement.run(table);
  }
}

/** A column name from gpkg_geometry_columns, quoted for SQL (the registry is the file's own, not ours). */
const quoted = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * Sets every feature table's gpkg_contents box to exactly the extent of the features it holds now (null
 * for an empty table). For a file whose rows were just cut down — a per-park export — where the kept box
 * would still span the parks that were dropped, and QGIS "zoom to layer" would go there.
 */
export function fitExtentsToFeatures(db: Database.Database): void {
  const columns = db.prepare('SELECT table_name AS tableName, column_name AS columnName FROM gpkg_geometry_columns').all() as {
    tableName: string;
    columnName: string;
  }[];
  const update = db.prepare('UPDATE gpkg_contents SET min_x = :minX, max_x = :maxX, min_y = :minY, max_y = :maxY WHERE table_name = :table');
  for (const { tableName, columnName } of columns) {
    const column = quoted(columnName);
    const box = db
      .prepare(
        `SELECT min(ST_MinX(${column})) AS minX, max(ST_MaxX(${column})) AS maxX, min(ST_MinY(${column})) AS minY, max(ST_MaxY(${column})) AS maxY
         FROM ${quoted(tableName)} WHERE ${column} NOT NULL AND NOT ST_IsEmpty(${column})`,
      )
      .get() as Record<'minX' | 'maxX' | 'minY' | 'maxY', number | null>;
    update.run({ table: tableName, ...box });
  }
}
