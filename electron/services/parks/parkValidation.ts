import type { ParkValidationView, PlotFinding } from '../../../shared/contract/editViews';
import type { PolygonGeometry } from '../../../shared/domain/geometry';
import type { ParkId, PlotId } from '../../../shared/domain/ids';
import type { Park } from '../../../shared/domain/park';
import type { ParkValidation } from '../../../shared/validation/findings';
import { message } from '../../../shared/messages/message';
import { validatePark } from '../../../shared/validation/validatePark';
import type { ProjectStore } from '../../store/project';
import { expectPark } from '../project/editTargets';
import { envelopeAround } from '../plots/plotSurroundings';

/*
 * "Validate": the findings of shared/validation, flattened for the plot list and worded with plot
 * codes rather than ids.
 */

function flatten(validation: ParkValidation, codeOf: (id: PlotId) => string, only?: PlotId): PlotFinding[] {
  const flat: PlotFinding[] = [];
  for (const { plotId, findings } of validation.plots) {
    if (only !== undefined && plotId !== only) continue;
    const code = codeOf(plotId);
    for (const finding of findings) {
      switch (finding.kind) {
        case 'overlap':
          flat.push({
            plotId, kind: 'overlap', otherPlotId: finding.otherPlotId, areaM2: finding.overlapAreaM2,
            message: message('finding.overlapOf', { code, other: codeOf(finding.otherPlotId), area: Math.round(finding.overlapAreaM2) }),
          });
          break;
        case 'outside-boundary':
          flat.push({
            plotId, kind: 'outside-boundary', areaM2: finding.areaOutsideM2,
            message: message('finding.outsideOf', { code, area: Math.round(finding.areaOutsideM2) }),
          });
          break;
        default:
          flat.push({ plotId, kind: finding.kind, message: message('finding.ofPlot', { code, finding: finding.message }) });
      }
    }
  }
  return flat;
}

/** Every finding of a park's plots (outlines, boundary, overlaps with their areas). */
export function validateParkPlots(store: ProjectStore, parkId: ParkId): ParkValidationView {
  const park = expectPark(store, parkId);
  const plots = store.plots.listByPark(park.id);
  const codes = new Map(plots.map((plot) => [plot.id, plot.code]));
  const validation = validatePark(park, plots);
  return { parkId: park.id, checkedPlots: validation.checkedPlots, findings: flatten(validation, (id) => codes.get(id) ?? String(id)) };
}

/** The findings of one saved plot against the park boundary and the plots around it. */
export function findingsOfPlot(store: ProjectStore, park: Park, plot: { id: PlotId; code: string; geometry: PolygonGeometry }): PlotFinding[] {
  const neighbours = store.plotNeighbours.near(park.id, envelopeAround(plot.geometry), new Set([plot.id]));
  const codes = new Map<PlotId, string>([[plot.id, plot.code], ...neighbours.map((n) => [n.id, n.code] as const)]);
  const validation = validatePark(park, [plot, ...neighbours]);
  return flatten(validation, (id) => codes.get(id) ?? String(id), plot.id);
}
