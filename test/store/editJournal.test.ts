import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PolygonGeometry } from '../../shared/domain/geometry';
import type { PlotId } from '../../shared/domain/ids';
import { createDemoProject } from '../../electron/services/project/demoProject';
import { editState, JOURNAL_LIMIT, recordEdit, redoEdit, undoEdit } from '../../electron/services/journal/editJournal';
import { updatePlotAttributes } from '../../electron/services/plots/plotAttributes';
import { updatePlotGeometry } from '../../electron/services/plots/plotEditing';
import { RefusedError } from '../../electron/services/refusals/refusedError';
import { openProject, type ProjectStore } from '../../electron/store/project';
import { migration001 } from '../../electron/store/schema/migration001';
import { createMigrationsTable, LATEST_SCHEMA_VERSION, runMigrations } from '../../electron/store/schema/migrations';
import { createGeoPackageCore } from '../../electron/store/gpkg/coreSchema';
import { formatMessage, message, type Message } from '../../shared/messages/message';
import { wordedEditState } from '../../electron/services/__fixtures__/wordedEditState';

/* The edit journal on real project files: depth, persistence across a restart, trimming, concurrency. */

let dir: string;
let file: string;
let store: ProjectStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parkplan-journal-'));
  file = join(dir, 'demo.gpkg');
  store = createDemoProject(file);
});
afterEach(() => {
  if (store.db.open) store.close();
  rmSync(dir, { recursive: true, force: true });
});

const plotByCode = (code: string) => store.plots.list().find((plot) => plot.code === code)!;

/** The plot's outline moved east by `step` micro-degrees: every edit a distinct, exact geometry. */
function shifted(geometry: PolygonGeometry, step: number): PolygonGeometry {
  return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(([lon, lat]) => [lon + step * 1e-6 + 1e-13, lat] as const)) };
}

describe('the edit journal', () => {
  it('keeps a label as a key, worded in the reader\'s language, and shows an older English label as it was', () => {
    const plot = plotByCode('Р-13');
    updatePlotGeometry(store, { plotId: plot.id, geometry: shifted(plot.geometry, 1) });
    const label = editState(store).undoLabel;
    expect(label === null ? null : formatMessage('ru', label)).toBe('Изменён контур участка Р-13');
    // What an older ParkPlan wrote into edit_journal.label: plain English.
    store.db.prepare("UPDATE edit_journal SET label = 'Reshape plot Р-13' WHERE seq = (SELECT MAX(seq) FROM edit_journal)").run();
    expect(wordedEditState(editState(store)).undoLabel).toBe('Reshape plot Р-13');
  });

  it('250 edits, then 200 undos walk the plot back through every outline', () => {
    const plot = plotByCode('Р-13');
    const outlines: PolygonGeometry[] = [plot.geometry];
    for (let i = 1; i <= 250; i++) {
      const geometry = shifted(plot.geometry, i);
      updatePlotGeometry(store, { plotId: plot.id, geometry });
      outlines.push(geometry);
    }
    expect(wordedEditState(editState(store))).toMatchObject({ canUndo: true, depth: 250, undoLabel: 'Reshape plot Р-13' });
    for (let i = 1; i <= 200; i++) {
      undoEdit(store);
      expect(store.plots.get(plot.id)!.geometry).toEqual(outlines[250 - i]);
    }
    expect(wordedEditState(editState(store))).toEqual({ canUndo: true, canRedo: true, undoLabel: 'Reshape plot Р-13', redoLabel: 'Reshape plot Р-13', depth: 50 });
    for (let i = 1; i <= 3; i++) redoEdit(store);
    expect(store.plots.get(plot.id)!.geometry).toEqual(outlines[53]);
    // A new edit ends the redo branch.
    updatePlotAttributes(store, { plotId: plot.id, patch: { notes: 'branch' } });
    expect(wordedEditState(editState(store))).toMatchObject({ canRedo: false, redoLabel: null, depth: 54 });
  });

  it('survives closing the project: edit, close, reopen, undo, redo', () => {
    const plot = plotByCode('Р-13');
    updatePlotAttributes(store, { plotId: plot.id, patch: { cadastralNumber: '62:15:0060301:77', zone: 'office' } });
    updatePlotGeometry(store, { plotId: plot.id, geometry: shifted(plot.geometry, 3) });
    const edited = store.plots.get(plot.id)!;
    store.close();
    store = openProject(file);
    expect(wordedEditState(editState(store))).toMatchObject({ canUndo: true, depth: 2, undoLabel: 'Reshape plot Р-13' });
    undoEdit(store);
    undoEdit(store);
    expect(store.plots.get(plot.id)).toEqual(plot);
    store.close();
    store = openProject(file);
    expect(editState(store)).toMatchObject({ canUndo: false, canRedo: true, depth: 0 });
    redoEdit(store);
    redoEdit(store);
    expect(store.plots.get(plot.id)).toEqual(edited);
  });

  it(`keeps the newest ${JOURNAL_LIMIT} edits and drops the oldest`, () => {
    const plot = plotByCode('Р-13');
    for (let i = 1; i <= JOURNAL_LIMIT + 7; i++) updatePlotAttributes(store, { plotId: plot.id, patch: { notes: `n${i}` } });
    expect(editState(store).depth).toBe(JOURNAL_LIMIT);
    for (let i = 0; i < JOURNAL_LIMIT; i++) undoEdit(store);
    expect(store.plots.get(plot.id)!.notes).toBe('n7');
    expect(editState(store)).toMatchObject({ canUndo: false, depth: 0 });
    // Nothing to undo: the state is answered as it is, nothing changes.
    expect(undoEdit(store)).toMatchObject({ canUndo: false, canRedo: true });
  });

  it('an edit that fails leaves neither data nor journal behind', () => {
    const plot = plotByCode('Р-13');
    const before = editState(store);
    expect(() =>
      recordEdit(store, message('edit.deletePlot', { code: plot.code }), (recorder) => {
        recorder.willChange('plots', plot.id);
        store.plots.update({ ...plot, notes: 'written, then rolled back' });
        throw new RefusedError('plot.codeEmpty');
      }),
    ).toThrow('code: the plot code is empty');
    expect(store.plots.get(plot.id)).toEqual(plot);
    expect(editState(store)).toEqual(before);
    const rows = store.db.prepare('SELECT count(*) FROM edit_journal').pluck().get();
    expect(rows).toBe(0);
  });

  it('refuses an undo the file no longer allows, naming the edit, and changes nothing', () => {
    const plot = plotByCode('Р-13');
    updatePlotAttributes(store, { plotId: plot.id, patch: { notes: 'x' } });
    // Another tool deletes the plot outside the journal.
    store.plots.remove(plot.id);
    expect(() => undoEdit(store)).toThrow(/^Cannot undo: plot Р-13 was deleted since/);
    expect(editState(store)).toMatchObject({ canUndo: true, depth: 1 });
  });

  it('keeps the plots\' spatial index with the data through edits, undo and redo', () => {
    const plot = plotByCode('Р-13');
    const far = shifted(plot.geometry, 20_000); // 0.02° east
    const box = (geometry: PolygonGeometry) => {
      const ring = geometry.coordinates[0]!;
      const lons = ring.map((p) => p[0]);
      const lats = ring.map((p) => p[1]);
      return { minX: Math.min(...lons), maxX: Math.max(...lons), minY: Math.min(...lats), maxY: Math.max(...lats) };
    };
    const found = (geometry: PolygonGeometry): boolean =>
      store.plotNeighbours.near(plot.parkId, box(geometry), new Set()).some((near) => near.id === plot.id);
    updatePlotGeometry(store, { plotId: plot.id, geometry: far });
    expect([found(far), found(plot.geometry)]).toEqual([true, false]);
    undoEdit(store);
    expect([found(far), found(plot.geometry)]).toEqual([false, true]);
    redoEdit(store);
    expect([found(far), found(plot.geometry)]).toEqual([true, false]);
    const indexed = store.db.prepare('SELECT count(*) FROM rtree_plots_geom').pluck().get();
    expect(indexed).toBe(store.plots.list().length);
  });

  it('is listed by GDAL as an attribute table without a word', () => {
    const plot = plotByCode('Р-13');
    updatePlotGeometry(store, { plotId: plot.id, geometry: shifted(plot.geometry, 1) });
    store.close();
    const result = spawnSync('/usr/bin/ogrinfo', ['-ro', '-al', '-q', file, 'edit_journal'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    // The label is kept as its message key and parameters, so each reader words it in their language.
    expect(result.stdout).toContain('label (String) = {"key":"edit.reshapePlot","params":{"code":"Р-13"}}');
    expect(result.stdout).toContain('undone (Integer(Boolean)) = 0');
  });

  it('migrates a schema-1 project file to the journal', () => {
    const old = join(dir, 'old.gpkg');
    const db = new Database(old);
    db.pragma('journal_mode = WAL');
    db.transaction(() => {
      createGeoPackageCore(db);
      createMigrationsTable(db);
    })();
    runMigrations(db, [migration001]);
    db.close();
    const upgraded = openProject(old);
    try {
      expect(upgraded.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      expect(wordedEditState(editState(upgraded))).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null, depth: 0 });
    } finally {
      upgraded.close();
    }
  });
});

describe('the edit journal under concurrent writers', () => {
  function startWorker(plotId: PlotId, edits: number, name: string): Promise<{ ok: boolean; message?: string }> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/store/support/editWorker.ts', file, String(plotId), String(edits), dir, name], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    return new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) => {
        if (code !== 0) return reject(new Error(`worker ${name} exited with ${code}: ${stderr}`));
        resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { ok: boolean; message?: string });
      });
    });
  }

  it('two processes and this one editing at once: every edit journaled once, and undo unwinds them all', async () => {
    const a = plotByCode('Р-13');
    const b = plotByCode('Р-52');
    const c = plotByCode('Р-48');
    const EDITS = 30;
    const workers = [startWorker(a.id, EDITS, 'wa'), startWorker(b.id, EDITS, 'wb')];
    const deadline = Date.now() + 30_000;
    while (!existsSync(join(dir, 'ready-wa')) || !existsSync(join(dir, 'ready-wb'))) {
      if (Date.now() > deadline) throw new Error('workers not ready');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    writeFileSync(join(dir, 'go'), '');
    for (let i = 1; i <= EDITS; i++) {
      updatePlotAttributes(store, { plotId: c.id, patch: { notes: `main ${i}` } });
      await new Promise((resolve) => setImmediate(resolve));
    }
    const results = await Promise.all(workers);
    expect(results).toEqual([{ ok: true, edits: EDITS }, { ok: true, edits: EDITS }]);

    const journal = store.db.prepare('SELECT seq, label, forward, backward FROM edit_journal ORDER BY seq').all() as {
      seq: number; label: string; forward: string; backward: string;
    }[];
    expect(journal).toHaveLength(3 * EDITS);
    for (const entry of journal) {
      expect(() => JSON.parse(entry.forward) as unknown).not.toThrow();
      expect(() => JSON.parse(entry.backward) as unknown).not.toThrow();
    }
    // Each plot's entries chain: the notes one edit leaves are the notes the next one found.
    for (const plot of [a, b, c]) {
      const notes = journal
        .filter((entry) => formatMessage('en', JSON.parse(entry.label) as Message) === `Edit plot ${plot.code} (notes)`)
        .map((entry) => [JSON.parse(entry.backward).plots[0].row.notes, JSON.parse(entry.forward).plots[0].row.notes] as [string, string]);
      expect(notes).toHaveLength(EDITS);
      notes.forEach(([before], i) => expect(before).toBe(i === 0 ? plot.notes : notes[i - 1]![1]));
    }
    for (let i = 0; i < 3 * EDITS; i++) undoEdit(store);
    for (const plot of [a, b, c]) expect(store.plots.get(plot.id)).toEqual(plot);
  }, 60_000);
});
