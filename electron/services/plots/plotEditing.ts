import type { PlotCreateRequest, PlotGeometryUpdateRequest, PlotIdRequest } from '../../../shared/contract/editRequests';
import type { EditDone, PlotSaved } from '../../../shared/contract/editViews';
import type { PolygonGeometry } from '../../../shared/domain/geometry';
import type { Park } from '../../../shared/domain/park';
import type { Plot } from '../../../shared/domain/plot';
import type { ProjectStore } from '../../store/project';
import { editState, recordEdit } from '../journal/editJournal';
import { allocationCount, expectPark, expectPlot, refuseIfHeld } from '../project/editTargets';
import { assertSoundOutline } from './outlineCheck';
import { findingsOfPlot } from '../parks/parkValidation';
import { nextNewPlotCode, plotWithCode } from './plotCodes';
import { avoidOverlaps } from './plotSurroundings';
import { RefusedError } from '../refusals/refusedError';
import { message, type Message } from '../../../shared/messages/message';

/*
 * Drawing a plot, reshaping it and deleting it: each one transaction with its journal entry. An
 * outline that crosses itself is refused before anything is written; overlaps and excursions past the
 * park boundary are saved and answered as findings (the planner may be mid-way through a layout).
 */

/** The answer to a plot saved: its findings against the park boundary and its neighbours, read at once. */
export function savedPlot(store: ProjectStore, park: Park, plot: Plot): PlotSaved {
  return { plotId: plot.id, findings: findingsOfPlot(store, park, plot), edit: editState(store) };
}

export function refuseTakenCode(store: ProjectStore, park: Park, code: string, self: Plot['id'] | null): void {
  const holder = plotWithCode(store, park.id, code);
  if (holder !== null && holder.id !== self) {
    // A look-alike («P-13» typed in Latin) names the code it stands for.
    throw holder.code === code
      ? new RefusedError('plot.codeTaken', { code, park: park.name })
      : new RefusedError('plot.codeTakenAs', { code, park: park.name, existing: holder.code });
  }
}

/** Inserts a plot as an edit of its own; the outline must already be checked. */
export function insertPlot(store: ProjectStore, park: Park, fields: Omit<Plot, 'id' | 'parkId'>, label: Message, clip: boolean): Plot {
  return recordEdit(store, label, (recorder) => {
    refuseTakenCode(store, park, fields.code, null);
    const geometry = clip ? avoidOverlaps(store, park.id, fields.geometry, null) : fields.geometry;
    const plot = store.plots.insert({ ...fields, parkId: park.id, geometry });
    recorder.inserted('plots', plot.id);
    return plot;
  });
}

/** Replaces a plot's outline as an edit of its own; the outline must already be checked. */
export function replaceOutline(store: ProjectStore, plot: Plot, geometry: PolygonGeometry, label: Message, clip: boolean): Plot {
  return recordEdit(store, label, (recorder) => {
    const outline = clip ? avoidOverlaps(store, plot.parkId, geometry, plot.id) : geometry;
    recorder.willChange('plots', plot.id);
    return store.plots.update({ ...plot, geometry: outline });
  });
}

/** "Draw plot": a new plot in a park; without a code it gets the park's next «Н-n». */
export function createPlot(store: ProjectStore, request: PlotCreateRequest): PlotSaved {
  const park = expectPark(store, request.parkId);
  assertSoundOutline(request.geometry, message('outline.newPlot'));
  const code = request.code ?? nextNewPlotCode(store, park);
  const fields = {
    code,
    cadastralNumber: null,
    status: request.status ?? 'free',
    zone: request.zone ?? 'production',
    notes: request.notes ?? '',
    geometry: request.geometry,
  } as const;
  const plot = insertPlot(store, park, fields, message('edit.drawPlot', { code }), request.avoidOverlaps === true);
  return savedPlot(store, park, plot);
}

/** Vertex editing, moving, rotating, cutting a hole: the plot's new outline. */
export function updatePlotGeometry(store: ProjectStore, request: PlotGeometryUpdateRequest): PlotSaved {
  const plot = expectPlot(store, request.plotId);
  assertSoundOutline(request.geometry, message('outline.plot', { code: plot.code }));
  const park = expectPark(store, plot.parkId);
  const updated = replaceOutline(store, plot, request.geometry, message('edit.reshapePlot', { code: plot.code }), request.avoidOverlaps === true);
  return savedPlot(store, park, updated);
}

/**
 * Deletes a plot with its utility connections. A plot held by a resident is refused naming the holder;
 * one with ended allocations is refused too, because those are the park's history and name the plot.
 */
export function deletePlot(store: ProjectStore, request: PlotIdRequest, today: string): EditDone {
  const plot = expectPlot(store, request.plotId);
  recordEdit(store, message('edit.deletePlot', { code: plot.code }), (recorder) => {
    refuseIfHeld(store, plot, today, 'delete');
    const history = allocationCount(store, plot.id);
    if (history > 0) {
      throw new RefusedError('plot.deleteWithHistory', { code: plot.code, count: history });
    }
    for (const fid of store.journalRows.connectionIdsOfPlot(plot.id)) recorder.willChange('utility_connections', fid);
    recorder.willChange('plots', plot.id);
    store.plots.remove(plot.id);
  });
  return { edit: editState(store) };
}
