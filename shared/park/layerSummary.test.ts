import { describe, expect, it } from 'vitest';
import type { MapLayers } from '../contract/views';
import type { ParkId, PlotId, ResidentId } from '../domain/ids';
import type { PlotStatus } from '../domain/plot';
import { summarizeLayers } from './layerSummary';

const parkFeature = (id: number, name: string) => ({
  type: 'Feature' as const,
  id,
  geometry: { type: 'Polygon' as const, coordinates: [] },
  properties: { id: id as ParkId, name, region: 'Рязанская область', illustrative: true, declaredAreaHa: 560, boundaryAreaHa: 559.5, cadastralCrs: null, codePrefix: 'Н-' },
});

const plotFeature = (id: number, parkId: number, areaM2: number, status: PlotStatus, residentId: number | null) => ({
  type: 'Feature' as const,
  id,
  geometry: { type: 'Polygon' as const, coordinates: [] },
  properties: {
    id: id as PlotId, parkId: parkId as ParkId, code: `P-${id}`, status, zone: 'production' as const, areaM2, areaHa: areaM2 / 10_000,
    areaM2Geodesic: areaM2, areaM2Cadastral: null, areaCrs: null, residentId: residentId as ResidentId | null, residentName: residentId === null ? null : `R${residentId}`, cadastralNumber: null,
  },
});

const layers: Pick<MapLayers, 'parks' | 'plots'> = {
  parks: { type: 'FeatureCollection', features: [parkFeature(1, 'Рязанский'), parkFeature(2, 'Карандаш')] },
  plots: {
    type: 'FeatureCollection',
    features: [
      plotFeature(1, 1, 20_000, 'allocated', 7),
      plotFeature(2, 1, 10_000, 'built', 7),
      plotFeature(3, 1, 5_000, 'reserved', 8),
      plotFeature(4, 1, 15_000, 'free', null),
    ],
  },
};

describe('summarizeLayers', () => {
  it('adds up a park’s plots as parkFigures does: allocated or built is allocated, free is free', () => {
    const [ryazan] = summarizeLayers('p.gpkg', { ...layers, rowFindings: [] }).parks;
    expect(ryazan).toMatchObject({ plotCount: 4, plotAreaHa: 5, allocatedAreaHa: 3, freeAreaHa: 1.5, boundaryAreaHa: 559.5, declaredAreaHa: 560 });
  });

  it('counts each resident holding a plot once, the reserved one too', () => {
    expect(summarizeLayers('p.gpkg', { ...layers, rowFindings: [] }).parks[0]?.residentCount).toBe(2);
  });

  it('keeps a park without plots, with zeros', () => {
    expect(summarizeLayers('p.gpkg', { ...layers, rowFindings: [] }).parks[1]).toMatchObject({ name: 'Карандаш', plotCount: 0, plotAreaHa: 0, residentCount: 0 });
  });
});
