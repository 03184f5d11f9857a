import type Database from 'better-sqlite3';
import { registerGeoPackageFunctions } from './sqlFunctions';

/**
 * Adds the GeoPackage RTree Spatial Index extension (GeoPackage 1.3 §F.3) to a feature table, as GDAL's
 * CreateSpatialIndex does: the rtree virtual table, its gpkg_extensions row, the six triggers that keep
 * it current (they call ST_MinX… which the store registers on every connection) and the boxes of the
 * rows already there. Nothing happens when the table already has one (QGIS may have added it).
 */
export function addSpatialIndex(db: Database.Database, table: string, column: string): void {
  const rtree = `rtree_${table}_${column}`;
  if (db.prepare(`SELECT 1 FROM sqlite_master WHERE name = ?`).get(rtree) !== undefined) return;
  // The triggers and the fill below call the GeoPackage functions; a new file's first connection may not have them yet.
  registerGeoPackageFunctions(db);
  const box = (row: string): string => `${row}.fid, ST_MinX(${row}.${column}), ST_MaxX(${row}.${column}), ST_MinY(${row}.${column}), ST_MaxY(${row}.${column})`;
  const geometry = `NEW.${column}`;
  db.exec(`
    CREATE TABLE IF NOT EXISTS gpkg_extensions (
      table_name TEXT,
      column_name TEXT,
      extension_name TEXT NOT NULL,
      definition TEXT NOT NULL,
      scope TEXT NOT NULL,
      CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name)
    );
    CREATE VIRTUAL TABLE ${rtree} USING rtree(id, minx, maxx, miny, maxy);
    INSERT INTO ${rtree} SELECT ${box(table)} FROM ${table} WHERE ${column} NOT NULL AND NOT ST_IsEmpty(${column});
    CREATE TRIGGER ${rtree}_insert AFTER INSERT ON ${table}
      WHEN (${geometry} NOT NULL AND NOT ST_IsEmpty(${geometry}))
    BEGIN INSERT OR REPLACE INTO ${rtree} VALUES (${box('NEW')}); END;
    CREATE TRIGGER ${rtree}_update1 AFTER UPDATE OF ${column} ON ${table}
      WHEN OLD.fid = NEW.fid AND (${geometry} NOTNULL AND NOT ST_IsEmpty(${geometry}))
    BEGIN INSERT OR REPLACE INTO ${rtree} VALUES (${box('NEW')}); END;
    CREATE TRIGGER ${rtree}_update2 AFTER UPDATE OF ${column} ON ${table}
      WHEN OLD.fid = NEW.fid AND (${geometry} ISNULL OR ST_IsEmpty(${geometry}))
    BEGIN DELETE FROM ${rtree} WHERE id = OLD.fid; END;
    CREATE TRIGGER ${rtree}_update3 AFTER UPDATE ON ${table}
      WHEN OLD.fid != NEW.fid AND (${geometry} NOTNULL AND NOT ST_IsEmpty(${geometry}))
    BEGIN DELETE FROM ${rtree} WHERE id = OLD.fid; INSERT OR REPLACE INTO ${rtree} VALUES (${box('NEW')}); END;
    CREATE TRIGGER ${rtree}_update4 AFTER UPDATE ON ${table}
      WHEN OLD.fid != NEW.fid AND (${geometry} ISNULL OR ST_IsEmpty(${geometry}))
    BEGIN DELETE FROM ${rtree} WHERE id IN (OLD.fid, NEW.fid); END;
    CREATE TRIGGER ${rtree}_delete AFTER DELETE ON ${table}
      WHEN OLD.${column} NOT NULL
    BEGIN DELETE FROM ${rtree} WHERE id = OLD.fid; END;
  `);
  db.prepare(
    `INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
     VALUES (?, ?, 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')`,
  ).run(table, column);
}
