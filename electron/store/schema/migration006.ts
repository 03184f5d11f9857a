import type Database from 'better-sqlite3';
import { GEOREF_TRANSFORMS, UNDERLAY_KINDS } from '../../../shared/domain/underlay';
import { registerAttributesTable } from '../gpkg/contents';
import { sqlValues, type Migration } from './migration';

// What lies under the plan. Basemap files (PMTiles, MBTiles) and GeoTIFFs stay outside the .gpkg: a row
// holds their path and how they are drawn. A scanned master plan is kept whole inside the file (its image
// and control points), so a colleague who opens the one .gpkg sees it. Control points are a JSON array of
// {px, py, x, y}: few, always read together, never queried one by one.
const DDL = `
CREATE TABLE underlays (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind TEXT NOT NULL CHECK (kind IN (${sqlValues(UNDERLAY_KINDS)})),
  path TEXT NOT NULL DEFAULT '',
  opacity DOUBLE NOT NULL DEFAULT 1 CHECK (opacity >= 0 AND opacity <= 1),
  draw_order INTEGER NOT NULL DEFAULT 0,
  visible BOOLEAN NOT NULL DEFAULT 1 CHECK (visible IN (0, 1)),
  image BLOB,
  image_type TEXT,
  image_width INTEGER CHECK (image_width IS NULL OR image_width > 0),
  image_height INTEGER CHECK (image_height IS NULL OR image_height > 0),
  crs TEXT,
  transform TEXT CHECK (transform IS NULL OR transform IN (${sqlValues(GEOREF_TRANSFORMS)})),
  control_points TEXT,
  created_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  CHECK ((kind = 'scan') = (image IS NOT NULL)),
  CHECK (kind = 'scan' OR length(path) > 0)
);
CREATE UNIQUE INDEX underlays_name ON underlays (name);
`;

function up(db: Database.Database): void {
  db.exec(DDL);
  // An attribute table, so QGIS and ogrinfo list it and a GIS user sees which files the plan is drawn on.
  registerAttributesTable(db, { tableName: 'underlays', identifier: 'Underlays', description: 'Basemaps, orthophotos and georeferenced scans drawn under the plan' });
}

/** The underlays a project is drawn on (basemap files by path, scans inside the file). */
export const migration006: Migration = { version: 6, name: 'underlays', up };
