import { describe, expect, it } from 'vitest';
import { mergeRow, sameRow } from './rowMerge';

const square = { type: 'Polygon', coordinates: [[[39.6, 54.7], [39.61, 54.7], [39.61, 54.71], [39.6, 54.7]]] } as const;
const moved = { type: 'Polygon', coordinates: [[[39.6, 54.7], [39.62, 54.7], [39.61, 54.71], [39.6, 54.7]]] } as const;
const base = { fid: 7, code: 'П-7', status: 'free', notes: '', geom: square };

describe('mergeRow', () => {
  it('sends a field changed here to the server and one changed there to this copy: a merge, no conflict', () => {
    const merge = mergeRow(base, { ...base, status: 'reserved' }, { ...base, notes: 'road access' });
    expect(merge.server).toEqual({ kind: 'update', columns: { status: 'reserved' } });
    expect(merge.local).toEqual({ kind: 'update', columns: { notes: 'road access' } });
    expect(merge.conflicts).toEqual([]);
    expect(merge.base).toEqual({ ...base, status: 'reserved', notes: 'road access' });
  });

  it('lists the same field changed on both sides to different values, keeping both, writing it nowhere', () => {
    const merge = mergeRow(base, { ...base, notes: 'mine', status: 'reserved' }, { ...base, notes: 'theirs' });
    expect(merge.conflicts).toEqual([{ field: 'notes', base: '', mine: 'mine', theirs: 'theirs' }]);
    expect(merge.server).toEqual({ kind: 'update', columns: { status: 'reserved' } });
    expect(merge.local).toEqual({ kind: 'none' });
    // The server keeps its notes: that is the base now, so the next sync does not push this copy's notes.
    expect(merge.base?.['notes']).toBe('theirs');
  });

  it('treats the outline as one field: moved on both sides is a conflict, moved on one a merge', () => {
    expect(mergeRow(base, { ...base, geom: moved }, { ...base, geom: { ...moved, coordinates: [[...moved.coordinates[0]!.slice(0, 3), [39.6, 54.7]]] } }).conflicts.map((c) => c.field)).toEqual([]);
    const other = { type: 'Polygon', coordinates: [[[39.6, 54.7], [39.63, 54.7], [39.61, 54.71], [39.6, 54.7]]] } as const;
    expect(mergeRow(base, { ...base, geom: moved }, { ...base, geom: other }).conflicts.map((c) => c.field)).toEqual(['geom']);
    expect(mergeRow(base, { ...base, geom: moved }, base).server).toEqual({ kind: 'update', columns: { geom: moved } });
  });

  it('agrees silently when both sides made the same change', () => {
    const merge = mergeRow(base, { ...base, status: 'built' }, { ...base, status: 'built' });
    expect(merge).toMatchObject({ server: { kind: 'none' }, local: { kind: 'none' }, conflicts: [] });
  });

  it('inserts a row added on one side into the other, and deletes one deleted on one side only', () => {
    expect(mergeRow(null, base, null).server).toEqual({ kind: 'insert', row: base });
    expect(mergeRow(null, null, base).local).toEqual({ kind: 'insert', row: base });
    expect(mergeRow(base, null, base).server).toEqual({ kind: 'delete' });
    expect(mergeRow(base, base, null).local).toEqual({ kind: 'delete' });
    expect(mergeRow(base, null, null)).toMatchObject({ base: null, server: { kind: 'none' }, local: { kind: 'none' } });
  });

  it('makes a row deleted on one side and changed on the other a conflict of the row, deleting nothing', () => {
    const changed = { ...base, notes: 'theirs' };
    const merge = mergeRow(base, null, changed);
    expect(merge.conflicts).toEqual([{ field: null, base, mine: null, theirs: changed }]);
    expect(merge).toMatchObject({ server: { kind: 'none' }, local: { kind: 'none' } });
    expect(mergeRow(base, changed, null).conflicts).toEqual([{ field: null, base, mine: changed, theirs: null }]);
  });

  it('holds a field under review: not pushed, not pulled, its newest server value reported', () => {
    const hold = { row: false, fields: new Set(['notes']) };
    const merge = mergeRow({ ...base, notes: 'theirs' }, { ...base, notes: 'mine' }, { ...base, notes: 'theirs again', zone: 'office' }, hold);
    expect(merge.server).toEqual({ kind: 'none' });
    expect(merge.local).toEqual({ kind: 'update', columns: { zone: 'office' } });
    expect(merge.heldChanges).toEqual([{ field: 'notes', theirs: 'theirs again' }]);
  });

  it('compares rows without their fid: a row another copy added has another fid here', () => {
    expect(sameRow({ ...base, fid: 1 }, { ...base, fid: 2 })).toBe(true);
    expect(sameRow(base, { ...base, notes: 'x' })).toBe(false);
  });
});
