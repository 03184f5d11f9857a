import { describe, expect, it } from 'vitest';
import type { ParkId } from '../../shared/domain/ids';
import type { Park } from '../../shared/domain/park';
import { buildMapLayers } from './mapLayers';

const park = (id: number, cadastralCrs: string | null): Park => ({
  id: id as ParkId,
  name: `Парк ${id}`,
  region: 'Рязанская область',
  declaredAreaHa: null,
  cadastralCrs,
  illustrative: true,
  boundary: { type: 'Polygon', coordinates: [[[39.6, 54.7], [39.61, 54.7], [39.61, 54.71], [39.6, 54.71], [39.6, 54.7]]] },
});

describe('map layers', () => {
  it("gives each park feature the park's cadastral zone, so the vertex table opens in it", () => {
    // Zone 2 on a boundary at 39.6° E, where a guess from the longitude would say zone 1.
    const snapshot = { parks: [park(1, 'MSK-62-2'), park(2, null)], plots: [], residents: [], allocations: [], railSpurs: [], utilityLines: [] };
    const layers = buildMapLayers(snapshot, '2026-11-26');
    expect(layers.parks.features.map((feature) => feature.properties.cadastralCrs)).toEqual(['MSK-62-2', null]);
  });
});
