import type { MapLayers } from '../../shared/contract/views';
import { geodesicArea } from '../../shared/geometry/geodesicArea';
import { geodesicLength } from '../../shared/geometry/geodesicLength';
import { activeAllocationByPlot } from '../../shared/park/activeAllocation';
import type { ProjectSnapshot } from './projectSnapshot';

const HECTARE = 10_000;

/** The project as GeoJSON layers for the map, each feature carrying its derived geodesic figures. */
export function buildMapLayers(snapshot: ProjectSnapshot, today: string): MapLayers {
  const residentNames = new Map(snapshot.residents.map((resident) => [resident.id, resident.name]));
  const active = activeAllocationByPlot(snapshot.allocations, today);
  return {
    parks: {
      type: 'FeatureCollection',
      features: snapshot.parks.map((park) => ({
        type: 'Feature',
        id: park.id,
        geometry: park.boundary,
        properties: { id: park.id, name: park.name, boundaryAreaHa: geodesicArea(park.boundary) / HECTARE, cadastralCrs: park.cadastralCrs },
      })),
    },
    plots: {
      type: 'FeatureCollection',
      features: snapshot.plots.map((plot) => {
        const areaM2 = geodesicArea(plot.geometry);
        const allocation = active.get(plot.id);
        return {
          type: 'Feature',
          id: plot.id,
          geometry: plot.geometry,
          properties: {
            id: plot.id,
            parkId: plot.parkId,
            code: plot.code,
            status: plot.status,
            zone: plot.zone,
            areaM2,
            areaHa: areaM2 / HECTARE,
            residentName: allocation === undefined ? null : (residentNames.get(allocation.residentId) ?? null),
          },
        };
      }),
    },
    railSpurs: {
      type: 'FeatureCollection',
      features: snapshot.railSpurs.map((spur) => ({
        type: 'Feature',
        id: spur.id,
        geometry: spur.geometry,
        properties: {
          id: spur.id,
          parkId: spur.parkId,
          name: spur.name,
          status: spur.status,
          station: spur.station,
          lengthM: geodesicLength(spur.geometry.coordinates),
        },
      })),
    },
    utilityLines: {
      type: 'FeatureCollection',
      features: snapshot.utilityLines.map((line) => ({
        type: 'Feature',
        id: line.id,
        geometry: line.geometry,
        properties: {
          id: line.id,
          parkId: line.parkId,
          name: line.name,
          network: line.network,
          capacity: line.capacity,
          serviceClass: line.serviceClass,
          status: line.status,
          lengthM: geodesicLength(line.geometry.coordinates),
        },
      })),
    },
  };
}
