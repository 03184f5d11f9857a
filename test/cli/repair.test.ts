import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { openProject } from '../../electron/store/project';

const dir = mkdtempSync(join(tmpdir(), 'parkplan-repair-'));
const demo = join(dir, 'demo.gpkg');
const parkplan = (...args: string[]) => spawnSync(process.execPath, ['bin/parkplan.mjs', ...args], { encoding: 'utf8', timeout: 60_000 });

/** A colleague's file: a trigger that adds a resident on every plot edit, and a view. */
function colleaguesFile(name: string): string {
  const file = join(dir, name);
  copyFileSync(demo, file);
  const db = new Database(file);
  db.exec(`CREATE TRIGGER add_resident AFTER UPDATE ON plots BEGIN
             INSERT INTO residents (name, inn, status) VALUES ('ghost ' || NEW.fid, NULL, 'prospect');
           END;
           CREATE VIEW free_plots AS SELECT * FROM plots WHERE status = 'free';`);
  db.close();
  return file;
}

beforeAll(() => {
  expect(parkplan('demo', demo).status).toBe(0);
}, 60_000);

describe('triggers and views another tool left in a project', () => {
  it('refuses to open the file for editing, naming them, and writes nothing; info still reads it', () => {
    const file = colleaguesFile('colleague.gpkg');
    const before = readFileSync(file);
    expect(() => openProject(file)).toThrow('trigger add_resident on plots, view free_plots');
    expect(() => openProject(file)).toThrow(`parkplan repair ${file}`);
    expect(parkplan('info', file).status).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('keeps our own triggers and the R-tree index’s: the demo opens for editing', () => {
    openProject(demo).close();
  });

  it('parkplan repair FILE backs the file up first, then drops exactly the foreign ones', () => {
    const file = colleaguesFile('repair.gpkg');
    const original = readFileSync(file);
    const repaired = parkplan('repair', file);
    expect(repaired.status, repaired.stderr).toBe(0);
    const backup = join(dir, 'repair.before-repair.gpkg');
    expect(repaired.stdout).toContain(`Backed up ${file} to ${backup}`);
    expect(repaired.stdout).toContain('Dropped 2: trigger add_resident on plots, view free_plots');
    // The backup still holds the colleague's trigger: nothing is lost.
    const kept = new Database(backup, { readonly: true });
    expect(kept.prepare("SELECT name FROM sqlite_master WHERE name IN ('add_resident', 'free_plots') ORDER BY name").pluck().all()).toEqual(['add_resident', 'free_plots']);
    kept.close();
    const store = openProject(file);
    try {
      const residents = store.residents.list().length;
      const plot = store.plots.list()[0]!;
      store.transaction(() => store.plots.update({ ...plot, notes: 'after repair' }));
      expect(store.residents.list()).toHaveLength(residents);
    } finally {
      store.close();
    }
    expect(readFileSync(file).equals(original)).toBe(false);
    // A second repair finds nothing and writes no second backup.
    expect(parkplan('repair', file).stdout).toContain('nothing to repair');
    expect(existsSync(join(dir, 'repair.before-repair-2.gpkg'))).toBe(false);
  });
});
