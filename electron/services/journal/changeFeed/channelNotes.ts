import type { Channel } from '../../../../shared/contract/channels';
import type { AllocationEntry } from '../../../../shared/contract/registryViews';
import type { ProjectStore } from '../../../store/project';
import { noteRows } from './rowNotes';

/*
 * The writes that answer with a change set, and for those written without a journal entry (allocations,
 * capacities, connections, a new resident) the rows they touch, read off the request and the answer:
 * the journal notes the others itself.
 */

type Noter = (store: ProjectStore, request: unknown, response: unknown) => void;

const JOURNALED: Noter = () => undefined;

const entries = (response: unknown): readonly AllocationEntry[] => (Array.isArray(response) ? response : [response]) as AllocationEntry[];

/** An allocation sets its plots' status and resident: their features change with it. */
const allocationNoter: Noter = (store, _request, response) => {
  const list = entries(response);
  noteRows(store, 'allocations', list.map((entry) => entry.id));
  noteRows(store, 'plots', list.map((entry) => entry.plotId));
};

const WRITES: Partial<Record<Channel, Noter>> = {
  'plots:create': JOURNALED,
  'plots:updateGeometry': JOURNALED,
  'plots:updateAttributes': JOURNALED,
  'plots:delete': JOURNALED,
  'plots:split': JOURNALED,
  'plots:merge': JOURNALED,
  'plots:subdivide': JOURNALED,
  'plots:fromCoordinates': JOURNALED,
  'railSpurs:create': JOURNALED,
  'railSpurs:updateGeometry': JOURNALED,
  'railSpurs:delete': JOURNALED,
  'utilityLines:create': JOURNALED,
  'utilityLines:updateGeometry': JOURNALED,
  'utilityLines:delete': JOURNALED,
  'edits:undo': JOURNALED,
  'edits:redo': JOURNALED,
  'parcels:createPlots': JOURNALED,
  'parks:create': JOURNALED,
  'parks:update': JOURNALED,
  'parks:delete': JOURNALED,
  'residents:update': JOURNALED,
  // A sync notes the rows it brought in itself (services/sync/syncRun.ts).
  'sync:run': JOURNALED,
  'residents:create': (store, _request, response) => noteRows(store, 'residents', [(response as { id: number }).id]),
  'allocations:create': allocationNoter,
  'allocations:end': allocationNoter,
  'capacities:set': (store) => noteRows(store, 'park_capacities', []),
  'connections:create': (store, _request, response) => noteRows(store, 'utility_connections', [(response as { id: number }).id]),
  'connections:update': (store, _request, response) => noteRows(store, 'utility_connections', [(response as { id: number }).id]),
};

/** Whether `channel` writes, so that its answer carries a change set. */
export const isWriteChannel = (channel: Channel): boolean => Object.hasOwn(WRITES, channel);

/** Notes the rows a successful write on `channel` touched that its service did not journal. */
export function noteWrite(store: ProjectStore, channel: Channel, request: unknown, response: unknown): void {
  WRITES[channel]?.(store, request, response);
}
