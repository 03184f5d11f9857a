import type { UnderlayChannelMap } from '../../shared/contract/underlayChannels';
import { georeferenceScan } from '../services/underlays/scanUnderlay';
import { checkOpacity } from '../services/underlays/underlayFiles';
import type { UnderlayTiles } from '../services/underlays/underlayTiles';
import { listUnderlayViews } from '../services/underlays/underlayViews';
import type { HandlerMap } from './handlerMap';
import type { ServiceContext } from './serviceContext';

/** The layer panel's underlays (issue 13): list with status, opacity/order/visibility, a scan's control points. */
export function createUnderlayHandlers({ store }: ServiceContext, tiles: UnderlayTiles): Pick<HandlerMap, keyof UnderlayChannelMap> {
  const list = () => listUnderlayViews(store.underlays.list(), tiles);
  return {
    'underlays:list': () => list(),
    'underlays:update': ({ id, ...settings }) => {
      if (settings.opacity !== undefined) checkOpacity(settings.opacity);
      store.transaction(() => store.underlays.updateSettings(id, settings));
      return list();
    },
    'underlays:georeference': ({ id, ...georeferencing }) => {
      georeferenceScan(store, id, georeferencing);
      return list();
    },
  };
}
