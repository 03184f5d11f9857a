import type { RowFinding } from '../../../shared/contract/views';
import type { Plot } from '../../../shared/domain/plot';
import { message } from '../../../shared/messages/message';
import { findSelfIntersections, selfIntersectionMessage } from '../../../shared/validation/selfIntersections';
import type { ProjectStore } from '../../store/project';

/*
 * What is wrong with rows another tool wrote into the project: a geometry that is not the table's (a
 * MultiPolygon plot), a SpatiaLite blob, one that does not decode, a plot outline that crosses itself.
 * The rest of the project is read regardless; these are named by table and fid, for info, report,
 * export and the plot list.
 */

/**
 * Plots whose outline crosses itself: ParkPlan never writes one, so another tool did, and its area (the
 * signed parts cancelling) would read as a silent near-zero. Read and shown, and named as a finding.
 */
export function selfCrossingPlots(plots: readonly Plot[]): RowFinding[] {
  const findings: RowFinding[] = [];
  for (const plot of plots) {
    for (const ring of plot.geometry.coordinates) {
      const crossings = findSelfIntersections(ring);
      if (crossings.length === 0) continue;
      findings.push({ table: 'plots', fid: plot.id, name: plot.code, problem: message('unreadable.selfCrossing', { crossing: selfIntersectionMessage(crossings) }), read: true });
      break;
    }
  }
  return findings;
}

const TABLE_ORDER: readonly RowFinding['table'][] = ['plots', 'rail_spurs', 'utility_lines', 'cadastral_parcels'];

/** The findings in the order a planner reads them: by table, then by fid. */
export const inFileOrder = (findings: readonly RowFinding[]): RowFinding[] =>
  [...findings].sort((a, b) => TABLE_ORDER.indexOf(a.table) - TABLE_ORDER.indexOf(b.table) || a.fid - b.fid);

/** The findings on the whole file, for a command that does not read the snapshot (report). */
export function readRowFindings(store: ProjectStore): RowFinding[] {
  return store.read(() => {
    const plots = store.plots.readAll();
    return inFileOrder([...plots.findings, ...selfCrossingPlots(plots.items), ...store.railSpurs.readAll().findings, ...store.utilityLines.readAll().findings, ...store.cadastralParcels.readAll().findings]);
  });
}
