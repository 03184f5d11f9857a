import type { Allocation } from '../domain/allocation';
import type { ResidentId } from '../domain/ids';
import type { Park } from '../domain/park';
import type { Plot } from '../domain/plot';
import type { RailSpur } from '../domain/railSpur';
import type { Resident, ResidentStatus } from '../domain/resident';
import { RESIDENT_STATUSES } from '../domain/resident';
import type { ParkCapacity, UtilityConnection } from '../domain/utility';
import { plotAreaM2 } from '../crs/plotArea';
import { activeAllocationByPlot } from './activeAllocation';
import { isResidentLand, landBalance, type LandBalance } from './landBalance';
import { DEFAULT_RAIL_THRESHOLD_M, railAccess } from './railAccess';
import { utilityBalance, withPlotPark, type NetworkBalance } from './utilityBalance';

const SQUARE_METRES_PER_HECTARE = 10_000;

/** The project's domain arrays; each may hold other parks' rows, which the report leaves out. */
export interface ParkReportInput {
  readonly park: Park;
  readonly plots: readonly Plot[];
  readonly residents: readonly Resident[];
  readonly allocations: readonly Allocation[];
  readonly connections: readonly UtilityConnection[];
  readonly capacities: readonly ParkCapacity[];
  readonly spurs: readonly RailSpur[];
  /** ISO date (YYYY-MM-DD) the active allocations are taken on. */
  readonly today: string;
  /** Rail-served distance in metres; 50 m by default (see railAccess). */
  readonly railThresholdM?: number;
}

/** One sector's line in the balance sheet: residents holding land in the park today. */
export interface SectorFigures {
  readonly sector: string;
  /** Geodesic area of the plots the sector's residents hold in this park, in hectares. */
  readonly areaHa: number;
  /** Jobs planned, summed over the sector's residents (a missing figure counts 0). */
  readonly jobs: number;
  /** Planned investment in millions of roubles, summed likewise. */
  readonly investmentMRub: number;
  readonly residentCount: number;
}

/** A park's balance sheet as data, for the dashboard, the report export and the CLI. */
export interface ParkReport {
  readonly park: string;
  /** The park's cadastral CRS key the areas are planar in; null when they are geodesic (WGS84). */
  readonly areaCrs: string | null;
  readonly landBalance: LandBalance;
  readonly occupancyPct: number | null;
  readonly utilities: readonly NetworkBalance[];
  readonly railServedPlots: { readonly count: number; readonly codes: readonly string[] };
  readonly residents: Readonly<Record<ResidentStatus, number>>;
  readonly sectors: readonly SectorFigures[];
}

/**
 * The balance sheet of one park: land balance and occupancy (landBalance), capacity per network
 * (utilityBalance), rail-served resident plots (railAccess with the park's spurs; infrastructure and
 * road plots are not counted), residents by status and the figures per sector.
 *
 * Residents counted by status are those with any allocation on the park's plots, past, present or
 * future, so a resident that left still shows as `left`; a prospect without an allocation belongs to
 * no park yet and is not counted. Sector figures come from residents holding an active allocation in
 * the park on `today`. Jobs and investment are the company's figures: a resident active in two parks
 * shows them in both reports. Sectors are sorted by area, largest first.
 *
 * @example
 * const report = parkReport({ park, plots, residents, allocations, connections, capacities, spurs, today: '2026-11-26' });
 * report.sectors[0]; // { sector: 'Канцелярские товары', areaHa: 12.4, jobs: 310, investmentMRub: 1450, residentCount: 4 }
 */
export function parkReport(input: ParkReportInput): ParkReport {
  const { park, today } = input;
  const plots = input.plots.filter((plot) => plot.parkId === park.id);
  const plotById = new Map(plots.map((plot) => [plot.id, plot]));
  const spurs = input.spurs.filter((spur) => spur.parkId === park.id);
  const balance = landBalance(park, plots);

  const access = railAccess(plots.filter(isResidentLand), spurs, input.railThresholdM ?? DEFAULT_RAIL_THRESHOLD_M);
  const servedCodes = access.plots
    .filter((row) => row.railServed)
    .map((row) => plotById.get(row.plotId)?.code ?? '')
    .sort((a, b) => a.localeCompare(b, 'ru', { numeric: true }));

  const residentById = new Map(input.residents.map((resident) => [resident.id, resident]));
  const linked = new Set<ResidentId>();
  for (const allocation of input.allocations) {
    if (plotById.has(allocation.plotId)) linked.add(allocation.residentId);
  }
  const residents = Object.fromEntries(RESIDENT_STATUSES.map((status) => [status, 0])) as Record<ResidentStatus, number>;
  for (const id of linked) {
    const resident = residentById.get(id);
    if (resident !== undefined) residents[resident.status] += 1;
  }

  // Area held today per resident, then summed per sector with each resident's own figures once.
  const heldM2 = new Map<ResidentId, number>();
  for (const [plotId, allocation] of activeAllocationByPlot(input.allocations, today)) {
    const plot = plotById.get(plotId);
    if (plot === undefined) continue;
    heldM2.set(allocation.residentId, (heldM2.get(allocation.residentId) ?? 0) + plotAreaM2(plot.geometry, park.cadastralCrs));
  }
  const bySector = new Map<string, { areaHa: number; jobs: number; investmentMRub: number; residentCount: number }>();
  for (const [residentId, areaM2] of heldM2) {
    const resident = residentById.get(residentId);
    if (resident === undefined) continue;
    const sector = bySector.get(resident.sector) ?? { areaHa: 0, jobs: 0, investmentMRub: 0, residentCount: 0 };
    sector.areaHa += areaM2 / SQUARE_METRES_PER_HECTARE;
    sector.jobs += resident.jobsPlanned ?? 0;
    sector.investmentMRub += resident.investmentMRub ?? 0;
    sector.residentCount += 1;
    bySector.set(resident.sector, sector);
  }
  const sectors = [...bySector]
    .map(([sector, figures]) => ({ sector, ...figures }))
    .sort((a, b) => b.areaHa - a.areaHa || a.sector.localeCompare(b.sector, 'ru'));

  return {
    park: park.name,
    areaCrs: park.cadastralCrs,
    landBalance: balance,
    occupancyPct: balance.occupancyPct,
    utilities: utilityBalance(park.id, input.capacities, withPlotPark(input.connections, plots)),
    railServedPlots: { count: servedCodes.length, codes: servedCodes },
    residents,
    sectors,
  };
}
