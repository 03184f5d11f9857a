import { geodesicPerimeter } from '../../../../shared/geometry/geodesicLength';
import { buildMapLayers } from '../../project/mapLayers';
import type { ProjectSnapshot } from '../../project/projectSnapshot';

export type LayerName = 'parks' | 'plots' | 'rail_spurs' | 'utility_lines';

/**
 * Every feature of the project in one GeoJSON FeatureCollection, with a `layer` property naming its table
 * and the derived figures: plots carry areaM2 and areaHa (the «Площадь»: the park's МСК area rounded as the
 * ЕГРН rounds, else geodesic), areaM2Cadastral, areaM2Geodesic, areaCrs and perimeterM.
 */
export function projectToGeoJson(snapshot: ProjectSnapshot, today: string) {
  const layers = buildMapLayers(snapshot, today);
  const plots = new Map(snapshot.plots.map((plot) => [plot.id, plot]));
  const parkNames = new Map(snapshot.parks.map((park) => [park.id, park.name]));
  const tag = <P extends object>(layer: LayerName, properties: P) => ({ layer, ...properties });
  return {
    type: 'FeatureCollection' as const,
    features: [
      ...layers.parks.features.map((feature) => ({ ...feature, properties: tag('parks', feature.properties) })),
      ...layers.plots.features.map((feature) => {
        const plot = plots.get(feature.properties.id);
        return {
          ...feature,
          properties: tag('plots', {
            ...feature.properties,
            parkName: parkNames.get(feature.properties.parkId) ?? null,
            cadastralNumber: plot?.cadastralNumber ?? null,
            notes: plot?.notes ?? '',
            perimeterM: geodesicPerimeter(feature.geometry),
          }),
        };
      }),
      ...layers.railSpurs.features.map((feature) => ({ ...feature, properties: tag('rail_spurs', feature.properties) })),
      ...layers.utilityLines.features.map((feature) => ({ ...feature, properties: tag('utility_lines', feature.properties) })),
    ],
  };
}
