import { allocatePlots, allocationHistory, endAllocation } from '../services/registry/plotAllocation';
import { createResident, listResidents, updateResident } from '../services/registry/residentRegistry';
import type { HandlerMap } from './handlerMap';
import type { ServiceContext } from './serviceContext';

type RegistryChannel =
  | 'residents:list'
  | 'residents:create'
  | 'residents:update'
  | 'allocations:create'
  | 'allocations:end'
  | 'allocations:history';

/** Residents and their allocations: the registry planners used to keep in a spreadsheet. */
export function createRegistryHandlers({ store, today }: ServiceContext): Pick<HandlerMap, RegistryChannel> {
  return {
    'residents:list': (request) => listResidents(store, request, today()),
    'residents:create': (request) => createResident(store, request),
    'residents:update': (request) => updateResident(store, request),
    'allocations:create': (request) => allocatePlots(store, request, today()),
    'allocations:end': (request) => endAllocation(store, request, today()),
    'allocations:history': (request) => allocationHistory(store, request, today()),
  };
}
