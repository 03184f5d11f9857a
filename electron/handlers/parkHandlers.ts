import type { ParkChannelMap } from '../../shared/contract/parkChannels';
import type { StagedUploads } from '../services/io/exchange/stagedUploads';
import { createPark, deletePark, updatePark } from '../services/parks/parkEditing';
import type { HandlerMap } from './handlerMap';
import type { ServiceContext } from './serviceContext';

/** A planner's own park (issue 11): create, change and delete, each one undoable edit; a boundary file comes staged by import:upload. */
export function createParkHandlers({ store }: ServiceContext, uploads: StagedUploads): Pick<HandlerMap, keyof ParkChannelMap> {
  return {
    'parks:create': (request) => createPark(store, uploads, request),
    'parks:update': (request) => updatePark(store, uploads, request),
    'parks:delete': ({ parkId }) => deletePark(store, parkId),
  };
}
