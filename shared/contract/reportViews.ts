import type { ParkId, PlotId, RailSpurId, UtilityLineId } from '../domain/ids';
import type { UtilityConnection } from '../domain/utility';
import type { RailSpurStatus } from '../domain/railSpur';
import type { ZoneNetwork } from '../park/protectionZones';
import type { ParkReport } from '../park/parkReport';

/** A resident plot's access to the railway. */
export interface PlotRailAccessView {
  readonly plotId: PlotId;
  readonly code: string;
  readonly nearestSpurId: RailSpurId | null;
  readonly nearestSpurName: string | null;
  /** Geodesic distance to the nearest spur in metres (0 when it touches the plot), null without spurs. */
  readonly distanceM: number | null;
  readonly railServed: boolean;
}

/** A spur with its geodesic length and the resident plots it serves. */
export interface SpurServiceView {
  readonly spurId: RailSpurId;
  readonly name: string;
  readonly status: RailSpurStatus;
  readonly lengthM: number;
  readonly servedPlotCodes: readonly string[];
}

/** A plot reaching into the protection zone of a utility line or a spur. */
export interface ProtectionZoneConflictView {
  readonly plotId: PlotId;
  readonly plotCode: string;
  readonly lineKind: 'utility' | 'rail';
  readonly lineId: UtilityLineId | RailSpurId;
  readonly lineName: string;
  readonly network: ZoneNetwork;
  readonly halfWidthM: number;
  /** Geodesic area of the plot inside the zone, m². */
  readonly overlapM2: number;
}

/** A plot's connection to a network, with the plot's code for the planner to read. */
export interface UtilityConnectionView extends UtilityConnection {
  readonly plotCode: string;
}

/**
 * The park's balance sheet (see shared/park/parkReport.ts for the figures and their definitions) with
 * the rail access of each resident plot and spur, and the protection-zone conflicts.
 */
export interface ParkBalanceSheet extends ParkReport {
  readonly parkId: ParkId;
  /** The date active allocations were taken on. */
  readonly today: string;
  readonly railThresholdM: number;
  readonly railAccess: {
    readonly plots: readonly PlotRailAccessView[];
    readonly spurs: readonly SpurServiceView[];
  };
  readonly protectionZones: readonly ProtectionZoneConflictView[];
  /** The connections of the park's plots that the utility balance sums, ordered by plot code and network. */
  readonly connections: readonly UtilityConnectionView[];
}
