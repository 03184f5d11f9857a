import { NO_PROJECT_SETTINGS } from '../../../shared/domain/projectSettings';
import { describe, expect, it } from 'vitest';
import { cadastralArea } from '../../../shared/crs/cadastralArea';
import type { CadastralParcel, CadastralParcelId } from '../../../shared/domain/cadastralParcel';
import type { ParkId } from '../../../shared/domain/ids';
import type { Park } from '../../../shared/domain/park';
import { buildMapLayers } from './mapLayers';

const park = (id: number, cadastralCrs: string | null): Park => ({
  id: id as ParkId,
  name: `Парк ${id}`,
  region: 'Рязанская область',
  declaredAreaHa: null,
  cadastralCrs,
  illustrative: true, codePrefix: 'Н-',
  boundary: { type: 'Polygon', coordinates: [[[39.6, 54.7], [39.61, 54.7], [39.61, 54.71], [39.6, 54.71], [39.6, 54.7]]] },
});

describe('map layers', () => {
  it("gives each park feature the park's cadastral zone, so the vertex table opens in it", () => {
    // Zone 2 on a boundary at 39.6° E, where a guess from the longitude would say zone 1.
    const snapshot = { parks: [park(1, 'MSK-62-2'), park(2, null)], plots: [], residents: [], allocations: [], railSpurs: [], utilityLines: [], cadastralParcels: [], rowFindings: [], settings: NO_PROJECT_SETTINGS };
    const layers = buildMapLayers(snapshot, '2026-11-26');
    expect(layers.parks.features.map((feature) => feature.properties.cadastralCrs)).toEqual(['MSK-62-2', null]);
  });

  it('draws the ЕГРН parcels with their number, the declared area and ours in the park’s МСК', () => {
    const parcel: CadastralParcel = {
      id: 7 as CadastralParcelId, parkId: 1 as ParkId, cadastralNumber: '62:15:0060201:101', declaredAreaM2: 45_800, areaInaccuracyM2: 75,
      category: '', permittedUse: '', address: '', state: '06', source: 'kpt.xml (KPT_v10)', sourceCrs: 'MSK-62-1',
      geometry: { type: 'MultiPolygon', coordinates: [[[[39.601, 54.701], [39.604, 54.701], [39.604, 54.7025], [39.601, 54.7025], [39.601, 54.701]]]] },
    };
    const snapshot = { parks: [park(1, 'MSK-62-1')], plots: [], residents: [], allocations: [], railSpurs: [], utilityLines: [], cadastralParcels: [parcel], rowFindings: [], settings: NO_PROJECT_SETTINGS };
    const [feature] = buildMapLayers(snapshot, '2026-11-26').cadastralParcels.features;
    expect(feature?.properties).toEqual({ id: 7, parkId: 1, cadastralNumber: '62:15:0060201:101', declaredAreaM2: 45_800, areaM2: Math.round(cadastralArea(parcel.geometry, 'MSK-62-1')) });
    expect(feature?.geometry).toBe(parcel.geometry);
  });
});
