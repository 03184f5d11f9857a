import type Database from 'better-sqlite3';
import { GPKG_APPLICATION_ID } from './gpkg/coreSchema';
import { statSync } from 'node:fs';
import { ProjectFileError, projectFileRefusal } from './projectFileError';
import { openReadingConnection, type ProjectConnection } from './readingConnection';
import { appliedSchemaVersion, hasMigrationsTable, LATEST_SCHEMA_VERSION } from './schema/migrations';

function hex32(value: number): string {
  return `0x${(value >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
}

/**
 * Checks, through a connection that only reads and leaves no -wal or -shm behind, that an existing file is a
 * ParkPlan GeoPackage this build can open. Returns the file's ParkPlan schema version.
 */
export function checkProjectFile(file: string, nativeBinding: string | undefined): number {
  if (statSync(file).size === 0) throw projectFileRefusal('empty-file', file, 'projectFile.empty', { file });
  let connection: ProjectConnection;
  try {
    connection = openReadingConnection(file, nativeBinding);
  } catch (error) {
    throw new ProjectFileError('not-geopackage', file, `${file} is not a GeoPackage (${(error as Error).message})`, {
      cause: error,
    });
  }
  const db: Database.Database = connection.db;
  try {
    let applicationId: number;
    try {
      applicationId = db.pragma('application_id', { simple: true }) as number;
    } catch (error) {
      throw new ProjectFileError(
        'not-geopackage',
        file,
        `${file} is not a GeoPackage (not an SQLite database: ${(error as Error).message})`,
        { cause: error },
      );
    }
    if (applicationId !== GPKG_APPLICATION_ID) {
      throw new ProjectFileError(
        'not-geopackage',
        file,
        `${file} is not a GeoPackage (SQLite application_id is ${hex32(applicationId)}, expected ${hex32(GPKG_APPLICATION_ID)} 'GPKG')`,
      );
    }
    if (!hasMigrationsTable(db)) {
      throw new ProjectFileError(
        'not-parkplan',
        file,
        `${file} is a GeoPackage but not a ParkPlan project (no parkplan_migrations table); import it instead`,
      );
    }
    const version = appliedSchemaVersion(db);
    if (version > LATEST_SCHEMA_VERSION) {
      throw new ProjectFileError(
        'newer-schema',
        file,
        `${file} was written by a newer ParkPlan (schema ${version}; this version knows up to ${LATEST_SCHEMA_VERSION})`,
      );
    }
    checkProjectTables(db, file, version);
    checkPages(db, file);
    return version;
  } finally {
    connection.close();
  }
}

/** ParkPlan's own tables, as the latest schema has them: each must be a table, not a view another tool put there. */
const PROJECT_TABLES = ['parks', 'plots', 'rail_spurs', 'utility_lines', 'residents', 'allocations', 'utility_connections', 'park_capacities', 'edit_journal', 'cadastral_parcels'] as const;

function checkProjectTables(db: Database.Database, file: string, version: number): void {
  const kinds = new Map((db.prepare("SELECT name, type, sql FROM sqlite_master WHERE type IN ('table', 'view')").all() as { name: string; type: string; sql: string | null }[]).map((row) => [row.name, row]));
  for (const table of PROJECT_TABLES) {
    const entry = kinds.get(table);
    if (entry === undefined) {
      // An older schema gains its later tables from the migrations; at the latest one, a missing table is damage.
      if (version === LATEST_SCHEMA_VERSION) throw projectFileRefusal('foreign-schema', file, 'projectFile.tableMissing', { file, table, version });
      continue;
    }
    const kind = entry.type === 'view' ? 'view' : /^\s*CREATE\s+VIRTUAL/i.test(entry.sql ?? '') ? 'virtual table' : null;
    if (kind !== null) throw projectFileRefusal('foreign-schema', file, 'projectFile.notTable', { file, table, kind });
  }
}

/**
 * PRAGMA quick_check on open: a damaged page is found now, naming the file, not at the first edit as
 * "database disk image is malformed". It reads every page (about 0.1 s for the demo), writes nothing.
 */
function checkPages(db: Database.Database, file: string): void {
  let rows: { quick_check: string }[];
  try {
    rows = db.pragma('quick_check(5)') as { quick_check: string }[];
  } catch (error) {
    throw projectFileRefusal('damaged', file, 'projectFile.damaged', { file, detail: (error as Error).message });
  }
  const problems = rows.map((row) => row.quick_check).filter((text) => text !== 'ok');
  if (problems.length > 0) throw projectFileRefusal('damaged', file, 'projectFile.damaged', { file, detail: problems.join('; ') });
}
