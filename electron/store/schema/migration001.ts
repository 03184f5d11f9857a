import type Database from 'better-sqlite3';
import { ALLOCATION_KINDS } from '../../../shared/domain/allocation';
import { PLOT_STATUSES, PLOT_ZONES } from '../../../shared/domain/plot';
import { RAIL_SPUR_STATUSES } from '../../../shared/domain/railSpur';
import { RESIDENT_STATUSES } from '../../../shared/domain/resident';
import { CONNECTION_STATUSES, NETWORKS, UTILITY_STATUSES } from '../../../shared/domain/utility';
import { registerAttributesTable, registerFeatureTable } from '../gpkg/contents';
import { sqlValues, type Migration } from './migration';

const ISO_DATE = `'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;

// Column types are only those the GeoPackage spec lists (GDAL warns about others). Conditional uniqueness
// is kept by triggers, not partial unique indexes: GDAL reports those as plain UNIQUE columns, and QGIS
// would then flag a plot's allocation history as duplicates.
// ON DELETE: what belongs to a park's map (plots, spurs, lines, capacities) goes with the park, and a plot's
// connections go with the plot; allocations are history, so a plot or resident that has any cannot be
// deleted until a service has decided what happens to them (RESTRICT).
const DDL = `
CREATE TABLE parks (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  geom MULTIPOLYGON NOT NULL,
  name TEXT NOT NULL,
  region TEXT NOT NULL DEFAULT '',
  declared_area_ha DOUBLE CHECK (declared_area_ha IS NULL OR declared_area_ha > 0),
  cadastral_crs TEXT,
  illustrative BOOLEAN NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1))
);

CREATE TABLE plots (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  geom POLYGON NOT NULL,
  park_id INTEGER NOT NULL REFERENCES parks (fid) ON DELETE CASCADE,
  code TEXT NOT NULL,
  cadastral_number TEXT,
  status TEXT NOT NULL CHECK (status IN (${sqlValues(PLOT_STATUSES)})),
  zone TEXT NOT NULL CHECK (zone IN (${sqlValues(PLOT_ZONES)})),
  notes TEXT NOT NULL DEFAULT '',
  CONSTRAINT uk_plots_park_code UNIQUE (park_id, code)
);

CREATE TABLE rail_spurs (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  geom LINESTRING NOT NULL,
  park_id INTEGER NOT NULL REFERENCES parks (fid) ON DELETE CASCADE,
  name TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN (${sqlValues(RAIL_SPUR_STATUSES)})),
  station TEXT NOT NULL DEFAULT ''
);
CREATE INDEX rail_spurs_park_id ON rail_spurs (park_id);

CREATE TABLE utility_lines (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  geom LINESTRING NOT NULL,
  park_id INTEGER NOT NULL REFERENCES parks (fid) ON DELETE CASCADE,
  network TEXT NOT NULL CHECK (network IN (${sqlValues(NETWORKS)})),
  name TEXT NOT NULL,
  capacity DOUBLE CHECK (capacity IS NULL OR capacity >= 0),
  service_class TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN (${sqlValues(UTILITY_STATUSES)}))
);
CREATE INDEX utility_lines_park_id ON utility_lines (park_id);

CREATE TABLE residents (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  name TEXT NOT NULL,
  inn TEXT NOT NULL,
  ogrn TEXT,
  sector TEXT NOT NULL DEFAULT '',
  okved TEXT,
  jobs_planned INTEGER CHECK (jobs_planned IS NULL OR jobs_planned >= 0),
  investment_mrub DOUBLE CHECK (investment_mrub IS NULL OR investment_mrub >= 0),
  contact TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN (${sqlValues(RESIDENT_STATUSES)}))
);
CREATE INDEX residents_inn ON residents (inn);
-- A prospect may not have an INN yet (empty); a known INN names one company only.
CREATE TRIGGER residents_inn_unique_insert BEFORE INSERT ON residents
WHEN NEW.inn <> '' AND EXISTS (SELECT 1 FROM residents WHERE inn = NEW.inn)
BEGIN SELECT RAISE(ABORT, 'a resident with this INN already exists'); END;
CREATE TRIGGER residents_inn_unique_update BEFORE UPDATE OF inn ON residents
WHEN NEW.inn <> '' AND EXISTS (SELECT 1 FROM residents WHERE inn = NEW.inn AND fid <> NEW.fid)
BEGIN SELECT RAISE(ABORT, 'a resident with this INN already exists'); END;

CREATE TABLE allocations (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  plot_id INTEGER NOT NULL REFERENCES plots (fid) ON DELETE RESTRICT,
  resident_id INTEGER NOT NULL REFERENCES residents (fid) ON DELETE RESTRICT,
  kind TEXT NOT NULL CHECK (kind IN (${sqlValues(ALLOCATION_KINDS)})),
  agreement_no TEXT NOT NULL DEFAULT '',
  start_date DATE NOT NULL CHECK (start_date GLOB ${ISO_DATE}),
  end_date DATE CHECK (end_date IS NULL OR (end_date GLOB ${ISO_DATE} AND end_date >= start_date))
);
CREATE INDEX allocations_plot_id ON allocations (plot_id);
CREATE INDEX allocations_resident_id ON allocations (resident_id);
-- At most one open-ended allocation per plot; one ending in the future is checked by the service.
CREATE TRIGGER allocations_one_open_insert BEFORE INSERT ON allocations
WHEN NEW.end_date IS NULL AND EXISTS (SELECT 1 FROM allocations WHERE plot_id = NEW.plot_id AND end_date IS NULL)
BEGIN SELECT RAISE(ABORT, 'the plot already has an open-ended allocation'); END;
CREATE TRIGGER allocations_one_open_update BEFORE UPDATE OF plot_id, end_date ON allocations
WHEN NEW.end_date IS NULL
  AND EXISTS (SELECT 1 FROM allocations WHERE plot_id = NEW.plot_id AND end_date IS NULL AND fid <> NEW.fid)
BEGIN SELECT RAISE(ABORT, 'the plot already has an open-ended allocation'); END;

CREATE TABLE utility_connections (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  plot_id INTEGER NOT NULL REFERENCES plots (fid) ON DELETE CASCADE,
  network TEXT NOT NULL CHECK (network IN (${sqlValues(NETWORKS)})),
  requested_capacity DOUBLE NOT NULL CHECK (requested_capacity >= 0),
  status TEXT NOT NULL CHECK (status IN (${sqlValues(CONNECTION_STATUSES)}))
);
CREATE INDEX utility_connections_plot_id ON utility_connections (plot_id);

CREATE TABLE park_capacities (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  park_id INTEGER NOT NULL REFERENCES parks (fid) ON DELETE CASCADE,
  network TEXT NOT NULL CHECK (network IN (${sqlValues(NETWORKS)})),
  capacity DOUBLE NOT NULL CHECK (capacity >= 0),
  CONSTRAINT uk_park_capacities_park_network UNIQUE (park_id, network)
);
`;

function up(db: Database.Database): void {
  db.exec(DDL);
  registerFeatureTable(db, {
    tableName: 'parks', identifier: 'Parks', description: 'Industrial park boundaries',
    geometryColumn: 'geom', geometryType: 'MULTIPOLYGON',
  });
  registerFeatureTable(db, {
    tableName: 'plots', identifier: 'Plots', description: 'Land plots inside the parks',
    geometryColumn: 'geom', geometryType: 'POLYGON',
  });
  registerFeatureTable(db, {
    tableName: 'rail_spurs', identifier: 'Rail spurs', description: 'Railway spurs',
    geometryColumn: 'geom', geometryType: 'LINESTRING',
  });
  registerFeatureTable(db, {
    tableName: 'utility_lines', identifier: 'Utility lines', description: 'Utility network lines',
    geometryColumn: 'geom', geometryType: 'LINESTRING',
  });
  registerAttributesTable(db, { tableName: 'residents', identifier: 'Residents', description: 'Resident companies' });
  registerAttributesTable(db, { tableName: 'allocations', identifier: 'Allocations', description: 'Plots held by residents' });
  registerAttributesTable(db, {
    tableName: 'utility_connections', identifier: 'Utility connections', description: 'Plot connections to networks',
  });
  registerAttributesTable(db, {
    tableName: 'park_capacities', identifier: 'Park capacities', description: 'Network capacity available per park',
  });
}

/**
 * The first ParkPlan schema: four feature tables and four attribute tables. Enum CHECKs take their values
 * from the domain's `as const` arrays at the time a file is created; a value added later needs a migration
 * that rebuilds the table.
 */
export const migration001: Migration = { version: 1, name: 'parks, plots, residents, allocations, networks', up };
