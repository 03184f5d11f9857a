import type { MapLayers, ParkSummary, ProjectSummary } from '../contract/views';

const HECTARE = 10_000;

/**
 * The header's per-park figures from the map layers alone, as parkFigures computes them from the rows:
 * allocated land is plots allocated or built, free land plots free, residents those holding a plot today.
 * The renderer recomputes them after each change set instead of asking the whole project again.
 */
export function summarizeLayers(file: string, layers: Pick<MapLayers, 'parks' | 'plots' | 'rowFindings'>): ProjectSummary {
  const totals = new Map<number, { plotCount: number; plotArea: number; allocatedArea: number; freeArea: number; residents: Set<number> }>();
  for (const { properties: plot } of layers.plots.features) {
    let park = totals.get(plot.parkId);
    if (park === undefined) totals.set(plot.parkId, (park = { plotCount: 0, plotArea: 0, allocatedArea: 0, freeArea: 0, residents: new Set() }));
    park.plotCount += 1;
    park.plotArea += plot.areaM2;
    if (plot.status === 'allocated' || plot.status === 'built') park.allocatedArea += plot.areaM2;
    if (plot.status === 'free') park.freeArea += plot.areaM2;
    if (plot.residentId !== null) park.residents.add(plot.residentId);
  }
  const parks = layers.parks.features.map(({ properties: park }): ParkSummary => {
    const figures = totals.get(park.id);
    return {
      id: park.id,
      name: park.name,
      region: park.region,
      illustrative: park.illustrative,
      declaredAreaHa: park.declaredAreaHa,
      boundaryAreaHa: park.boundaryAreaHa,
      plotCount: figures?.plotCount ?? 0,
      plotAreaHa: (figures?.plotArea ?? 0) / HECTARE,
      allocatedAreaHa: (figures?.allocatedArea ?? 0) / HECTARE,
      freeAreaHa: (figures?.freeArea ?? 0) / HECTARE,
      residentCount: figures?.residents.size ?? 0,
    };
  });
  return { file, parks, rowFindings: layers.rowFindings };
}
