import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../../shared/contract/changeSet';
import type { MapLayers } from '../../../shared/contract/views';
import type { ParkId, PlotId } from '../../../shared/domain/ids';
import { applyChangeSet, loadedProject } from './projectChanges';
import { message } from '../../../shared/messages/message';

const EDIT = { canUndo: true, canRedo: false, undoLabel: message('edit.deletePlot', { code: 'П-1' }), redoLabel: null, depth: 1 };
const NONE = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null, depth: 0 };
const park = 1 as ParkId;
const empty = { type: 'FeatureCollection' as const, features: [] };

function plot(id: number, areaM2: number, status: 'free' | 'allocated' = 'free') {
  return {
    type: 'Feature' as const,
    id,
    geometry: { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] as [number, number][][] },
    properties: {
      id: id as PlotId, parkId: park, code: `P-${id}`, status, zone: 'production' as const, areaM2, areaHa: areaM2 / 10_000,
      areaM2Geodesic: areaM2, areaM2Cadastral: null, areaCrs: null, areaInsideParkM2: areaM2, areaOutsideParkM2: 0, residentId: null, residentName: null, cadastralNumber: null,
    },
  };
}

const layers: MapLayers = {
  parks: { type: 'FeatureCollection', features: [{ type: 'Feature', id: 1, geometry: { type: 'Polygon', coordinates: [] }, properties: { id: park, name: 'P', region: 'R', illustrative: true, declaredAreaHa: null, boundaryAreaHa: 10, cadastralCrs: null, codePrefix: 'Н-' } }] },
  plots: { type: 'FeatureCollection', features: [plot(1, 10_000), plot(2, 20_000), plot(3, 30_000)] },
  railSpurs: empty,
  utilityLines: empty,
  cadastralParcels: empty,
  rowFindings: [],
};

const change = (seq: number, partial: Partial<ChangeSet>): ChangeSet => ({ seq, layers: {}, tables: [], edit: EDIT, ...partial });

describe('applyChangeSet', () => {
  const start = loadedProject('p.gpkg', layers, NONE);

  it('replaces an updated plot in place, drops a removed one, appends an inserted one', () => {
    const next = applyChangeSet(start, change(1, { layers: { plots: { upserted: [plot(2, 25_000, 'allocated'), plot(9, 5_000)], removed: [3] } } }));
    expect(next.layers.plots.features.map((f) => [f.id, f.properties.areaM2])).toEqual([[1, 10_000], [2, 25_000], [9, 5_000]]);
    expect(next.edit).toEqual(EDIT);
    expect(next.diff?.plots?.removed).toEqual([3]);
  });

  it('derives the summary again from the plots', () => {
    const next = applyChangeSet(start, change(1, { layers: { plots: { upserted: [plot(2, 25_000, 'allocated')], removed: [] } } }));
    expect(start.summary.parks[0]?.plotCount).toBe(3);
    expect(start.summary.parks[0]?.land.parts).toMatchObject({ free: 6, allocated: 0 });
    expect(next.summary.parks[0]?.land.parts).toMatchObject({ free: 4, allocated: 2.5, unplotted: 3.5 });
  });

  it('moves on the stamps of what changed only', () => {
    const next = applyChangeSet(start, change(1, { tables: ['allocations'] }));
    expect(next.stamps.allocations).toBeGreaterThan(start.stamps.allocations);
    expect(next.stamps.residents).toBe(start.stamps.residents);
    expect(next.stamps.plots).toBe(start.stamps.plots);
  });

  it('stamps the plots a change set touched, for the details panel', () => {
    const next = applyChangeSet(start, change(1, { layers: { plots: { upserted: [plot(2, 1)], removed: [] } } }));
    expect(next.plotStamps.get(2)).toBe(next.version);
    expect(next.plotStamps.has(1)).toBe(false);
  });

  it('drops a change set it has already applied (the answer, then the same push)', () => {
    const once = applyChangeSet(start, change(4, { layers: { plots: { upserted: [plot(1, 1)], removed: [] } } }));
    expect(applyChangeSet(once, change(4, { layers: { plots: { upserted: [], removed: [1] } } }))).toBe(once);
    expect(applyChangeSet(once, change(3, {}))).toBe(once);
  });

  it('leaves the state it was given as it was', () => {
    applyChangeSet(start, change(1, { layers: { plots: { upserted: [], removed: [1, 2, 3] } } }));
    expect(start.layers.plots.features).toHaveLength(3);
  });
});
