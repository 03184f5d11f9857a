import type { SyncChannelMap } from '../../shared/contract/syncChannels';
import { listConflicts, resolveConflict } from '../services/sync/syncConflicts';
import { syncFromApp, syncStatus } from '../services/sync/syncStatus';
import type { HandlerMap } from './handlerMap';
import type { ServiceContext } from './serviceContext';

/** The Sync button (issue 15): the working copy's state, one sync with the server, and the conflicts' review — the CLI's own service functions. */
export function createSyncHandlers({ store }: ServiceContext): Pick<HandlerMap, keyof SyncChannelMap> {
  return {
    'sync:status': () => syncStatus(store),
    'sync:run': () => syncFromApp(store),
    'sync:conflicts': () => listConflicts(store),
    'sync:resolve': ({ conflictId, take }) => resolveConflict(store, conflictId, take),
  };
}
