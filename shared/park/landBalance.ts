import type { Park } from '../domain/park';
import type { Plot } from '../domain/plot';
import type { PlotId } from '../domain/ids';
import { plotAreaM2 } from '../crs/plotArea';
import { landFigures, type LandFigures } from './landParts';
import { plotInParkMeasure } from './plotInPark';

export { INFRASTRUCTURE_ZONES, isResidentLand } from './landParts';

/** A plot reaching past the park boundary: its part outside is left out of the balance. */
export interface PlotOutsidePark {
  readonly plotId: PlotId;
  readonly code: string;
  /** The part outside the boundary, m² (МСК planar where the park has a CRS, else geodesic). */
  readonly outsideM2: number;
  /** True when no part of the plot lies inside the park. */
  readonly wholly: boolean;
}

/**
 * The park's land balance (баланс территории): the figures of landParts.ts, in hectares of the
 * «Площадь» kind (planar in the park's МСК where it has one, else geodesic), with the plots that
 * reach outside the boundary named.
 */
export interface LandBalance extends LandFigures {
  /** The plots that reach outside, in the order given. */
  readonly outsidePlots: readonly PlotOutsidePark[];
}

/**
 * The park's land balance from its boundary and plots (plots of other parks are ignored), counting
 * only what lies inside the boundary: a plot half outside adds half its area, one pasted 1 km away none.
 *
 * Occupancy, as a planner reads it in a park's passport: the share of the land offered to residents
 * that is taken or promised. Numerator: resident land with status reserved, allocated or built.
 * Denominator: resident land, i.e. all plots except infrastructure (status `infrastructure`, or zone
 * utility, green or road), whatever their status. Unplotted land and infrastructure count in neither,
 * so roads and buffers do not make a full park look half empty.
 *
 * @example
 * const balance = landBalance(park, plots);
 * balance.parts.free;      // ha still on offer
 * balance.occupancyPct;    // e.g. 87.5 — «Рязанский» is nearly full
 */
export function landBalance(park: Park, plots: readonly Plot[]): LandBalance {
  const inPark = plotInParkMeasure(park);
  const outsidePlots: PlotOutsidePark[] = [];
  const land = plots
    .filter((plot) => plot.parkId === park.id)
    .map((plot) => {
      const measure = inPark(plot.geometry);
      if (measure.outsideM2 > 0) {
        outsidePlots.push({ plotId: plot.id, code: plot.code, outsideM2: measure.outsideM2, wholly: measure.insideM2 === 0 });
      }
      return { status: plot.status, zone: plot.zone, insideM2: measure.insideM2, outsideM2: measure.outsideM2 };
    });
  return { ...landFigures(plotAreaM2(park.boundary, park.cadastralCrs), land), outsidePlots };
}
