import type { ProjectSeed } from '../../shared/domain/projectSeed';
import type { PlotStatus, PlotZone } from '../../shared/domain/plot';

/** Row types of the project seed, named for the generator's own use. */
export type SeedPark = ProjectSeed['parks'][number];
export type SeedPlot = ProjectSeed['plots'][number];
export type SeedResident = ProjectSeed['residents'][number];
export type SeedAllocation = ProjectSeed['allocations'][number];
export type SeedRailSpur = ProjectSeed['railSpurs'][number];
export type SeedUtilityLine = ProjectSeed['utilityLines'][number];
export type SeedUtilityConnection = ProjectSeed['utilityConnections'][number];
export type SeedCapacity = ProjectSeed['capacities'][number];

/** What a plot of the plan is for and who holds it (a resident key), before it gets a code and geometry. */
export interface PlotUse {
  readonly zone: PlotZone;
  readonly status: PlotStatus;
  readonly holder: string | null;
  readonly notes: string;
}

/** A laid-out plot: its use, code and closed WGS84 ring. */
export interface LaidOutPlot {
  readonly code: string;
  readonly use: PlotUse;
  readonly ring: SeedPlot['geometry']['coordinates'][number];
}
