import type { ParkBalanceSheet } from '../../../shared/contract/reportViews';
import type { ParkId } from '../../../shared/domain/ids';
import type { Park } from '../../../shared/domain/park';
import { isResidentLand } from '../../../shared/park/landBalance';
import { parkReport, type ParkReportInput } from '../../../shared/park/parkReport';
import { DEFAULT_PROTECTION_ZONES, protectionZoneConflicts, type ProtectionZoneTable } from '../../../shared/park/protectionZones';
import { DEFAULT_RAIL_THRESHOLD_M, railAccess } from '../../../shared/park/railAccess';
import type { UtilityLine } from '../../../shared/domain/utility';
import type { ProjectStore } from '../../store/project';
import { NotFoundError } from '../refusals/notFoundError';

/** How the planner asked to judge rail access and protection zones; both default to the regulations' figures. */
export interface BalanceSheetOptions {
  readonly railThresholdM?: number;
  readonly protectionZones?: ProtectionZoneTable;
}

/** Everything the balance sheets of a project read, taken in one transaction so the figures agree. */
export interface BalanceSheetData extends Omit<ParkReportInput, 'park' | 'today' | 'railThresholdM'> {
  readonly parks: readonly Park[];
  readonly lines: readonly UtilityLine[];
}

export function readBalanceSheetData(store: ProjectStore): BalanceSheetData {
  return store.read(() => ({
    parks: store.parks.list(),
    plots: store.plots.list(),
    residents: store.residents.list(),
    allocations: store.allocations.list(),
    connections: store.utilityConnections.list(),
    capacities: store.parkCapacities.list(),
    spurs: store.railSpurs.list(),
    lines: store.utilityLines.list(),
  }));
}

/**
 * One park's balance sheet: the figures of shared/park/parkReport.ts, and beside them the rail access of
 * each resident plot and each spur (against the same threshold) and the protection-zone conflicts, with
 * the names and codes a planner reads.
 */
export function balanceSheetOf(data: BalanceSheetData, park: Park, today: string, options: BalanceSheetOptions = {}): ParkBalanceSheet {
  const railThresholdM = options.railThresholdM ?? DEFAULT_RAIL_THRESHOLD_M;
  const plots = data.plots.filter((plot) => plot.parkId === park.id);
  const spurs = data.spurs.filter((spur) => spur.parkId === park.id);
  const lines = data.lines.filter((line) => line.parkId === park.id);
  const codeOf = new Map(plots.map((plot) => [plot.id, plot.code]));
  const spurById = new Map(spurs.map((spur) => [spur.id, spur]));
  const lineNames = new Map(lines.map((line) => [line.id, line.name]));

  const report = parkReport({ ...data, park, today, railThresholdM });
  // The same plots the report counts as rail-served: resident land only.
  const access = railAccess(plots.filter(isResidentLand), spurs, railThresholdM);
  const conflicts = protectionZoneConflicts(plots, lines, spurs, options.protectionZones ?? DEFAULT_PROTECTION_ZONES);
  const connections = data.connections
    .filter((connection) => codeOf.has(connection.plotId))
    .map((connection) => ({ ...connection, plotCode: codeOf.get(connection.plotId) ?? `#${connection.plotId}` }))
    .sort((a, b) => a.plotCode.localeCompare(b.plotCode, 'ru', { numeric: true }) || a.network.localeCompare(b.network) || a.id - b.id);

  return {
    ...report,
    parkId: park.id,
    today,
    railThresholdM,
    railAccess: {
      plots: access.plots.map((row) => ({
        ...row,
        code: codeOf.get(row.plotId) ?? `#${row.plotId}`,
        nearestSpurName: row.nearestSpurId === null ? null : (spurById.get(row.nearestSpurId)?.name ?? null),
      })),
      spurs: access.spurs.map((row) => ({
        spurId: row.spurId,
        name: spurById.get(row.spurId)?.name ?? `#${row.spurId}`,
        status: spurById.get(row.spurId)?.status ?? 'planned',
        lengthM: row.lengthM,
        servedPlotCodes: row.servedPlotIds.map((id) => codeOf.get(id) ?? `#${id}`),
      })),
    },
    protectionZones: conflicts.map((conflict) => ({
      ...conflict,
      plotCode: codeOf.get(conflict.plotId) ?? `#${conflict.plotId}`,
      lineName: (conflict.lineKind === 'rail' ? spurById.get(conflict.lineId)?.name : lineNames.get(conflict.lineId)) ?? `#${conflict.lineId}`,
    })),
    connections,
  };
}

/** The balance sheet of the park with this id, as the dashboard asks for it. */
export function parkBalanceSheet(store: ProjectStore, parkId: ParkId, today: string, options: BalanceSheetOptions = {}): ParkBalanceSheet {
  const data = readBalanceSheetData(store);
  const park = data.parks.find((candidate) => candidate.id === parkId);
  if (park === undefined) throw new NotFoundError('notFound.park', { id: parkId });
  return balanceSheetOf(data, park, today, options);
}
