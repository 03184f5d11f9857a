import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatMessage } from '../../shared/messages/message';
import { openDemoProject, type DemoProject } from '../../electron/services/__fixtures__/demoStore';
import { refusalOf } from '../../electron/services/__fixtures__/refusalOf';
import { actingAs } from '../../electron/services/journal/editActor';
import { editState, redoEdit, undoEdit } from '../../electron/services/journal/editJournal';
import { updatePlotAttributes } from '../../electron/services/plots/plotAttributes';
import { openProject } from '../../electron/store/project';

/* Undo per actor (a window, the CLI) on a real project file, and undo refused when someone else changed the row since. */

let demo: DemoProject;
beforeEach(() => {
  demo = openDemoProject();
});
afterEach(() => demo.dispose());

const windowA = 'window:a';
const windowB = 'window:b';
const asA = <T>(fn: () => T): T => actingAs(windowA, fn);
const asB = <T>(fn: () => T): T => actingAs(windowB, fn);

describe('undo per actor', () => {
  it('Ctrl+Z in one window undoes its own edit, never another window\'s or the CLI\'s', () => {
    const p = demo.plot('Р-13');
    const q = demo.plot('Р-52');
    asA(() => updatePlotAttributes(demo.store, { plotId: p.id, patch: { notes: 'A' } }));
    asB(() => updatePlotAttributes(demo.store, { plotId: q.id, patch: { notes: 'B' } }));
    updatePlotAttributes(demo.store, { plotId: q.id, patch: { zone: 'office' } }); // the CLI
    expect(asA(() => editState(demo.store))).toMatchObject({ depth: 1, undoLabel: 'Edit plot Р-13 (notes)' });
    expect(asB(() => editState(demo.store))).toMatchObject({ depth: 1, undoLabel: 'Edit plot Р-52 (notes)' });
    expect(editState(demo.store)).toMatchObject({ depth: 1, undoLabel: 'Edit plot Р-52 (zone)' });

    asB(() => undoEdit(demo.store));
    expect(demo.store.plots.get(q.id)).toMatchObject({ notes: q.notes, zone: 'office' });
    expect(demo.store.plots.get(p.id)?.notes).toBe('A');
    expect(asB(() => editState(demo.store))).toMatchObject({ canUndo: false, canRedo: true });
    // A window with nothing of its own to undo changes nothing.
    expect(actingAs('window:c', () => undoEdit(demo.store))).toMatchObject({ canUndo: false, canRedo: false, depth: 0 });
    expect(demo.store.plots.get(p.id)?.notes).toBe('A');

    // A's new edit ends only A's redo branch: B can still redo.
    asA(() => updatePlotAttributes(demo.store, { plotId: p.id, patch: { notes: 'A2' } }));
    expect(asB(() => editState(demo.store))).toMatchObject({ canRedo: true, redoLabel: 'Edit plot Р-52 (notes)' });
    asB(() => redoEdit(demo.store));
    expect(demo.store.plots.get(q.id)?.notes).toBe('B');
    asA(() => undoEdit(demo.store));
    asA(() => undoEdit(demo.store));
    expect(demo.store.plots.get(p.id)?.notes).toBe(p.notes);
  });

  it('refuses to undo over another window\'s later edit of the same field, naming the plot and the field', () => {
    const p = demo.plot('Р-13');
    asA(() => updatePlotAttributes(demo.store, { plotId: p.id, patch: { notes: 'A' } }));
    asB(() => updatePlotAttributes(demo.store, { plotId: p.id, patch: { notes: 'B' } }));
    const refused = refusalOf(() => asA(() => undoEdit(demo.store)));
    expect(refused.key).toBe('journal.undo.changedSince');
    expect(refused.message).toBe(
      'Cannot undo: the field "notes" of plot Р-13 was changed since, in another window or by another program (QGIS, ogrinfo); undoing would overwrite that change, so nothing was undone',
    );
    expect(formatMessage('ru', refused.asMessage)).toMatch(/^Нельзя отменить: участок Р-13 — поле «Примечания» с тех пор изменено/);
    expect(demo.store.plots.get(p.id)?.notes).toBe('B');
    expect(asA(() => editState(demo.store))).toMatchObject({ canUndo: true, depth: 1 });
    // Once B has undone its own edit, A's undo goes through.
    asB(() => undoEdit(demo.store));
    asA(() => undoEdit(demo.store));
    expect(demo.store.plots.get(p.id)?.notes).toBe(p.notes);
  });

  it('lets another column changed since stay as it is (only the edit\'s own columns are compared)', () => {
    const p = demo.plot('Р-13');
    asA(() => updatePlotAttributes(demo.store, { plotId: p.id, patch: { notes: 'A' } }));
    asB(() => updatePlotAttributes(demo.store, { plotId: p.id, patch: { zone: 'green' } }));
    asA(() => undoEdit(demo.store));
    expect(demo.store.plots.get(p.id)).toMatchObject({ notes: p.notes, zone: 'green' });
  });

  it('refuses a redo over a change made since, like undo', () => {
    const p = demo.plot('Р-13');
    asA(() => updatePlotAttributes(demo.store, { plotId: p.id, patch: { notes: 'A' } }));
    asA(() => undoEdit(demo.store));
    asB(() => updatePlotAttributes(demo.store, { plotId: p.id, patch: { notes: 'B' } }));
    expect(refusalOf(() => asA(() => redoEdit(demo.store))).key).toBe('journal.redo.changedSince');
    expect(demo.store.plots.get(p.id)?.notes).toBe('B');
  });

  it('refuses to undo over a change GDAL wrote to the file (ogrinfo -sql UPDATE), leaving the file byte for byte', () => {
    const p = demo.plot('Р-13');
    asA(() => updatePlotAttributes(demo.store, { plotId: p.id, patch: { notes: 'ours' } }));
    demo.store.close();
    const gdal = spawnSync('/usr/bin/ogrinfo', [demo.file, '-sql', `UPDATE plots SET notes='x' WHERE fid=${p.id}`], { encoding: 'utf8' });
    expect(gdal.status, gdal.stderr).toBe(0);
    demo.store = openProject(demo.file);
    expect(demo.store.plots.get(p.id)?.notes).toBe('x');
    const before = demo.fileBytes();
    const refused = refusalOf(() => asA(() => undoEdit(demo.store)));
    expect(refused.asMessage).toEqual({
      key: 'journal.undo.changedSince',
      params: { feature: { key: 'journal.feature.plots', params: { name: 'Р-13' } }, field: { key: 'journal.field.notes', params: {} } },
    });
    expect(demo.fileBytes().equals(before)).toBe(true);
    expect(demo.store.plots.get(p.id)?.notes).toBe('x');
  });

  it('lets any actor undo an entry journaled before actors were kept', () => {
    const p = demo.plot('Р-13');
    updatePlotAttributes(demo.store, { plotId: p.id, patch: { notes: 'old' } });
    // What migration 4 leaves on a row journaled by an older ParkPlan.
    demo.store.db.prepare('UPDATE edit_journal SET actor = NULL').run();
    expect(asA(() => editState(demo.store))).toMatchObject({ canUndo: true, undoLabel: 'Edit plot Р-13 (notes)' });
    asA(() => undoEdit(demo.store));
    expect(demo.store.plots.get(p.id)?.notes).toBe(p.notes);
  });
});
