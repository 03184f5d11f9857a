import type { AllocationCreateRequest, AllocationEndRequest, AllocationHistoryRequest } from '../../../shared/contract/allocationRequests';
import type { AllocationEntry } from '../../../shared/contract/registryViews';
import type { Allocation, AllocationKind } from '../../../shared/domain/allocation';
import type { Plot, PlotStatus } from '../../../shared/domain/plot';
import { isActiveOn } from '../../../shared/park/activeAllocation';
import type { ProjectStore } from '../../store/project';
import { NotFoundError } from '../refusals/notFoundError';
import { RefusedError } from '../refusals/refusedError';
import { message, type Message } from '../../../shared/messages/message';

/** Statuses an allocation does not change: the building stands, the road or substation stays what it is. */
const LASTING_STATUSES: ReadonlySet<PlotStatus> = new Set(['built', 'infrastructure']);

/** The status a plot takes when an allocation of this kind starts. */
const STATUS_OF_KIND: Readonly<Record<AllocationKind, PlotStatus>> = {
  reservation: 'reserved',
  lease: 'allocated',
  ownership: 'allocated',
};

const OPEN_END = '9999-12-31';

/** Two allocations overlap when each starts before the other ends (end dates inclusive, null = open). */
function overlaps(a: { startDate: string; endDate?: string | null }, b: { startDate: string; endDate?: string | null }): boolean {
  return a.startDate <= (b.endDate ?? OPEN_END) && b.startDate <= (a.endDate ?? OPEN_END);
}

const period = (allocation: Allocation): Message =>
  allocation.endDate === null
    ? message('allocation.periodOpen', { start: allocation.startDate })
    : message('allocation.period', { start: allocation.startDate, end: allocation.endDate });

function toEntry(store: ProjectStore, allocation: Allocation, today: string): AllocationEntry {
  // Foreign keys (ON DELETE RESTRICT) keep an allocation's plot, park and resident in the file.
  const plot = expectPlot(store, allocation.plotId);
  const park = store.parks.get(plot.parkId);
  const resident = store.residents.get(allocation.residentId);
  if (park === null || resident === null) throw new Error(`allocation ${allocation.id} refers to a missing park or resident`);
  return {
    ...allocation,
    plotCode: plot.code,
    parkId: park.id,
    parkName: park.name,
    residentName: resident.name,
    active: isActiveOn(allocation, today),
  };
}

function expectPlot(store: ProjectStore, plotId: Plot['id']): Plot {
  const plot = store.plots.get(plotId);
  if (plot === null) throw new NotFoundError('notFound.plot', { id: plotId });
  return plot;
}

/**
 * Allocates one or more plots to a resident under one agreement, in ONE transaction: if any plot is
 * already held over an overlapping period (an active allocation, or a dated one the file's trigger does
 * not guard), nothing is written and the refusal names the plot and its holder. The check and the insert
 * run inside the same BEGIN IMMEDIATE transaction, so a second window or process cannot slip in between.
 *
 * A plot's status follows an allocation that is current or yet to start: reservation → reserved, lease or
 * ownership → allocated; built and infrastructure plots keep theirs. An allocation wholly in the past is
 * recorded as history and leaves the status alone.
 */
export function allocatePlots(store: ProjectStore, request: AllocationCreateRequest, today: string): AllocationEntry[] {
  const endDate = request.endDate ?? null;
  if (endDate !== null && endDate < request.startDate) {
    throw new RefusedError('allocation.endBeforeStart', { endDate, startDate: request.startDate });
  }
  return store.transaction(() => {
    const resident = store.residents.get(request.residentId);
    if (resident === null) throw new NotFoundError('notFound.resident', { id: request.residentId });
    if (resident.status === 'left') throw new RefusedError('allocation.residentLeft', { resident: resident.name });
    const plots = request.plotIds.map((plotId) => expectPlot(store, plotId));
    const held: Message[] = [];
    for (const plot of plots) {
      const clash = store.allocations.listByPlot(plot.id).find((existing) => overlaps(existing, { startDate: request.startDate, endDate }));
      if (clash === undefined) continue;
      const holder = store.residents.get(clash.residentId)?.name ?? `resident ${clash.residentId}`;
      const agreement = clash.agreementNo === '' ? message('allocation.noAgreementNo') : clash.agreementNo;
      held.push(message('allocation.plotHeldBy', { code: plot.code, holder, kind: message(`allocation.kind.${clash.kind}`), agreement, period: period(clash) }));
    }
    if (held.length > 0) throw new RefusedError('allocation.plotsHeld', { held });
    const followsStatus = (endDate ?? OPEN_END) >= today;
    return plots.map((plot) => {
      const allocation = store.allocations.insert({
        plotId: plot.id,
        residentId: resident.id,
        kind: request.kind,
        agreementNo: request.agreementNo.trim(),
        startDate: request.startDate,
        endDate,
      });
      if (followsStatus && !LASTING_STATUSES.has(plot.status)) store.plots.setStatus(plot.id, STATUS_OF_KIND[request.kind]);
      return toEntry(store, allocation, today);
    });
  });
}

/**
 * Ends an allocation on `endDate` (inclusive), keeping it as history. When the plot is then held by no
 * allocation on `today`, it goes back to free unless built or infrastructure; an end date still ahead
 * leaves the plot as it is until then.
 */
export function endAllocation(store: ProjectStore, request: AllocationEndRequest, today: string): AllocationEntry {
  return store.transaction(() => {
    const allocation = store.allocations.get(request.allocationId);
    if (allocation === null) throw new NotFoundError('notFound.allocation', { id: request.allocationId });
    const plot = expectPlot(store, allocation.plotId);
    if (allocation.endDate !== null && allocation.endDate < today) {
      throw new RefusedError('allocation.alreadyEnded', { agreement: allocation.agreementNo || String(allocation.id), code: plot.code, endDate: allocation.endDate });
    }
    if (allocation.endDate !== null && request.endDate > allocation.endDate) {
      throw new RefusedError('allocation.extendsPastEnd', { endDate: request.endDate, currentEnd: allocation.endDate });
    }
    if (request.endDate < allocation.startDate) {
      throw new RefusedError('allocation.endBeforeAllocationStart', { endDate: request.endDate, startDate: allocation.startDate });
    }
    const ended = store.allocations.end(allocation.id, request.endDate);
    const stillHeld = store.allocations.listByPlot(plot.id).some((other) => isActiveOn(other, today));
    if (!stillHeld && !LASTING_STATUSES.has(plot.status)) store.plots.setStatus(plot.id, 'free');
    return toEntry(store, ended, today);
  });
}

/** The timeline of a plot or a resident, active and ended, newest first. */
export function allocationHistory(store: ProjectStore, request: AllocationHistoryRequest, today: string): AllocationEntry[] {
  return store.read(() => {
    let allocations: Allocation[];
    if ('plotId' in request) {
      expectPlot(store, request.plotId);
      allocations = store.allocations.listByPlot(request.plotId);
    } else {
      if (store.residents.get(request.residentId) === null) throw new NotFoundError('notFound.resident', { id: request.residentId });
      allocations = store.allocations.listByResident(request.residentId);
    }
    return allocations
      .sort((a, b) => (a.startDate === b.startDate ? b.id - a.id : a.startDate < b.startDate ? 1 : -1))
      .map((allocation) => toEntry(store, allocation, today));
  });
}
