import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatMessage } from '../../shared/messages/message';
import { createDemoProject } from '../../electron/services/project/demoProject';
import { actingAs } from '../../electron/services/journal/editActor';
import { editState, redoEdit, undoEdit } from '../../electron/services/journal/editJournal';
import { updatePlotAttributes } from '../../electron/services/plots/plotAttributes';
import { RefusedError } from '../../electron/services/refusals/refusedError';
import { openProject, type ProjectStore } from '../../electron/store/project';
import { wordedEditState } from '../../electron/services/__fixtures__/wordedEditState';

/* Undo per actor (a window, the CLI) on a real project file, and undo refused when someone else changed the row since. */

let dir: string;
let file: string;
let store: ProjectStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parkplan-actor-'));
  file = join(dir, 'demo.gpkg');
  store = createDemoProject(file);
});
afterEach(() => {
  if (store.db.open) store.close();
  rmSync(dir, { recursive: true, force: true });
});

const plotByCode = (code: string) => store.plots.list().find((plot) => plot.code === code)!;
const windowA = 'window:a';
const windowB = 'window:b';
const asA = <T>(fn: () => T): T => actingAs(windowA, fn);
const asB = <T>(fn: () => T): T => actingAs(windowB, fn);

function refusal(run: () => unknown): RefusedError {
  try {
    run();
  } catch (error) {
    if (error instanceof RefusedError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** The file and its WAL as they are on disk. */
const fileBytes = (): Buffer => Buffer.concat([readFileSync(file), existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : Buffer.alloc(0)]);

describe('undo per actor', () => {
  it('Ctrl+Z in one window undoes its own edit, never another window\'s or the CLI\'s', () => {
    const p = plotByCode('Р-13');
    const q = plotByCode('Р-52');
    asA(() => updatePlotAttributes(store, { plotId: p.id, patch: { notes: 'A' } }));
    asB(() => updatePlotAttributes(store, { plotId: q.id, patch: { notes: 'B' } }));
    updatePlotAttributes(store, { plotId: q.id, patch: { zone: 'office' } }); // the CLI
    expect(wordedEditState(asA(() => editState(store)))).toMatchObject({ depth: 1, undoLabel: 'Edit plot Р-13 (notes)' });
    expect(wordedEditState(asB(() => editState(store)))).toMatchObject({ depth: 1, undoLabel: 'Edit plot Р-52 (notes)' });
    expect(wordedEditState(editState(store))).toMatchObject({ depth: 1, undoLabel: 'Edit plot Р-52 (zone)' });

    asB(() => undoEdit(store));
    expect(store.plots.get(q.id)).toMatchObject({ notes: q.notes, zone: 'office' });
    expect(store.plots.get(p.id)?.notes).toBe('A');
    expect(wordedEditState(asB(() => editState(store)))).toMatchObject({ canUndo: false, canRedo: true });
    // A window with nothing of its own to undo changes nothing.
    expect(actingAs('window:c', () => undoEdit(store))).toMatchObject({ canUndo: false, canRedo: false, depth: 0 });
    expect(store.plots.get(p.id)?.notes).toBe('A');

    // A's new edit ends only A's redo branch: B can still redo.
    asA(() => updatePlotAttributes(store, { plotId: p.id, patch: { notes: 'A2' } }));
    expect(wordedEditState(asB(() => editState(store)))).toMatchObject({ canRedo: true, redoLabel: 'Edit plot Р-52 (notes)' });
    asB(() => redoEdit(store));
    expect(store.plots.get(q.id)?.notes).toBe('B');
    asA(() => undoEdit(store));
    asA(() => undoEdit(store));
    expect(store.plots.get(p.id)?.notes).toBe(p.notes);
  });

  it('refuses to undo over another window\'s later edit of the same field, naming the plot and the field', () => {
    const p = plotByCode('Р-13');
    asA(() => updatePlotAttributes(store, { plotId: p.id, patch: { notes: 'A' } }));
    asB(() => updatePlotAttributes(store, { plotId: p.id, patch: { notes: 'B' } }));
    const refused = refusal(() => asA(() => undoEdit(store)));
    expect(refused.key).toBe('journal.undo.changedSince');
    expect(refused.message).toBe(
      'Cannot undo: the field "notes" of plot Р-13 was changed since, in another window or by another program (QGIS, ogrinfo); undoing would overwrite that change, so nothing was undone',
    );
    expect(formatMessage('ru', refused.asMessage)).toMatch(/^Нельзя отменить: участок Р-13 — поле «Примечания» с тех пор изменено/);
    expect(store.plots.get(p.id)?.notes).toBe('B');
    expect(wordedEditState(asA(() => editState(store)))).toMatchObject({ canUndo: true, depth: 1 });
    // Once B has undone its own edit, A's undo goes through.
    asB(() => undoEdit(store));
    asA(() => undoEdit(store));
    expect(store.plots.get(p.id)?.notes).toBe(p.notes);
  });

  it('lets another column changed since stay as it is (only the edit\'s own columns are compared)', () => {
    const p = plotByCode('Р-13');
    asA(() => updatePlotAttributes(store, { plotId: p.id, patch: { notes: 'A' } }));
    asB(() => updatePlotAttributes(store, { plotId: p.id, patch: { zone: 'green' } }));
    asA(() => undoEdit(store));
    expect(store.plots.get(p.id)).toMatchObject({ notes: p.notes, zone: 'green' });
  });

  it('refuses a redo over a change made since, like undo', () => {
    const p = plotByCode('Р-13');
    asA(() => updatePlotAttributes(store, { plotId: p.id, patch: { notes: 'A' } }));
    asA(() => undoEdit(store));
    asB(() => updatePlotAttributes(store, { plotId: p.id, patch: { notes: 'B' } }));
    expect(refusal(() => asA(() => redoEdit(store))).key).toBe('journal.redo.changedSince');
    expect(store.plots.get(p.id)?.notes).toBe('B');
  });

  it('refuses to undo over a change GDAL wrote to the file (ogrinfo -sql UPDATE), leaving the file byte for byte', () => {
    const p = plotByCode('Р-13');
    asA(() => updatePlotAttributes(store, { plotId: p.id, patch: { notes: 'ours' } }));
    store.close();
    const gdal = spawnSync('/usr/bin/ogrinfo', [file, '-sql', `UPDATE plots SET notes='x' WHERE fid=${p.id}`], { encoding: 'utf8' });
    expect(gdal.status, gdal.stderr).toBe(0);
    store = openProject(file);
    expect(store.plots.get(p.id)?.notes).toBe('x');
    const before = fileBytes();
    const refused = refusal(() => asA(() => undoEdit(store)));
    expect(refused.asMessage).toEqual({
      key: 'journal.undo.changedSince',
      params: { feature: { key: 'journal.feature.plots', params: { name: 'Р-13' } }, field: { key: 'journal.field.notes', params: {} } },
    });
    expect(fileBytes().equals(before)).toBe(true);
    expect(store.plots.get(p.id)?.notes).toBe('x');
  });

  it('lets any actor undo an entry journaled before actors were kept', () => {
    const p = plotByCode('Р-13');
    updatePlotAttributes(store, { plotId: p.id, patch: { notes: 'old' } });
    // What migration 4 leaves on a row journaled by an older ParkPlan.
    store.db.prepare('UPDATE edit_journal SET actor = NULL').run();
    expect(wordedEditState(asA(() => editState(store)))).toMatchObject({ canUndo: true, undoLabel: 'Edit plot Р-13 (notes)' });
    asA(() => undoEdit(store));
    expect(store.plots.get(p.id)?.notes).toBe(p.notes);
  });
});
