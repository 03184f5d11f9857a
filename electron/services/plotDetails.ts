import type { PlotDetails } from '../../shared/contract/views';
import type { PlotId } from '../../shared/domain/ids';
import { geodesicArea } from '../../shared/geometry/geodesicArea';
import { geodesicPerimeter } from '../../shared/geometry/geodesicLength';
import { cadastralArea } from '../../shared/crs/cadastralArea';
import { isCadastralZone } from '../../shared/crs/cadastralZones';
import { activeAllocationByPlot } from '../../shared/park/activeAllocation';
import { NotFoundError } from './errors';
import type { ProjectSnapshot } from './projectSnapshot';

/** Everything the details panel shows for one plot, with geodesic and cadastral figures. */
export function describePlot(snapshot: ProjectSnapshot, plotId: PlotId, today: string): PlotDetails {
  const plot = snapshot.plots.find((candidate) => candidate.id === plotId);
  if (plot === undefined) throw new NotFoundError(`Plot ${plotId} does not exist`);
  const park = snapshot.parks.find((candidate) => candidate.id === plot.parkId);
  if (park === undefined) throw new NotFoundError(`Park ${plot.parkId} of plot ${plot.code} does not exist`);
  const allocation = activeAllocationByPlot(
    snapshot.allocations.filter((candidate) => candidate.plotId === plot.id),
    today,
  ).get(plot.id);
  const resident = allocation && snapshot.residents.find((candidate) => candidate.id === allocation.residentId);
  const areaM2 = geodesicArea(plot.geometry);
  const zone = park.cadastralCrs;
  return {
    id: plot.id,
    parkId: park.id,
    parkName: park.name,
    code: plot.code,
    cadastralNumber: plot.cadastralNumber,
    status: plot.status,
    zone: plot.zone,
    notes: plot.notes,
    areaM2,
    areaHa: areaM2 / 10_000,
    perimeterM: geodesicPerimeter(plot.geometry),
    cadastralAreaM2: zone !== null && isCadastralZone(zone) ? cadastralArea(plot.geometry, zone) : null,
    vertexCount: plot.geometry.coordinates.reduce((sum, ring) => sum + ring.length - 1, 0),
    resident:
      allocation && resident
        ? {
            name: resident.name,
            sector: resident.sector,
            kind: allocation.kind,
            agreementNo: allocation.agreementNo,
            startDate: allocation.startDate,
          }
        : null,
  };
}
