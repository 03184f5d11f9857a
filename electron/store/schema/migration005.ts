import type Database from 'better-sqlite3';
import type { Migration } from './migration';

// The prefix a park's new plots are coded with («П-» gives П-1, П-2, …). Parks made before it keep the
// «Н-» (новый) that new plots were given until now, so their numbering goes on where it was.
const DDL = `ALTER TABLE parks ADD COLUMN code_prefix TEXT NOT NULL DEFAULT 'Н-' CHECK (length(code_prefix) BETWEEN 1 AND 9);`;

function up(db: Database.Database): void {
  db.exec(DDL);
}

/** parks.code_prefix: each park's prefix for the codes of new plots. */
export const migration005: Migration = { version: 5, name: 'park code prefix', up };
