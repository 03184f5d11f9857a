import { closeSync, openSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';

/*
 * Project files as other tools leave them, for the tests of opening them: SQL on a file belongs to the
 * store, so the tests elsewhere make them here.
 */

/** A colleague's trigger: a resident added on every plot inserted (runs on each edit, outside undo). */
export function addColleaguesTrigger(file: string): void {
  const db = new Database(file);
  db.exec("CREATE TRIGGER add_resident AFTER INSERT ON plots BEGIN INSERT INTO residents (name, status) VALUES ('ghost', 'prospect'); END;");
  db.close();
}

/** Overwrites the plots table's root page header (a leaf claiming 65535 cells): PRAGMA quick_check fails. */
export function damagePlotsPage(file: string): void {
  const db = new Database(file, { readonly: true });
  const { rootpage, size } = db.prepare("SELECT rootpage, (SELECT page_size FROM pragma_page_size) AS size FROM sqlite_master WHERE name = 'plots'").get() as { rootpage: number; size: number };
  db.close();
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.from([0x0d, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), 0, 8, (rootpage - 1) * size);
  closeSync(fd);
}
