import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../../shared/contract/changeSet';
import type { MapLayers } from '../../../shared/contract/views';
import type { Position } from '../../../shared/domain/geometry';
import type { ParkId, PlotId } from '../../../shared/domain/ids';
import { createSnapIndex } from '../../../shared/geometry/snapIndex';
import { snapPosition } from '../../../shared/geometry/snapPosition';
import { applyChangeSet, loadedProject, type ProjectState } from '../project/projectChanges';
import { createSnapTargetKeeper } from './snapTargetKeeper';
import { snapFeatures } from './snapTargets';

const NONE = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null, depth: 0 };
const empty = { type: 'FeatureCollection' as const, features: [] };

/** A 0.001° square plot at column `column`, shifted north by `north` degrees. */
function plot(id: number, parkId: number, column: number, north = 0) {
  const [w, s] = [39.6 + column * 0.002, 54.6 + north];
  return {
    type: 'Feature' as const,
    id,
    geometry: { type: 'Polygon' as const, coordinates: [[[w, s], [w + 0.001, s], [w + 0.001, s + 0.001], [w, s + 0.001], [w, s]]] as Position[][] },
    properties: {
      id: id as PlotId, parkId: parkId as ParkId, code: `P-${id}`, status: 'free' as const, zone: 'production' as const, areaM2: 1, areaHa: 0,
      areaM2Geodesic: 1, areaM2Cadastral: null, areaCrs: null, areaInsideParkM2: 1, areaOutsideParkM2: 0, residentId: null, residentName: null, cadastralNumber: null,
    },
  };
}

const layers: MapLayers = { parks: empty, plots: { type: 'FeatureCollection', features: [plot(1, 1, 0), plot(2, 1, 1), plot(3, 2, 2)] }, railSpurs: empty, utilityLines: empty, cadastralParcels: empty, rowFindings: [] };
const step = (state: ProjectState, seq: number, plots: NonNullable<ChangeSet['layers']['plots']>): ProjectState => applyChangeSet(state, { seq, layers: { plots }, tables: [], edit: NONE });
const at = (state: ProjectState, keeper: ReturnType<typeof createSnapTargetKeeper>, parkId: ParkId | null) => keeper.at(state.layers, state.version, state.diff, parkId);
/** Where a cursor on a corner of plot 2's first place snaps to. */
const corner: Position = [39.6021, 54.6];

describe('the snap target keeper', () => {
  it('updates the index of the step before for a one-step change, and snaps as an index built afresh', () => {
    const keeper = createSnapTargetKeeper();
    const first = loadedProject('p.gpkg', layers, NONE);
    const before = at(first, keeper, 1 as ParkId);
    const moved = step(first, 1, { upserted: [plot(2, 1, 1, 0.01)], removed: [] });
    const after = at(moved, keeper, 1 as ParkId);
    expect(after.base).toBe(before.base);
    expect([...after.changed.keys()]).toEqual(['plot:2']);
    const fresh = createSnapIndex(snapFeatures(moved.layers, 1 as ParkId));
    for (const cursor of [corner, [39.6021, 54.61] as Position, [39.6001, 54.6] as Position]) {
      expect(snapPosition(cursor, after, 10, 1)).toEqual(snapPosition(cursor, fresh, 10, 1));
    }
    expect(snapPosition(corner, after, 10, 1).kind).toBe('none');
  });

  it('takes a plot removed, and leaves out another park’s plots even when they change', () => {
    const keeper = createSnapTargetKeeper();
    const first = loadedProject('p.gpkg', layers, NONE);
    at(first, keeper, 1 as ParkId);
    const next = step(first, 1, { upserted: [plot(3, 2, 2, 0.01)], removed: [1] });
    const set = at(next, keeper, 1 as ParkId);
    expect(set.changed.size).toBe(0);
    expect(set.superseded).toEqual(new Set(['plot:1', 'plot:3']));
    expect(snapPosition([39.6001, 54.6], set, 10, 1).kind).toBe('none');
  });

  it('indexes whole for another park or a step it did not see', () => {
    const keeper = createSnapTargetKeeper();
    const first = loadedProject('p.gpkg', layers, NONE);
    const one = at(first, keeper, 1 as ParkId);
    expect(at(first, keeper, 1 as ParkId)).toBe(one);
    const other = at(first, keeper, 2 as ParkId);
    expect(other.base).not.toBe(one.base);
    const skipped = step(step(first, 1, { upserted: [plot(3, 2, 2, 0.01)], removed: [] }), 2, { upserted: [plot(3, 2, 2, 0.02)], removed: [] });
    const fresh = at(skipped, keeper, 2 as ParkId);
    expect(fresh.base).not.toBe(other.base);
    expect(fresh.changed.size).toBe(0);
  });
});
