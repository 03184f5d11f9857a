import type Database from 'better-sqlite3';
import { GPKG_APPLICATION_ID } from './gpkg/coreSchema';
import { ProjectFileError } from './projectFileError';
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
    return version;
  } finally {
    connection.close();
  }
}
