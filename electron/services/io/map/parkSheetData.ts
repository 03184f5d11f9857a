import type { Allocation } from '../../../../shared/domain/allocation';
import type { CadastralParcel } from '../../../../shared/domain/cadastralParcel';
import type { Position } from '../../../../shared/domain/geometry';
import type { ParkId, ResidentId } from '../../../../shared/domain/ids';
import type { Park } from '../../../../shared/domain/park';
import type { Plot } from '../../../../shared/domain/plot';
import type { RailSpur } from '../../../../shared/domain/railSpur';
import type { Resident } from '../../../../shared/domain/resident';
import type { UtilityLine } from '../../../../shared/domain/utility';
import { plotAreaM2 } from '../../../../shared/crs/plotArea';
import { activeAllocationByPlot } from '../../../../shared/park/activeAllocation';
import type { ProjectSnapshot } from '../../project/projectSnapshot';

/** A plot as the sheet shows it: its area as a planner reads it (the park's МСК where it has one) and who holds it today, under which agreement. */
export interface SheetPlot {
  readonly plot: Plot;
  readonly areaHa: number;
  readonly allocation: Allocation | null;
  readonly resident: Resident | null;
}

/** One park's share of the project, read for one date. */
export interface ParkSheetData {
  readonly park: Park;
  readonly plots: readonly SheetPlot[];
  /** Residents holding at least one plot of the park today, by name. */
  readonly residents: readonly Resident[];
  readonly railSpurs: readonly RailSpur[];
  readonly utilityLines: readonly UtilityLine[];
  /** The park's ЕГРН parcels when the sheet is asked to show them; empty otherwise. */
  readonly parcels: readonly CadastralParcel[];
}

const byCode = (a: SheetPlot, b: SheetPlot): number => a.plot.code.localeCompare(b.plot.code, 'ru', { numeric: true });

/**
 * The park's plots with areas and today's holders, and the residents that hold them.
 *
 * @example
 * parkSheetData(snapshot, parkId, '2026-11-26').residents.length; // 18 for the «Рязанский» demo
 */
export function parkSheetData(snapshot: ProjectSnapshot, parkId: ParkId, today: string, withParcels = false): ParkSheetData {
  const park = snapshot.parks.find((candidate) => candidate.id === parkId);
  if (park === undefined) throw new RangeError(`No park with id ${parkId} in the project`);
  const active = activeAllocationByPlot(snapshot.allocations, today);
  const residentById = new Map<ResidentId, Resident>(snapshot.residents.map((resident) => [resident.id, resident]));
  const plots = snapshot.plots
    .filter((plot) => plot.parkId === parkId)
    .map((plot): SheetPlot => {
      const allocation = active.get(plot.id) ?? null;
      return {
        plot,
        areaHa: plotAreaM2(plot.geometry, park.cadastralCrs) / 10_000,
        allocation,
        resident: allocation === null ? null : (residentById.get(allocation.residentId) ?? null),
      };
    })
    .sort(byCode);
  const holders = new Map<ResidentId, Resident>();
  for (const { resident } of plots) if (resident !== null) holders.set(resident.id, resident);
  return {
    park,
    plots,
    residents: [...holders.values()].sort((a, b) => a.name.localeCompare(b.name, 'ru')),
    railSpurs: snapshot.railSpurs.filter((spur) => spur.parkId === parkId),
    utilityLines: snapshot.utilityLines.filter((line) => line.parkId === parkId),
    parcels: withParcels ? snapshot.cadastralParcels.filter((parcel) => parcel.parkId === parkId).sort((a, b) => a.cadastralNumber.localeCompare(b.cadastralNumber)) : [],
  };
}

/** Every vertex of the park boundary: what the sheet must show. */
export function boundaryPositions(park: Park): Position[] {
  const polygons = park.boundary.type === 'Polygon' ? [park.boundary.coordinates] : park.boundary.coordinates;
  return polygons.flatMap((rings) => rings.flatMap((ring) => [...ring]));
}
