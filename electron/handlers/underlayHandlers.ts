import { basename, extname } from 'node:path';
import type { UnderlayChannelMap } from '../../shared/contract/underlayChannels';
import type { ProjectStore } from '../store/project';
import { addUnplacedScan, georeferenceScan } from '../services/underlays/scanUnderlay';
import { addUnderlayFile, checkOpacity } from '../services/underlays/underlayFiles';
import { listUnderlayFolder, resolveInFolder } from '../services/underlays/underlayFolder';
import type { UnderlayTiles } from '../services/underlays/underlayTiles';
import { listUnderlayViews } from '../services/underlays/underlayViews';
import type { HandlerMap } from './handlerMap';
import type { ServiceContext } from './serviceContext';

/** The file's name without extension, or with « (2)», « (3)» … when an underlay already has it: a second pick of one file is not refused. */
function freeName(store: ProjectStore, file: string): string {
  const base = basename(file, extname(file));
  let name = base;
  for (let n = 2; store.underlays.getByName(name) !== null; n += 1) name = `${base} (${n})`;
  return name;
}

/**
 * The layer panel's underlays (issue 13): list with status, opacity/order/visibility, a scan's control
 * points, and adding files from `folder` (the planner's ParkPlan folder) through the app's own chooser.
 */
export function createUnderlayHandlers({ store }: ServiceContext, tiles: UnderlayTiles, folder: string): Pick<HandlerMap, keyof UnderlayChannelMap> {
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
    'underlays:browse': ({ folder: under }) => listUnderlayFolder(folder, under),
    'underlays:add': async (request) => {
      const path = resolveInFolder(folder, request.file);
      const name = freeName(store, path);
      if (request.as === 'scan') await addUnplacedScan(store, { image: path, name, crs: request.crs });
      else await addUnderlayFile(store, { input: path, name, crs: request.crs ?? null });
      return list();
    },
    'underlays:remove': ({ id }) => {
      store.transaction(() => store.underlays.remove(id));
      return list();
    },
  };
}
