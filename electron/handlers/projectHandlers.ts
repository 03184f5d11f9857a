import { isoDate } from '../../shared/park/activeAllocation';
import type { ProjectStore } from '../store/project';
import { buildMapLayers } from '../services/project/mapLayers';
import { describePlot } from '../services/plots/plotDetails';
import { readSnapshot } from '../services/project/projectSnapshot';
import { summarizeProject } from '../services/project/projectSummary';
import { projectSettings, updateProjectSettings } from '../services/project/projectSettings';
import { APP_VERSION } from '../app/appVersion';
import { createEditingHandlers } from './editingHandlers';
import { createCadastreHandlers } from './cadastreHandlers';
import { createExchangeHandlers } from './exchangeHandlers';
import { createImportJobHandlers } from './importJobHandlers';
import { createParkHandlers } from './parkHandlers';
import { createStagedUploads } from '../services/io/exchange/stagedUploads';
import type { OpenWriter } from '../services/io/exchange/importJobs';
import type { ProjectHandlerMap } from './handlerMap';
import { createRegistryHandlers } from './registryHandlers';
import { createUtilityHandlers } from './utilityHandlers';
import { createUnderlayHandlers } from './underlayHandlers';
import { createSyncHandlers } from './syncHandlers';
import { createUnderlayTiles, type UnderlayTiles } from '../services/underlays/underlayTiles';
import { underlayHome } from '../services/underlays/underlayFolder';

export interface HandlerContext {
  readonly store: ProjectStore;
  readonly file: string;
  readonly host: 'desktop' | 'web';
  /** Injected so that tests can fix the date allocations are judged on. */
  readonly today?: () => string;
  /** How an import job opens its second connection to the file (Electron: with its own native binding). */
  readonly openWriter?: OpenWriter;
  /** The open underlay files the host serves tiles from; the handlers report on the same ones. */
  readonly underlayTiles?: UnderlayTiles;
  /** The one folder the app's underlay chooser reads (default: the ParkPlan folder, PARKPLAN_HOME). */
  readonly underlayFolder?: string;
}

/** The handlers every host registers: the desktop app over IPC, web mode over HTTP. */
export function createHandlers(context: HandlerContext): ProjectHandlerMap {
  const today = context.today ?? (() => isoDate(new Date()));
  const services = { store: context.store, today };
  const uploads = createStagedUploads();
  return {
    ...createRegistryHandlers(services),
    ...createUtilityHandlers(services),
    ...createEditingHandlers(services),
    ...createExchangeHandlers(services),
    ...createImportJobHandlers(services, uploads, context.openWriter),
    ...createParkHandlers(services, uploads),
    ...createCadastreHandlers(services),
    ...createUnderlayHandlers(services, context.underlayTiles ?? createUnderlayTiles(context.store), context.underlayFolder ?? underlayHome()),
    ...createSyncHandlers(services),
    'app:info': () => ({ version: APP_VERSION, host: context.host, file: context.file }),
    'project:summary': () => summarizeProject(readSnapshot(context.store), context.file, today()),
    'map:layers': () => buildMapLayers(readSnapshot(context.store), today()),
    'plots:details': ({ plotId }) => describePlot(context.store, plotId, today()),
    'settings:get': () => projectSettings(context.store),
    'settings:update': (request) => updateProjectSettings(context.store, request),
  };
}
