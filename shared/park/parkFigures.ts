import type { Allocation } from '../domain/allocation';
import type { Park } from '../domain/park';
import type { Plot } from '../domain/plot';
import type { ParkSummary } from '../contract/views';
import { plotAreaM2 } from '../crs/plotArea';
import { activeAllocationByPlot } from './activeAllocation';
import { landFigures } from './landParts';
import { plotInParkMeasure } from './plotInPark';

const SQUARE_METRES_PER_HECTARE = 10_000;

/**
 * A park's derived figures, never typed in: the land balance's glossary figures (the same landFigures
 * the dashboard and `report` read, only the plots' part inside the boundary) and the residents holding
 * a plot today.
 *
 * @example
 * parkFigures(park, plotsOfPark, allocations, '2026-11-26').land.parts.free // ha on offer
 */
export function parkFigures(park: Park, plots: readonly Plot[], allocations: readonly Allocation[], today: string): ParkSummary {
  const inPark = plotInParkMeasure(park);
  const boundaryM2 = plotAreaM2(park.boundary, park.cadastralCrs);
  const measured = plots.map((plot) => ({ plot, ...inPark(plot.geometry) }));
  const land = landFigures(boundaryM2, measured.map(({ plot, insideM2, outsideM2 }) => ({ status: plot.status, zone: plot.zone, insideM2, outsideM2 })));
  const outsidePlots = measured.flatMap(({ plot, outsideM2 }) => (outsideM2 > 0 ? [{ plotId: plot.id, code: plot.code, outsideM2 }] : []));
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
    boundaryAreaHa: boundaryM2 / SQUARE_METRES_PER_HECTARE,
    areaCrs: park.cadastralCrs,
    plotCount: plots.length,
    land,
    outsidePlots,
    residentCount: residents.size,
  };
}
