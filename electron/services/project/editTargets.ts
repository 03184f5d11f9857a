import type { ParkId, PlotId } from '../../../shared/domain/ids';
import type { Park } from '../../../shared/domain/park';
import type { Plot } from '../../../shared/domain/plot';
import { isActiveOn } from '../../../shared/park/activeAllocation';
import type { ProjectStore } from '../../store/project';
import { NotFoundError } from '../refusals/notFoundError';
import { RefusedError } from '../refusals/refusedError';
import { message } from '../../../shared/messages/message';

/** The park an edit names, or NotFoundError. */
export function expectPark(store: ProjectStore, parkId: ParkId): Park {
  const park = store.parks.get(parkId);
  if (park === null) throw new NotFoundError('notFound.park', { id: parkId });
  return park;
}

/** The plot an edit names, or NotFoundError. */
export function expectPlot(store: ProjectStore, plotId: PlotId): Plot {
  const plot = store.plots.get(plotId);
  if (plot === null) throw new NotFoundError('notFound.plot', { id: plotId });
  return plot;
}

/**
 * Refuses to reshape the land a resident holds (split, merge, subdivide, delete): the agreement names
 * that plot, so the allocation must end first. The message names the holder and the agreement.
 */
export function refuseIfHeld(store: ProjectStore, plot: Plot, today: string, action: 'split' | 'subdivide' | 'merge' | 'delete'): void {
  const active = store.allocations.listByPlot(plot.id).find((allocation) => isActiveOn(allocation, today));
  if (active === undefined) return;
  const holder = store.residents.get(active.residentId)?.name ?? `resident ${active.residentId}`;
  const kind = message(`allocation.kind.${active.kind}`);
  const agreement = active.agreementNo === '' ? kind : message('allocation.kindAndAgreement', { kind, agreement: active.agreementNo });
  throw new RefusedError('plot.held', { action: message(`plot.action.${action}`), code: plot.code, holder, agreement });
}

/** How many allocations, ended ones included, refer to a plot: they are history and keep the plot in the file. */
export function allocationCount(store: ProjectStore, plotId: PlotId): number {
  return store.allocations.listByPlot(plotId).length;
}
