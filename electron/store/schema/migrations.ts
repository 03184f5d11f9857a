import type Database from 'better-sqlite3';
import type { Migration } from './migration';
import { migration001 } from './migration001';
import { migration002 } from './migration002';
import { migration003 } from './migration003';
import { migration004 } from './migration004';
import { migration005 } from './migration005';
import { migration006 } from './migration006';
import { migration007 } from './migration007';
import { migration008 } from './migration008';

/** Every ParkPlan migration in order; append new ones, never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008];

/** The schema version this build writes: the highest migration it knows. */
export const LATEST_SCHEMA_VERSION = Math.max(0, ...MIGRATIONS.map((migration) => migration.version));

/** Our own version table; the GeoPackage owns PRAGMA user_version, so it never holds our version. */
export const MIGRATIONS_TABLE = 'parkplan_migrations';

/** Creates the (empty) migrations table in a new project file. */
export function createMigrationsTable(db: Database.Database): void {
  db.exec(`CREATE TABLE ${MIGRATIONS_TABLE} (
    version INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    applied_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
  )`);
}

/** True when the file has our migrations table, i.e. it is a ParkPlan project and not any GeoPackage. */
export function hasMigrationsTable(db: Database.Database): boolean {
  const row = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(MIGRATIONS_TABLE);
  return row !== undefined;
}

/** The highest migration applied to this file (0 for a new file). */
export function appliedSchemaVersion(db: Database.Database): number {
  const row = db.prepare(`SELECT max(version) AS version FROM ${MIGRATIONS_TABLE}`).get() as { version: number | null };
  return row.version ?? 0;
}

/**
 * Applies, in order, every migration newer than the file's version, each in its own transaction together
 * with its row in the migrations table: a migration that throws leaves the file at the previous version.
 * Returns the versions applied.
 */
export function runMigrations(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const applied: number[] = [];
  const record = db.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (version, name) VALUES (?, ?)`);
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  for (const migration of ordered) {
    if (migration.version <= appliedSchemaVersion(db)) continue;
    db.transaction(() => {
      migration.up(db);
      record.run(migration.version, migration.name);
    })();
    applied.push(migration.version);
  }
  return applied;
}
