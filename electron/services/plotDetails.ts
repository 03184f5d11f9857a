import type { PlotDetails } from '../../shared/contract/views';
import type { PlotId } from '../../shared/domain/ids';
import { geodesicPerimeter } from '../../shared/geometry/geodesicLength';
import { plotAreaFigures } from '../../shared/crs/plotArea';
import { activeAllocationByPlot } from '../../shared/park/activeAllocation';
import { NotFoundError } from './errors';
import type { ProjectSnapshot } from './projectSnapshot';

/** Everything the details panel shows for one plot, with geodesic and cadastral figures. */
export function describePlot(snapshot: ProjectSnapshot, plotId: PlotId, today: string): PlotDetails {
  const plot = snapshot.plots.find((candidate) => candidate.id === plotId);
  if (plot === undefined) throw new NotFoundError('notFound.plot', { id: plotId });
  const park = snapshot.parks.find((candidate) => candidate.id === plot.parkId);
  if (park === undefined) throw new NotFoundError('notFound.parkOfPlot', { id: plot.parkId, code: plot.code });
  const allocation = activeAllocationByPlot(
    snapshot.allocations.filter((candidate) => candidate.plotId === plot.id),
    today,
  ).get(plot.id);
  const resident = allocation && snapshot.residents.find((candidate) => candidate.id === allocation.residentId);
  const figures = plotAreaFigures(plot.geometry, park.cadastralCrs);
  const areaM2 = figures.areaM2;
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
    geodesicAreaM2: figures.geodesicAreaM2,
    cadastralAreaM2: figures.cadastralAreaM2,
    areaCrsLabel: figures.crs?.shortLabel ?? null,
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
