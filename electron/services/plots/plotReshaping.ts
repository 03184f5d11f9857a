import type { PlotMergeRequest, PlotSplitRequest, PlotSubdivideRequest } from '../../../shared/contract/editRequests';
import type { PlotEdited, PlotsEdited } from '../../../shared/contract/editViews';
import type { PolygonGeometry } from '../../../shared/domain/geometry';
import type { PlotId } from '../../../shared/domain/ids';
import type { Plot } from '../../../shared/domain/plot';
import { mergePolygons } from '../../../shared/geometry/mergePolygons';
import { splitPolygon } from '../../../shared/geometry/splitPolygon';
import { subdividePolygon } from '../../../shared/geometry/subdividePolygon';
import type { ProjectStore } from '../../store/project';
import { editState, recordEdit } from '../journal/editJournal';
import { allocationCount, expectPlot, refuseIfHeld } from '../project/editTargets';
import { pieceCodes } from './plotCodes';
import { RefusedError } from '../refusals/refusedError';
import { message, type Message, type MessageKey } from '../../../shared/messages/message';

/*
 * Split, subdivide and merge. The geometry is shared/geometry's; here the pieces become plots in one
 * transaction. The first piece keeps the original's id (so its allocation history and utility
 * connections stay with it) and every piece carries over status, zone and notes, with codes derived
 * from the original: Р-12 → Р-12/1, Р-12/2. The cadastral number is not carried over: the ЕГРН number
 * named the whole plot, and each piece gets its own when it is registered.
 */

type Cut = (plot: Plot) => readonly PolygonGeometry[];

/**
 * Cuts the plot as it is inside the transaction (another window may have reshaped it a moment ago) and
 * writes the pieces as one edit.
 */
function cutIntoPlots(store: ProjectStore, plotId: PlotId, today: string, action: 'split' | 'subdivide', cut: Cut): PlotId[] {
  const label = (plot: Plot, count: number): Message =>
    action === 'split' ? message('edit.splitPlot', { code: plot.code }) : message('edit.subdividePlot', { code: plot.code, count });
  const first = expectPlot(store, plotId);
  // The label is fixed before the edit runs; the piece count is known only after the cut.
  const pieces = cut(first);
  return recordEdit(store, label(first, pieces.length), (recorder) => {
    const plot = expectPlot(store, plotId);
    refuseIfHeld(store, plot, today, action);
    const current = JSON.stringify(plot.geometry) === JSON.stringify(first.geometry) ? pieces : cut(plot);
    const codes = pieceCodes(store, plot.parkId, plot.code, current.length);
    recorder.willChange('plots', plot.id);
    return current.map((geometry, i) => {
      const fields = { parkId: plot.parkId, status: plot.status, zone: plot.zone, notes: plot.notes, code: codes[i] ?? `${plot.code}/${i + 1}`, cadastralNumber: null, geometry };
      if (i === 0) return store.plots.update({ ...fields, id: plot.id }).id;
      const inserted = store.plots.insert(fields);
      recorder.inserted('plots', inserted.id);
      return inserted.id;
    });
  });
}

function refusing<T>(outcome: { ok: true; value: T } | { ok: false; message: Message }, key: MessageKey, params: Record<string, string>): T {
  if (!outcome.ok) throw new RefusedError(key, { ...params, reason: outcome.message });
  return outcome.value;
}

/** "Split plot": the pieces on either side of the line share the cut exactly. */
export function splitPlot(store: ProjectStore, request: PlotSplitRequest, today: string): PlotsEdited {
  const plotIds = cutIntoPlots(store, request.plotId, today, 'split', (plot) =>
    refusing(splitPolygon(plot.geometry, request.line), 'plot.splitRefused', { code: plot.code }),
  );
  return { plotIds, edit: editState(store) };
}

/** "Subdivide": N plots of equal area, or plots of a target area, cut perpendicular to a chosen edge. */
export function subdividePlot(store: ProjectStore, request: PlotSubdivideRequest, today: string): PlotsEdited {
  const target = request.count !== undefined ? { count: request.count } : { targetAreaM2: request.targetAreaM2 ?? Number.NaN };
  const plotIds = cutIntoPlots(store, request.plotId, today, 'subdivide', (plot) =>
    refusing(subdividePolygon(plot.geometry, target, request.baseEdgeIndex), 'plot.subdivideRefused', { code: plot.code }),
  );
  return { plotIds, edit: editState(store) };
}

/**
 * "Merge plots": the two become one under the first plot's id, code and attributes, unless only the
 * second has allocation history, which then keeps its id instead (history names the plot). The other
 * plot's utility connections move to the merged plot.
 */
export function mergePlots(store: ProjectStore, request: PlotMergeRequest, today: string): PlotEdited {
  const [a, b] = request.plotIds.map((id) => expectPlot(store, id)) as [Plot, Plot];
  const plotId = recordEdit(store, message('edit.mergePlots', { a: a.code, b: b.code }), (recorder) => {
    // Read again inside the transaction, so that the merge works on the plots as they are now.
    const [first, second] = request.plotIds.map((id) => expectPlot(store, id)) as [Plot, Plot];
    const both = { a: first.code, b: second.code };
    if (first.parkId !== second.parkId) throw new RefusedError('plot.mergeOtherPark', both);
    for (const plot of [first, second]) refuseIfHeld(store, plot, today, 'merge');
    let [keep, drop] = [first, second];
    if (allocationCount(store, drop.id) > 0) {
      if (allocationCount(store, keep.id) > 0) throw new RefusedError('plot.mergeBothHistory', both);
      [keep, drop] = [second, first];
    }
    const geometry = refusing(mergePolygons(keep.geometry, drop.geometry), 'plot.mergeRefused', both);
    for (const connection of store.utilityConnections.listByPlot(drop.id)) {
      recorder.willChange('utility_connections', connection.id);
      store.utilityConnections.update({ ...connection, plotId: keep.id });
    }
    recorder.willChange('plots', drop.id);
    store.plots.remove(drop.id);
    recorder.willChange('plots', keep.id);
    return store.plots.update({ ...keep, geometry }).id;
  });
  return { plotId, edit: editState(store) };
}
