import type { MapLayers } from '../../shared/contract/views';
import { plotAreaFigures } from '../../shared/crs/plotArea';
import { geodesicLength } from '../../shared/geometry/geodesicLength';
import { activeAllocationByPlot } from '../../shared/park/activeAllocation';
import type { ProjectSnapshot } from './projectSnapshot';

const HECTARE = 10_000;

/**
 * The project as GeoJSON layers for the map, each feature carrying its derived figures: a plot's areaM2 is
 * the one a planner reads (the park's МСК area rounded as the ЕГРН rounds, else geodesic).
 */
export function buildMapLayers(snapshot: ProjectSnapshot, today: string): MapLayers {
  const residentNames = new Map(snapshot.residents.map((resident) => [resident.id, resident.name]));
  const active = activeAllocationByPlot(snapshot.allocations, today);
  const parkCrs = new Map(snapshot.parks.map((park) => [park.id, park.cadastralCrs]));
  return {
    parks: {
      type: 'FeatureCollection',
      features: snapshot.parks.map((park) => ({
        type: 'Feature',
        id: park.id,
        geometry: park.boundary,
        properties: { id: park.id, name: park.name, boundaryAreaHa: plotAreaFigures(park.boundary, park.cadastralCrs).areaM2 / HECTARE, cadastralCrs: park.cadastralCrs },
      })),
    },
    plots: {
      type: 'FeatureCollection',
      features: snapshot.plots.map((plot) => {
        const figures = plotAreaFigures(plot.geometry, parkCrs.get(plot.parkId) ?? null);
        const areaM2 = figures.areaM2;
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
            areaM2Geodesic: figures.geodesicAreaM2,
            areaM2Cadastral: figures.cadastralAreaM2,
            areaCrs: figures.crs?.key ?? null,
            residentName: allocation === undefined ? null : (residentNames.get(allocation.residentId) ?? null),
            cadastralNumber: plot.cadastralNumber,
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
