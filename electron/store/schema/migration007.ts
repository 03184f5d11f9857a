import type Database from 'better-sqlite3';
import type { Migration } from './migration';

// A working copy of a project published on a PostGIS server (electron/services/sync). The link holds the
// server's address WITHOUT its password (that comes from PGPASSWORD or ~/.pgpass), which copy this is, the
// planner's name its changes are signed with, and how far it has synced. sync_rows is the state both sides
// agreed on at the last sync — each row's image then (NULL: the server has none) and its fid on the server,
// which differs from the local fid for a row another copy added — so a sync can tell whose side changed what.
// Conflicts are kept until a planner decides, with both sides' values: nothing of either is lost.
// Not registered in gpkg_contents: they describe the link, not the park, and GIS users need not see them.
const DDL = `
CREATE TABLE parkplan_sync_link (
  id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
  server_url TEXT NOT NULL,
  schema_name TEXT NOT NULL,
  copy_id INTEGER NOT NULL,
  planner TEXT NOT NULL,
  log_seq INTEGER NOT NULL DEFAULT 0,
  journal_seq INTEGER NOT NULL DEFAULT 0,
  synced_at DATETIME
);
CREATE TABLE parkplan_sync_rows (
  table_name TEXT NOT NULL,
  fid INTEGER NOT NULL,
  server_fid INTEGER NOT NULL,
  base TEXT,
  PRIMARY KEY (table_name, fid),
  UNIQUE (table_name, server_fid)
);
CREATE TABLE parkplan_sync_conflicts (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  table_name TEXT NOT NULL,
  fid INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('field', 'row', 'refused')),
  field TEXT,
  base TEXT,
  mine TEXT,
  theirs TEXT,
  their_planner TEXT,
  reason TEXT,
  detected_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  resolved_at DATETIME,
  resolution TEXT CHECK (resolution IS NULL OR resolution IN ('mine', 'theirs'))
);
CREATE INDEX parkplan_sync_conflicts_open ON parkplan_sync_conflicts (resolved_at, table_name, fid);
`;

function up(db: Database.Database): void {
  db.exec(DDL);
}

/** Team sync: the link to the server, the rows as last agreed, the conflicts under review. */
export const migration007: Migration = { version: 7, name: 'team sync state', up };
