import { describe, expect, it } from 'vitest';
import type { SyncConflictView } from '../../../shared/contract/syncChannels';
import { conflictBounds, hasOutline, sideOutline } from './conflictOutlines';

const square = (west: number, south: number, size: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south]] as [number, number][]],
});

const conflict = (over: Partial<SyncConflictView>): SyncConflictView => ({
  id: 1, table: 'plots', fid: 7, feature: 'Р-13', kind: 'field', field: 'geom', mine: null, theirs: null, base: null,
  theirPlanner: 'Anna', reason: null, detectedAt: '2026-12-04T03:00:00Z', resolution: null, ...over,
});

describe('a conflict’s outlines', () => {
  it('takes a geometry field’s two values, and frames both', () => {
    const outline = conflict({ mine: square(39.7, 54.6, 0.01), theirs: square(39.705, 54.605, 0.01) });
    expect(sideOutline(outline, 'mine')).toEqual(square(39.7, 54.6, 0.01));
    const box = conflictBounds(outline)!;
    [39.7, 54.6, 39.715, 54.615].forEach((edge, index) => expect(box[index]).toBeCloseTo(edge, 12));
  });

  it('takes a whole row’s geom, and a deleted side has none', () => {
    const row = conflict({ kind: 'row', field: null, mine: { fid: 7, code: 'Р-13', geom: square(39.7, 54.6, 0.01) }, theirs: null });
    expect(sideOutline(row, 'mine')).toEqual(square(39.7, 54.6, 0.01));
    expect(sideOutline(row, 'theirs')).toBeNull();
    expect(conflictBounds(row)).toEqual([39.7, 54.6, 39.71, 54.61]);
  });

  it('has none for a field that is not an outline', () => {
    const notes = conflict({ field: 'notes', mine: 'Boris', theirs: 'Anna' });
    expect(hasOutline(notes)).toBe(false);
    expect(conflictBounds(notes)).toBeNull();
  });
});
