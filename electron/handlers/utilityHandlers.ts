import { parkBalanceSheet } from '../services/parks/parkBalanceSheet';
import { createConnection, setParkCapacity, updateConnection } from '../services/utilities/utilityDemand';
import type { HandlerMap } from './handlerMap';
import type { ServiceContext } from './serviceContext';

type UtilityChannel = 'capacities:set' | 'connections:create' | 'connections:update' | 'park:report';

/** Park capacities per network, the plots' connection requests, and the balance sheet they feed. */
export function createUtilityHandlers({ store, today }: ServiceContext): Pick<HandlerMap, UtilityChannel> {
  return {
    'capacities:set': (request) => setParkCapacity(store, request),
    'connections:create': (request) => createConnection(store, request),
    'connections:update': (request) => updateConnection(store, request),
    'park:report': ({ parkId, ...options }) => parkBalanceSheet(store, parkId, today(), options),
  };
}
