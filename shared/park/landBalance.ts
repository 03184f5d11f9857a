import type { Park } from '../domain/park';
import type { Plot, PlotStatus, PlotZone } from '../domain/plot';
import { PLOT_STATUSES } from '../domain/plot';
import { plotAreaM2 } from '../crs/plotArea';

const SQUARE_METRES_PER_HECTARE = 10_000;

/** Zones that carry the park's own infrastructure (substations, treatment works, roads, green buffers). */
export const INFRASTRUCTURE_ZONES: ReadonlySet<PlotZone> = new Set(['utility', 'green', 'road']);

/** Statuses that count as occupied: held by a resident (allocated, built) or held for one (reserved). */
export const OCCUPIED_STATUSES: ReadonlySet<PlotStatus> = new Set(['reserved', 'allocated', 'built']);

/** The park's land balance (баланс территории), all in hectares of WGS84 geodesic area. */
export interface LandBalance {
  /** Area inside the park boundary. */
  readonly boundaryHa: number;
  /** Plot area by plot status; every status is present, 0 when no plot has it. */
  readonly byStatus: Readonly<Record<PlotStatus, number>>;
  /** Plots that are infrastructure by status or by zone (utility, green, road): not for residents. */
  readonly infrastructureHa: number;
  /** Plots available to residents: every plot that is not infrastructure. */
  readonly residentLandHa: number;
  /** Resident land that is reserved, allocated or built. */
  readonly occupiedHa: number;
  /**
   * Boundary minus the area of all plots: land not yet cut into plots. Negative when plots overlap
   * each other or reach outside the boundary, which the validation findings name.
   */
  readonly unallocatedHa: number;
  /** occupiedHa / residentLandHa × 100, or null when the park has no resident land yet. */
  readonly occupancyPct: number | null;
}

/**
 * True for a plot residents can hold: neither status `infrastructure` nor a zone of the park's own
 * infrastructure (utility, green, road).
 *
 * @example
 * isResidentLand({ status: 'free', zone: 'production' }); // true
 * isResidentLand({ status: 'free', zone: 'road' });       // false
 */
export function isResidentLand(plot: Pick<Plot, 'status' | 'zone'>): boolean {
  return plot.status !== 'infrastructure' && !INFRASTRUCTURE_ZONES.has(plot.zone);
}

/**
 * The park's land balance from its boundary and plots (plots of other parks are ignored).
 *
 * Occupancy, as a planner reads it in a park's passport: the share of the land offered to residents
 * that is taken or promised. Numerator: resident land with status reserved, allocated or built.
 * Denominator: resident land, i.e. all plots except infrastructure (status `infrastructure`, or zone
 * utility, green or road), whatever their status. Unplotted land and infrastructure count in neither,
 * so roads and buffers do not make a full park look half empty.
 *
 * @example
 * const balance = landBalance(park, plots);
 * balance.byStatus.free;   // ha still on offer
 * balance.occupancyPct;    // e.g. 87.5 — «Рязанский» is nearly full
 */
export function landBalance(park: Park, plots: readonly Plot[]): LandBalance {
  const byStatus = Object.fromEntries(PLOT_STATUSES.map((status) => [status, 0])) as Record<PlotStatus, number>;
  let plotsHa = 0;
  let infrastructureHa = 0;
  let occupiedHa = 0;
  for (const plot of plots) {
    if (plot.parkId !== park.id) continue;
    const ha = plotAreaM2(plot.geometry, park.cadastralCrs) / SQUARE_METRES_PER_HECTARE;
    plotsHa += ha;
    byStatus[plot.status] += ha;
    if (!isResidentLand(plot)) infrastructureHa += ha;
    else if (OCCUPIED_STATUSES.has(plot.status)) occupiedHa += ha;
  }
  const boundaryHa = plotAreaM2(park.boundary, park.cadastralCrs) / SQUARE_METRES_PER_HECTARE;
  const residentLandHa = plotsHa - infrastructureHa;
  return {
    boundaryHa,
    byStatus,
    infrastructureHa,
    residentLandHa,
    occupiedHa,
    unallocatedHa: boundaryHa - plotsHa,
    occupancyPct: residentLandHa > 0 ? (occupiedHa / residentLandHa) * 100 : null,
  };
}
