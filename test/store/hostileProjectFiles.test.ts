import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'parkplan-hostile-'));
const demo = join(dir, 'demo.gpkg');
const parkplan = (...args: string[]) => spawnSync(process.execPath, ['bin/parkplan.mjs', ...args], { encoding: 'utf8', timeout: 60_000 });

/** A copy of the demo changed by `change` as another tool would, closed again. */
function demoChangedBy(name: string, change: (db: Database.Database) => void): string {
  const file = join(dir, name);
  copyFileSync(demo, file);
  const db = new Database(file);
  change(db);
  db.close();
  return file;
}

/** `parkplan info` must fail with exit 1 and this message, leaving the file byte for byte and nothing beside it. */
function expectRefused(file: string, text: string): void {
  const before = readFileSync(file);
  const info = parkplan('info', file);
  expect(info.status).toBe(1);
  expect(info.stderr).toContain(text);
  expect(info.stderr).not.toMatch(/SqliteError|\n\s+at /);
  expect(readFileSync(file).equals(before)).toBe(true);
  expect(existsSync(`${file}-wal`) || existsSync(`${file}-shm`)).toBe(false);
}

beforeAll(() => {
  expect(parkplan('demo', demo).status).toBe(0);
}, 60_000);

describe('project files another tool wrote or broke', () => {
  it('a zero-byte file says "empty file"', () => {
    const file = join(dir, 'empty.gpkg');
    writeFileSync(file, '');
    expectRefused(file, `${file} is an empty file (0 bytes)`);
  });

  it('a ParkPlan table replaced by a view is named: "residents is a view, not a table"', () => {
    const file = demoChangedBy('view.gpkg', (db) => db.exec('ALTER TABLE residents RENAME TO residents_data; CREATE VIEW residents AS SELECT * FROM residents_data;'));
    expectRefused(file, `${file} cannot be opened as a project: residents is a view, not a table`);
  });

  it('a missing table at the latest schema is named', () => {
    const file = demoChangedBy('missing.gpkg', (db) => db.exec('PRAGMA foreign_keys = OFF; DROP TABLE park_capacities;'));
    expectRefused(file, 'the table park_capacities is missing');
  });

  it('a damaged page is found on open (PRAGMA quick_check), naming the file, not at the first edit', () => {
    const file = join(dir, 'damaged.gpkg');
    copyFileSync(demo, file);
    const db = new Database(file, { readonly: true });
    const { rootpage, size } = db.prepare("SELECT rootpage, (SELECT page_size FROM pragma_page_size) AS size FROM sqlite_master WHERE name = 'residents'").get() as { rootpage: number; size: number };
    db.close();
    // Overwrite the residents table's root page header: a leaf page claiming 65535 cells.
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.from([0x0d, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), 0, 8, (rootpage - 1) * size);
    closeSync(fd);
    expectRefused(file, `${file} is damaged (`);
    expect(parkplan('info', file).stderr).toContain('open its last backup');
  });
});
