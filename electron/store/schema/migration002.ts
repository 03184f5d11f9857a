import type Database from 'better-sqlite3';
import { registerAttributesTable } from '../gpkg/contents';
import { addSpatialIndex } from '../gpkg/rtreeIndex';
import type { Migration } from './migration';

// One row per undoable edit. `forward` and `backward` are JSON change sets (the rows an edit touched,
// after and before, per table, geometries as GeoJSON with full doubles): redo writes the first, undo the
// second. Undone edits are always the newest ones; a new edit deletes them. AUTOINCREMENT keeps seq
// growing after the oldest rows are trimmed, so an order by seq is the order of the edits.
const DDL = `
CREATE TABLE edit_journal (
  seq INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  label TEXT NOT NULL,
  forward TEXT NOT NULL,
  backward TEXT NOT NULL,
  created_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  undone BOOLEAN NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
);
CREATE INDEX edit_journal_undone ON edit_journal (undone, seq);
`;

function up(db: Database.Database): void {
  db.exec(DDL);
  // Registered as an attribute table so that GDAL and QGIS list it (ogrinfo reads it without a word).
  registerAttributesTable(db, { tableName: 'edit_journal', identifier: 'Edit journal', description: 'Undo and redo history of edits' });
  // Editing looks up a plot's neighbours on every save; with 10 000 plots a scan takes ~80 ms, the index
  // well under 1 ms. QGIS uses the same index.
  addSpatialIndex(db, 'plots', 'geom');
}

/** The edit journal (undo and redo that survive closing the project) and the plots' spatial index. */
export const migration002: Migration = { version: 2, name: 'edit journal, plots spatial index', up };
