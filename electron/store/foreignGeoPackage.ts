import Database from 'better-sqlite3';

/*
 * A GeoPackage that is not a ParkPlan project (from QGIS, GDAL, an engineer), opened to import from.
 * Read-only: nothing is written, so none of its triggers can fire; no SQL functions are registered and
 * the schema is untrusted, so a view or trigger calling a function fails instead of running.
 */

export interface ForeignFeatureTable {
  readonly name: string;
  readonly srsId: number | null;
}

export interface ForeignSrs {
  readonly organization: string;
  readonly code: number;
  readonly definition: string;
}

export interface ForeignGeoPackage {
  featureTables(): ForeignFeatureTable[];
  geometryColumn(table: string): string | null;
  srs(srsId: number | null): ForeignSrs | null;
  /** Every row of a feature table, one at a time. */
  rows(table: string): IterableIterator<Record<string, unknown>>;
  close(): void;
}

const quoteName = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * Opens `file` read-only; throws better-sqlite3's error when it is not a database.
 *
 * @example
 * const gpkg = openForeignGeoPackage('from-qgis.gpkg');
 * try { gpkg.featureTables(); } finally { gpkg.close(); }
 */
export function openForeignGeoPackage(file: string): ForeignGeoPackage {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('trusted_schema = OFF');
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    featureTables: () =>
      db.prepare("SELECT table_name AS name, srs_id AS srsId FROM gpkg_contents WHERE data_type = 'features' ORDER BY table_name").all() as ForeignFeatureTable[],
    geometryColumn: (table) => (db.prepare('SELECT column_name AS name FROM gpkg_geometry_columns WHERE table_name = ?').get(table) as { name: string } | undefined)?.name ?? null,
    srs: (srsId) =>
      (db.prepare('SELECT organization, organization_coordsys_id AS code, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?').get(srsId) as ForeignSrs | undefined) ?? null,
    rows: (table) => db.prepare(`SELECT * FROM ${quoteName(table)}`).iterate() as IterableIterator<Record<string, unknown>>,
    close: () => db.close(),
  };
}
