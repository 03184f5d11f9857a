import type { MapLayers } from '../../../shared/contract/views';
import { plotAreaFigures } from '../../../shared/crs/plotArea';
import { activeAllocationByPlot } from '../../../shared/park/activeAllocation';
import { parkFeature, plotFeature, railSpurFeature, utilityLineFeature } from './mapFeatures';
import type { ProjectSnapshot } from './projectSnapshot';

/**
 * The project as GeoJSON layers for the map, each feature carrying its derived figures: a plot's areaM2 is
 * the one a planner reads (the park's МСК area rounded as the ЕГРН rounds, else geodesic).
 */
export function buildMapLayers(snapshot: ProjectSnapshot, today: string): MapLayers {
  const residentNames = new Map(snapshot.residents.map((resident) => [resident.id, resident.name]));
  const active = activeAllocationByPlot(snapshot.allocations, today);
  const parkCrs = new Map(snapshot.parks.map((park) => [park.id, park.cadastralCrs]));
  const parks = new Map(snapshot.parks.map((park) => [park.id, park]));
  return {
    parks: { type: 'FeatureCollection', features: snapshot.parks.map(parkFeature) },
    plots: {
      type: 'FeatureCollection',
      features: snapshot.plots.map((plot) => {
        const allocation = active.get(plot.id);
        return plotFeature(plot, parks.get(plot.parkId) ?? null, allocation, allocation === undefined ? null : (residentNames.get(allocation.residentId) ?? null));
      }),
    },
    railSpurs: { type: 'FeatureCollection', features: snapshot.railSpurs.map(railSpurFeature) },
    cadastralParcels: {
      type: 'FeatureCollection',
      features: snapshot.cadastralParcels.map((parcel) => ({
        type: 'Feature',
        id: parcel.id,
        geometry: parcel.geometry,
        properties: {
          id: parcel.id,
          parkId: parcel.parkId,
          cadastralNumber: parcel.cadastralNumber,
          declaredAreaM2: parcel.declaredAreaM2,
          areaM2: plotAreaFigures(parcel.geometry, parkCrs.get(parcel.parkId) ?? null).areaM2,
        },
      })),
    },
    utilityLines: { type: 'FeatureCollection', features: snapshot.utilityLines.map(utilityLineFeature) },
    rowFindings: snapshot.rowFindings,
  };
}
