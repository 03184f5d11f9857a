import { describe, expect, it } from 'vitest';
import type { MapLayers } from '../../../shared/contract/views';
import type { ParkId, PlotId } from '../../../shared/domain/ids';
import { selectedPlotFeature, selectionData } from './selectionSource';

const plot = (id: number): MapLayers['plots']['features'][number] => ({
  type: 'Feature',
  id,
  geometry: { type: 'Polygon', coordinates: [[[39.6, 54.7], [39.601, 54.7], [39.601, 54.701], [39.6, 54.7]]] },
  properties: {
    id: id as PlotId,
    parkId: 1 as ParkId,
    code: `Р-${id}`,
    status: 'free',
    zone: 'production',
    areaM2: 1000,
    areaHa: 0.1,
    areaM2Geodesic: 1000,
    areaM2Cadastral: null,
    areaCrs: null,
    areaInsideParkM2: 1000,
    areaOutsideParkM2: 0,
    residentId: null,
    residentName: null,
    cadastralNumber: null,
  },
});

const empty = { type: 'FeatureCollection', features: [] } as const;
const layers: MapLayers = { parks: empty, plots: { type: 'FeatureCollection', features: [plot(1), plot(2)] }, railSpurs: empty, utilityLines: empty, cadastralParcels: empty, rowFindings: [] };

describe('the selection source', () => {
  it('holds the selected plot alone, the very feature of the layers', () => {
    const feature = selectedPlotFeature(layers, 2 as PlotId);
    expect(feature).toBe(layers.plots.features[1]);
    expect(selectionData(feature).features).toEqual([layers.plots.features[1]]);
  });

  it('is empty with nothing selected or the selected plot gone', () => {
    expect(selectedPlotFeature(layers, null)).toBeNull();
    expect(selectedPlotFeature(layers, 9 as PlotId)).toBeNull();
    expect(selectionData(null)).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
