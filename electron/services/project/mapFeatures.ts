import type { MapLayers } from '../../../shared/contract/views';
import type { Allocation } from '../../../shared/domain/allocation';
import type { Park } from '../../../shared/domain/park';
import type { Plot } from '../../../shared/domain/plot';
import type { RailSpur } from '../../../shared/domain/railSpur';
import type { UtilityLine } from '../../../shared/domain/utility';
import { plotAreaFigures } from '../../../shared/crs/plotArea';
import { geodesicLength } from '../../../shared/geometry/geodesicLength';
import { plotInParkMeasure, type PlotInPark } from '../../../shared/park/plotInPark';

/*
 * One map feature from one stored row, with its derived figures: the whole-project layers and a write's
 * change set build features with the same functions, so a feature updated in place reads as a fresh load.
 */

const HECTARE = 10_000;

type FeatureOf<L extends Exclude<keyof MapLayers, 'rowFindings'>> = MapLayers[L]['features'][number];

export function parkFeature(park: Park): FeatureOf<'parks'> {
  return {
    type: 'Feature',
    id: park.id,
    geometry: park.boundary,
    properties: {
      id: park.id,
      name: park.name,
      region: park.region,
      illustrative: park.illustrative,
      declaredAreaHa: park.declaredAreaHa,
      boundaryAreaHa: plotAreaFigures(park.boundary, park.cadastralCrs).areaM2 / HECTARE,
      cadastralCrs: park.cadastralCrs,
      codePrefix: park.codePrefix,
    },
  };
}

type ParkArea = Pick<Park, 'boundary' | 'cadastralCrs'>;

// One prepared boundary per park row read: a whole-project load measures every plot against it.
const measures = new WeakMap<ParkArea, (geometry: Plot['geometry']) => PlotInPark>();
function inParkOf(park: ParkArea): (geometry: Plot['geometry']) => PlotInPark {
  let measure = measures.get(park);
  if (measure === undefined) measures.set(park, (measure = plotInParkMeasure(park)));
  return measure;
}

/**
 * A plot with its areas in its park's cadastral CRS, the part outside the park boundary, and the resident
 * of its active allocation. `park` is null only for a plot whose park row is gone (then nothing is outside).
 */
export function plotFeature(plot: Plot, park: ParkArea | null, allocation: Allocation | undefined, residentName: string | null): FeatureOf<'plots'> {
  const figures = plotAreaFigures(plot.geometry, park?.cadastralCrs ?? null);
  const areaM2 = figures.areaM2;
  const inPark = park === null ? { insideM2: areaM2, outsideM2: 0 } : inParkOf(park)(plot.geometry);
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
      areaInsideParkM2: inPark.insideM2,
      areaOutsideParkM2: inPark.outsideM2,
      residentId: allocation === undefined ? null : allocation.residentId,
      residentName: allocation === undefined ? null : residentName,
      cadastralNumber: plot.cadastralNumber,
    },
  };
}

export function railSpurFeature(spur: RailSpur): FeatureOf<'railSpurs'> {
  return {
    type: 'Feature',
    id: spur.id,
    geometry: spur.geometry,
    properties: { id: spur.id, parkId: spur.parkId, name: spur.name, status: spur.status, station: spur.station, lengthM: geodesicLength(spur.geometry.coordinates) },
  };
}

export function utilityLineFeature(line: UtilityLine): FeatureOf<'utilityLines'> {
  return {
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
  };
}
