import type Database from 'better-sqlite3';
import type { Migration } from './migration';

// Who made each edit: a window (page), the command line, or the window that started an import. Undo and
// redo take only the asking actor's entries, so Ctrl+Z in one window never winds back another's edit.
// Rows journaled before this migration keep actor NULL: they predate actors and any actor may undo them.
const DDL = `
ALTER TABLE edit_journal ADD COLUMN actor TEXT;
CREATE INDEX edit_journal_actor ON edit_journal (actor, undone, seq);
`;

function up(db: Database.Database): void {
  db.exec(DDL);
}

/** The edit journal's actor column (undo per window, per CLI). */
export const migration004: Migration = { version: 4, name: 'journal actor', up };
