import type { Allocation } from '../domain/allocation';
import type { Park } from '../domain/park';
import type { Plot, PlotStatus } from '../domain/plot';
import type { ParkSummary } from '../contract/views';
import { plotAreaM2 } from '../crs/plotArea';
import { activeAllocationByPlot } from './activeAllocation';

const SQUARE_METRES_PER_HECTARE = 10_000;

/** Plot statuses whose land is taken by a resident; `reserved` is held but not yet taken. */
const ALLOCATED_STATUSES: ReadonlySet<PlotStatus> = new Set(['allocated', 'built']);

/**
 * A park's derived figures: geodesic areas in hectares, never typed in.
 * Allocated land is plots allocated or built; free land is plots with status free.
 *
 * @example
 * parkFigures(park, plotsOfPark, allocations, '2026-11-26').boundaryAreaHa // ≈ 560
 */
export function parkFigures(park: Park, plots: readonly Plot[], allocations: readonly Allocation[], today: string): ParkSummary {
  let plotArea = 0;
  let allocatedArea = 0;
  let freeArea = 0;
  for (const plot of plots) {
    const area = plotAreaM2(plot.geometry, park.cadastralCrs);
    plotArea += area;
    if (ALLOCATED_STATUSES.has(plot.status)) allocatedArea += area;
    if (plot.status === 'free') freeArea += area;
  }
  const plotIds = new Set(plots.map((plot) => plot.id));
  const residents = new Set<number>();
  for (const [plotId, allocation] of activeAllocationByPlot(allocations, today)) {
    if (plotIds.has(plotId)) residents.add(allocation.residentId);
  }
  return {
    id: park.id,
    name: park.name,
    region: park.region,
    illustrative: park.illustrative,
    declaredAreaHa: park.declaredAreaHa,
    boundaryAreaHa: plotAreaM2(park.boundary, park.cadastralCrs) / SQUARE_METRES_PER_HECTARE,
    plotCount: plots.length,
    plotAreaHa: plotArea / SQUARE_METRES_PER_HECTARE,
    allocatedAreaHa: allocatedArea / SQUARE_METRES_PER_HECTARE,
    freeAreaHa: freeArea / SQUARE_METRES_PER_HECTARE,
    residentCount: residents.size,
  };
}
