import type { MapLayers, ParkSummary, PlotFeatureProps, ProjectSummary } from '../contract/views';
import { landFigures } from './landParts';

const HECTARE = 10_000;

/**
 * The header's per-park figures from the map layers alone, as parkFigures computes them from the rows:
 * the land balance's glossary figures from each plot's area inside the park (areaInsideParkM2),
 * residents those holding a plot today. The renderer recomputes them after each change set instead of
 * asking the whole project again.
 */
export function summarizeLayers(file: string, layers: Pick<MapLayers, 'parks' | 'plots' | 'rowFindings'>): ProjectSummary {
  const plotsByPark = new Map<number, PlotFeatureProps[]>();
  for (const { properties: plot } of layers.plots.features) {
    const list = plotsByPark.get(plot.parkId);
    if (list === undefined) plotsByPark.set(plot.parkId, [plot]);
    else list.push(plot);
  }
  const parks = layers.parks.features.map(({ properties: park }): ParkSummary => {
    const plots = plotsByPark.get(park.id) ?? [];
    const land = plots.map((plot) => ({
      status: plot.status,
      zone: plot.zone,
      insideM2: plot.areaInsideParkM2,
      outsideM2: plot.areaOutsideParkM2,
    }));
    const residents = new Set(plots.flatMap((plot) => (plot.residentId === null ? [] : [plot.residentId])));
    return {
      id: park.id,
      name: park.name,
      region: park.region,
      illustrative: park.illustrative,
      declaredAreaHa: park.declaredAreaHa,
      boundaryAreaHa: park.boundaryAreaHa,
      areaCrs: park.cadastralCrs,
      plotCount: plots.length,
      land: landFigures(park.boundaryAreaHa * HECTARE, land),
      outsidePlots: plots.flatMap((plot) => (plot.areaOutsideParkM2 > 0 ? [{ plotId: plot.id, code: plot.code, outsideM2: plot.areaOutsideParkM2 }] : [])),
      residentCount: residents.size,
    };
  });
  return { file, parks, rowFindings: layers.rowFindings };
}
