import { describe, expect, it } from 'vitest';
import type { MapLayers } from '../../../shared/contract/views';
import type { Position } from '../../../shared/domain/geometry';
import type { ParkId, PlotId } from '../../../shared/domain/ids';
import { createSnapIndex } from '../../../shared/geometry/snapIndex';
import { closeRing, exactVertices, metresPerPixel, snapFeatures } from './snapTargets';

const corner: Position = [39.60012345678901, 54.60098765432109];
const plotRing: Position[] = [[39.6, 54.6], [39.601, 54.6], corner, [39.6, 54.601], [39.6, 54.6]];
const parkRing: Position[] = [[39.59, 54.59], [39.61, 54.59], [39.61, 54.61], [39.59, 54.61], [39.59, 54.59]];

const layers = (parkId: number): MapLayers => ({
  parks: { type: 'FeatureCollection', features: [{ type: 'Feature', id: parkId, geometry: { type: 'Polygon', coordinates: [parkRing] }, properties: { id: parkId as ParkId, name: 'P', region: '', illustrative: true, declaredAreaHa: null, boundaryAreaHa: 1, cadastralCrs: null, codePrefix: 'Н-' } }] },
  plots: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 7,
        geometry: { type: 'Polygon', coordinates: [plotRing] },
        properties: { id: 7 as PlotId, parkId: parkId as ParkId, code: 'A-1', status: 'free', zone: 'production', areaM2: 1, areaHa: 0, areaM2Geodesic: 1, areaM2Cadastral: null, areaCrs: null, areaInsideParkM2: 1, areaOutsideParkM2: 0, residentId: null, residentName: null, cadastralNumber: null },
      },
    ],
  },
  railSpurs: { type: 'FeatureCollection', features: [] },
  utilityLines: { type: 'FeatureCollection', features: [] },
  cadastralParcels: { type: 'FeatureCollection', features: [] },
  rowFindings: [],
});

describe('snap targets', () => {
  it('takes the park boundary and plots of the current park only', () => {
    expect(snapFeatures(layers(1), 1 as ParkId).map((f) => f.id)).toEqual(['park:1', 'plot:7']);
    expect(snapFeatures(layers(1), 2 as ParkId)).toEqual([]);
  });

  it('puts a vertex rounded to 1e-9° back on the neighbour’s corner bit for bit and drops repeats', () => {
    const index = createSnapIndex(snapFeatures(layers(1), 1 as ParkId));
    const rounded: Position = [Math.round(corner[0] * 1e9) / 1e9, Math.round(corner[1] * 1e9) / 1e9];
    expect(rounded).not.toEqual(corner);
    const free: Position = [39.6005, 54.6005];
    expect(exactVertices([rounded, rounded, free], index)).toEqual([corner, free]);
  });

  it('closes a ring once', () => {
    expect(closeRing([[0, 0], [1, 0], [1, 1]])).toEqual([[0, 0], [1, 0], [1, 1], [0, 0]]);
    expect(closeRing([[0, 0], [1, 0], [1, 1], [0, 0]])).toEqual([[0, 0], [1, 0], [1, 1], [0, 0]]);
  });

  it('knows the ground size of a pixel at the park’s latitude', () => {
    // At zoom 0 one 512-px tile spans the equator; at 60° N it spans half as much.
    expect(metresPerPixel(0, 0)).toBeCloseTo(40075016.686 / 512, 3);
    expect(metresPerPixel(60, 1)).toBeCloseTo(40075016.686 / 512 / 4, 3);
  });
});
