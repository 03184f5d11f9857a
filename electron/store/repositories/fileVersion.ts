import type Database from 'better-sqlite3';

/**
 * SQLite's `PRAGMA data_version` on this connection: it changes when another connection — the CLI, an
 * import job's writer, QGIS, ogrinfo — commits to the file, and not for this connection's own commits.
 * The change feed polls it to tell the windows that the file changed under them.
 */
export function readDataVersion(db: Database.Database): number {
  return Number(db.pragma('data_version', { simple: true }));
}
