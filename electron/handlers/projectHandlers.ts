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
import type { OpenWriter } from '../services/io/exchange/importJobs';
import type { HandlerMap } from './handlerMap';
import { createRegistryHandlers } from './registryHandlers';
import { createUtilityHandlers } from './utilityHandlers';
import { createUnderlayHandlers } from './underlayHandlers';
import { createUnderlayTiles, type UnderlayTiles } from '../services/underlays/underlayTiles';

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
}

/** The handlers every host registers: the desktop app over IPC, web mode over HTTP. */
export function createHandlers(context: HandlerContext): HandlerMap {
  const today = context.today ?? (() => isoDate(new Date()));
  const services = { store: context.store, today };
  return {
    ...createRegistryHandlers(services),
    ...createUtilityHandlers(services),
    ...createEditingHandlers(services),
    ...createExchangeHandlers(services),
    ...createImportJobHandlers(services, context.openWriter),
    ...createCadastreHandlers(services),
    ...createUnderlayHandlers(services, context.underlayTiles ?? createUnderlayTiles(context.store)),
    'app:info': () => ({ version: APP_VERSION, host: context.host, file: context.file }),
    'project:summary': () => summarizeProject(readSnapshot(context.store), context.file, today()),
    'map:layers': () => buildMapLayers(readSnapshot(context.store), today()),
    'plots:details': ({ plotId }) => describePlot(context.store, plotId, today()),
    'settings:get': () => projectSettings(context.store),
    'settings:update': (request) => updateProjectSettings(context.store, request),
  };
}
