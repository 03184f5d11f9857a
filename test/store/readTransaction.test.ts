import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDemoProject } from '../../electron/services/project/demoProject';
import { readSnapshot } from '../../electron/services/project/projectSnapshot';
import { listResidents } from '../../electron/services/registry/residentRegistry';
import { openProject, type ProjectStore } from '../../electron/store/project';

/*
 * Reads never take the write lock: while another connection to the same file (a second window's, the
 * CLI's, an import job's) holds a write transaction, a read through ours answers with the committed state.
 * Our busy timeout is 0 here, so anything that waited for the lock would fail at once instead of waiting.
 */

let dir: string;
let store: ProjectStore;
let otherStore: ProjectStore;
let other: ProjectStore['db'];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parkplan-read-'));
  store = createDemoProject(join(dir, 'demo.gpkg'));
  // The other connection is a whole project store, so the GeoPackage's R-tree triggers have their functions.
  otherStore = openProject(store.file);
  other = otherStore.db;
  store.db.pragma('busy_timeout = 0');
});
afterEach(() => {
  if (other.inTransaction) other.exec('ROLLBACK');
  otherStore.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('store.read', () => {
  it('reads the committed state while another connection holds a write transaction', () => {
    const before = readSnapshot(store);
    const plot = before.plots[0]!;
    other.exec('BEGIN IMMEDIATE');
    other.prepare('UPDATE plots SET notes = ? WHERE fid = ?').run('written by the other connection', plot.id);
    other.prepare('DELETE FROM utility_connections').run();

    const during = readSnapshot(store);
    expect(during.plots.find((candidate) => candidate.id === plot.id)?.notes).toBe(plot.notes);
    expect(during).toEqual(before);
    expect(listResidents(store, {}, '2026-06-15')).toHaveLength(before.residents.length);
    // A write through ours is refused at once (it needs the lock), which is what a read must not be.
    expect(() => store.transaction(() => store.plots.setStatus(plot.id, 'reserved'))).toThrow(/locked|busy/i);

    other.exec('COMMIT');
    expect(readSnapshot(store).plots.find((candidate) => candidate.id === plot.id)?.notes).toBe('written by the other connection');
  });

  it('is one snapshot: a commit by another connection between two reads inside it is not seen', () => {
    const plot = readSnapshot(store).plots[0]!;
    const seen = store.read(() => {
      const first = store.plots.get(plot.id)?.notes;
      other.prepare('UPDATE plots SET notes = ? WHERE fid = ?').run('committed meanwhile', plot.id);
      return [first, store.plots.get(plot.id)?.notes];
    });
    expect(seen).toEqual([plot.notes, plot.notes]);
    expect(store.plots.get(plot.id)?.notes).toBe('committed meanwhile');
  });

  it('refuses an asynchronous function, like transaction', () => {
    expect(() => store.read(() => Promise.resolve(1))).toThrow(/synchronous/);
  });
});
