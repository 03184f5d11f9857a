import type Database from 'better-sqlite3';
import { registerFeatureTable } from '../gpkg/contents';
import { addSpatialIndex } from '../gpkg/rtreeIndex';
import type { Migration } from './migration';

// Land parcels read from Rosreestr extracts (КПТ, выписки): reference data beside the plots. A parcel
// belongs to the park it was imported into and goes with it; a cadastral number appears once per park, so
// importing a newer extract replaces the parcel instead of doubling it.
const DDL = `
CREATE TABLE cadastral_parcels (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  geom MULTIPOLYGON NOT NULL,
  park_id INTEGER NOT NULL REFERENCES parks (fid) ON DELETE CASCADE,
  cadastral_number TEXT NOT NULL,
  declared_area_m2 DOUBLE CHECK (declared_area_m2 IS NULL OR declared_area_m2 > 0),
  area_inaccuracy_m2 DOUBLE CHECK (area_inaccuracy_m2 IS NULL OR area_inaccuracy_m2 >= 0),
  category TEXT NOT NULL DEFAULT '',
  permitted_use TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  source_crs TEXT NOT NULL DEFAULT '',
  CONSTRAINT uk_cadastral_parcels_park_number UNIQUE (park_id, cadastral_number)
);
`;

function up(db: Database.Database): void {
  db.exec(DDL);
  registerFeatureTable(db, {
    tableName: 'cadastral_parcels', identifier: 'Cadastral parcels', description: 'Land parcels from Rosreestr extracts (ЕГРН), reference data',
    geometryColumn: 'geom', geometryType: 'MULTIPOLYGON',
  });
  addSpatialIndex(db, 'cadastral_parcels', 'geom');
}

/** The cadastral parcels layer (Rosreestr extracts), with its spatial index. */
export const migration003: Migration = { version: 3, name: 'cadastral parcels', up };
