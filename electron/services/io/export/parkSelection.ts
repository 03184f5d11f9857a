import type { ParkId } from '../../../../shared/domain/ids';
import type { Park } from '../../../../shared/domain/park';
import type { ProjectSnapshot } from '../../project/projectSnapshot';

/**
 * The part of a project that belongs to some parks: their plots, spurs and lines, the allocations of
 * those plots (history included) and the residents holding or having held them. Residents belong to no
 * park, so one with no allocation in the chosen parks (a prospect) is left out of a narrowed export.
 *
 * @example
 * const ryazansky = snapshotOfParks(snapshot, [ryazanskyPark]);
 */
export function snapshotOfParks(snapshot: ProjectSnapshot, parks: readonly Park[]): ProjectSnapshot {
  const parkIds = new Set<ParkId>(parks.map((park) => park.id));
  const plots = snapshot.plots.filter((plot) => parkIds.has(plot.parkId));
  const plotIds = new Set(plots.map((plot) => plot.id));
  const allocations = snapshot.allocations.filter((allocation) => plotIds.has(allocation.plotId));
  const residentIds = new Set(allocations.map((allocation) => allocation.residentId));
  return {
    parks: snapshot.parks.filter((park) => parkIds.has(park.id)),
    plots,
    residents: snapshot.residents.filter((resident) => residentIds.has(resident.id)),
    allocations,
    railSpurs: snapshot.railSpurs.filter((spur) => parkIds.has(spur.parkId)),
    utilityLines: snapshot.utilityLines.filter((line) => parkIds.has(line.parkId)),
    cadastralParcels: snapshot.cadastralParcels.filter((parcel) => parkIds.has(parcel.parkId)),
    // About the file, not a park: kept whole.
    rowFindings: snapshot.rowFindings,
    settings: snapshot.settings,
  };
}
