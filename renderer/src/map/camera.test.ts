import { describe, expect, it } from 'vitest';
import type { MapLayers } from '../../../shared/contract/views';
import type { ParkId, PlotId } from '../../../shared/domain/ids';
import type { PolygonGeometry } from '../../../shared/domain/geometry';
import { cameraMove, startCamera } from './camera';

const square = (x: number, y: number, size: number): PolygonGeometry => ({
  type: 'Polygon',
  coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]],
});

const layers: MapLayers = {
  parks: {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', id: 1, geometry: square(39.5, 54.75, 0.25), properties: { id: 1 as ParkId, name: 'Рязанский', region: '', illustrative: true, declaredAreaHa: null, boundaryAreaHa: 560, cadastralCrs: null, codePrefix: 'Н-' } },
      { type: 'Feature', id: 2, geometry: square(40, 54.5, 0.125), properties: { id: 2 as ParkId, name: 'Карандаш', region: '', illustrative: true, declaredAreaHa: null, boundaryAreaHa: 20, cadastralCrs: null, codePrefix: 'Н-' } },
    ],
  },
  plots: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 7,
        geometry: square(39.5, 54.75, 0.0625),
        properties: { id: 7 as PlotId, parkId: 1 as ParkId, code: 'Р-07', status: 'free', zone: 'production', areaM2: 1, areaHa: 1, areaM2Geodesic: 1, areaM2Cadastral: null, areaCrs: null, areaInsideParkM2: 1, areaOutsideParkM2: 0, residentId: null, residentName: null, cadastralNumber: null },
      },
    ],
  },
  railSpurs: { type: 'FeatureCollection', features: [] },
  utilityLines: { type: 'FeatureCollection', features: [] },
  cadastralParcels: { type: 'FeatureCollection', features: [] },
  rowFindings: [],
};

describe('cameraMove', () => {
  it('frames all parks at start without animation', () => {
    expect(cameraMove({ target: 'all', seq: 0 }, layers)).toEqual({
      bounds: [[39.5, 54.5], [40.125, 55]],
      maxZoom: 16,
      motion: 'jump',
    });
  });

  it('flies to a park', () => {
    const move = cameraMove({ target: 'park', parkId: 2 as ParkId, seq: 3 }, layers);
    expect(move?.motion).toBe('fly');
    expect(move?.bounds).toEqual([[40, 54.5], [40.125, 54.625]]);
  });

  it('eases to a plot, framed with its neighbours around it', () => {
    const move = cameraMove({ target: 'plot', plotId: 7 as PlotId, seq: 4 }, layers);
    // The plot spans 0.0625° each way; three quarters of that is added on every side.
    expect(move).toMatchObject({ motion: 'ease', bounds: [[39.453125, 54.703125], [39.609375, 54.859375]] });
  });

  it('is null for a plot the layers do not hold', () => {
    expect(cameraMove({ target: 'plot', plotId: 99 as PlotId, seq: 5 }, layers)).toBeNull();
  });
});

describe('startCamera', () => {
  it('frames all parks when they lie close together', () => {
    expect(startCamera(layers, 1 as ParkId)).toEqual({ target: 'all', seq: 0 });
  });

  it('frames the first park when the parks are too far apart to read together', () => {
    const farApart: MapLayers = {
      ...layers,
      parks: {
        type: 'FeatureCollection',
        features: layers.parks.features.map((feature, index) =>
          index === 1 ? { ...feature, geometry: square(59.75, 58.625, 0.125) } : feature,
        ),
      },
    };
    expect(startCamera(farApart, 1 as ParkId)).toEqual({ target: 'park', parkId: 1, seq: 0 });
  });

  it('jumps rather than flies to the first park', () => {
    expect(cameraMove({ target: 'park', parkId: 1 as ParkId, seq: 0 }, layers)?.motion).toBe('jump');
  });
});
