import type Database from 'better-sqlite3';
import type { Migration } from './migration';

// The project's own settings for its documents («Составил» on the committee pack, …): a key and its text,
// one row a setting, so a new setting needs no migration. ParkPlan's own table, like the journal.
const DDL = `
CREATE TABLE parkplan_settings (
  key TEXT PRIMARY KEY NOT NULL CHECK (length(key) > 0),
  value TEXT NOT NULL
);
`;

function up(db: Database.Database): void {
  db.exec(DDL);
}

/** Project settings (issue 11): who prepared the documents. */
export const migration008: Migration = { version: 8, name: 'project settings', up };
