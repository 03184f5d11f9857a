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

const plotFeature = (id: number, parkId: number, areaM2: number, status: PlotStatus, residentId: number | null, outsideM2 = 0) => ({
  type: 'Feature' as const,
  id,
  geometry: { type: 'Polygon' as const, coordinates: [] },
  properties: {
    id: id as PlotId, parkId: parkId as ParkId, code: `P-${id}`, status, zone: 'production' as const, areaM2, areaHa: areaM2 / 10_000,
    areaM2Geodesic: areaM2, areaM2Cadastral: null, areaCrs: null, areaInsideParkM2: areaM2 - outsideM2, areaOutsideParkM2: outsideM2, residentId: residentId as ResidentId | null, residentName: residentId === null ? null : `R${residentId}`, cadastralNumber: null,
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
      plotFeature(5, 1, 8_000, 'free', null, 6_000), // pasted across the boundary: 6 000 m² outside
    ],
  },
};

describe('summarizeLayers', () => {
  it('adds up a park’s plots into the glossary’s parts as parkFigures does, only the part inside', () => {
    const [ryazan] = summarizeLayers('p.gpkg', { ...layers, rowFindings: [] }).parks;
    expect(ryazan).toMatchObject({ plotCount: 5, boundaryAreaHa: 559.5, declaredAreaHa: 560 });
    expect(ryazan?.land.parts).toEqual({ free: 1.7, reserved: 0.5, allocated: 2, built: 1, infrastructure: 0, unplotted: 559.5 - 5.2 });
    expect(ryazan?.land.occupiedHa).toBeCloseTo(3.5, 9);
    expect(ryazan?.land.outsideHa).toBeCloseTo(0.6, 9);
  });

  it('names the plots reaching outside the park with their part outside', () => {
    expect(summarizeLayers('p.gpkg', { ...layers, rowFindings: [] }).parks[0]?.outsidePlots).toEqual([{ plotId: 5, code: 'P-5', outsideM2: 6_000 }]);
  });

  it('counts each resident holding a plot once, the reserved one too', () => {
    expect(summarizeLayers('p.gpkg', { ...layers, rowFindings: [] }).parks[0]?.residentCount).toBe(2);
  });

  it('keeps a park without plots, with zeros', () => {
    expect(summarizeLayers('p.gpkg', { ...layers, rowFindings: [] }).parks[1]).toMatchObject({ name: 'Карандаш', plotCount: 0, residentCount: 0, outsidePlots: [] });
  });
});
