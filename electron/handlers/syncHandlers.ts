import type { SyncChannelMap } from '../../shared/contract/syncChannels';
import { syncFromApp, syncStatus } from '../services/sync/syncStatus';
import type { HandlerMap } from './handlerMap';
import type { ServiceContext } from './serviceContext';

/** The Sync button (issue 15): the working copy's state, and one sync with the server. */
export function createSyncHandlers({ store }: ServiceContext): Pick<HandlerMap, keyof SyncChannelMap> {
  return {
    'sync:status': () => syncStatus(store),
    'sync:run': () => syncFromApp(store),
  };
}
