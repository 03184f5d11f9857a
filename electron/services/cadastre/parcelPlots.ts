import type { ParcelPlotsCreated, ParcelPlotsRequest } from '../../../shared/contract/cadastreChannels';
import type { PlotId } from '../../../shared/domain/ids';
import { reconcilePark, type Reconciliation } from '../../../shared/park/reconciliation';
import type { ProjectStore } from '../../store/project';
import { editState, recordEdit } from '../journal/editJournal';
import { expectPark } from '../project/editTargets';
import { refuseTakenCode } from '../plots/plotEditing';
import { message } from '../../../shared/messages/message';

/*
 * "Create plots from parcels": the park's ЕГРН parcels (the ones named, or all) become plots carrying their
 * cadastral numbers and their outlines exactly as stored, every one in one undoable edit. A parcel of several
 * contours makes a plot per contour («КН-102/1», «КН-102/2»). A parcel whose number a plot already carries
 * is left out and named. The parcels themselves are not touched.
 */

/** The plot code for a parcel: «КН-» and the parcel's own number within its block (62:15:0060201:101 → КН-101). */
const codeOf = (cadastralNumber: string): string => `КН-${cadastralNumber.split(':').pop() ?? cadastralNumber}`;

/**
 * Makes the plots; nothing is written when a code is taken (the whole edit is refused).
 *
 * @example
 * createPlotsFromParcels(store, { parkId }).plotIds.length; // one per contour of every parcel without a plot
 */
export function createPlotsFromParcels(store: ProjectStore, request: ParcelPlotsRequest): ParcelPlotsCreated {
  const park = expectPark(store, request.parkId);
  const wanted = request.cadastralNumbers === undefined ? null : new Set(request.cadastralNumbers.map((number) => number.trim()));
  const parcels = store.cadastralParcels.listByPark(park.id).filter((parcel) => wanted === null || wanted.has(parcel.cadastralNumber));
  const carried = new Set(store.plots.listByPark(park.id).flatMap((plot) => (plot.cadastralNumber === null ? [] : [plot.cadastralNumber.replace(/\s+/g, '')])));
  const skipped = parcels.filter((parcel) => carried.has(parcel.cadastralNumber)).map((parcel) => parcel.cadastralNumber);
  const todo = parcels.filter((parcel) => !carried.has(parcel.cadastralNumber));
  const plotCount = todo.reduce((sum, parcel) => sum + parcel.geometry.coordinates.length, 0);
  const label = plotCount === 1 ? message('edit.plotFromParcel', { number: todo[0]?.cadastralNumber ?? '' }) : message('edit.plotsFromParcels', { plots: plotCount, parcels: todo.length });
  const plotIds: PlotId[] = todo.length === 0 ? [] : recordEdit(store, label, (recorder) => {
    const made: PlotId[] = [];
    for (const parcel of todo) {
      const polygons = parcel.geometry.coordinates;
      polygons.forEach((coordinates, i) => {
        const code = polygons.length === 1 ? codeOf(parcel.cadastralNumber) : `${codeOf(parcel.cadastralNumber)}/${i + 1}`;
        refuseTakenCode(store, park, code, null);
        const plot = store.plots.insert({
          parkId: park.id, code, cadastralNumber: parcel.cadastralNumber, status: 'free', zone: 'production',
          notes: `из ЕГРН: ${parcel.source}`, geometry: { type: 'Polygon', coordinates },
        });
        recorder.inserted('plots', plot.id);
        made.push(plot.id);
      });
    }
    return made;
  });
  return { plotIds, skipped, edit: editState(store) };
}

/** The park's plots against its parcels, for the reconciliation view. */
export function reconcileParkParcels(store: ProjectStore, parkId: ParcelPlotsRequest['parkId']): Reconciliation {
  const park = expectPark(store, parkId);
  return reconcilePark(park, store.plots.listByPark(park.id), store.cadastralParcels.listByPark(park.id));
}
