import { CHANNELS } from '../../shared/contract/channels';
import type { ProjectFilePicker } from '../services/projectFiles/projectFilePicker';
import type { RecentProjects } from '../services/projectFiles/recentProjects';
import type { HandlerMap } from './handlerMap';
import { createProjectFileHandlers } from './projectFileHandlers';
import type { ProjectSession } from './projectSession';

/**
 * What a host registers once: the project-file channels, and every other channel passed to the project
 * open at the moment of the request (so New or Open needs no host to register anything again).
 */
export function createSessionHandlers(session: ProjectSession, picker: ProjectFilePicker, recent: RecentProjects): HandlerMap {
  const passed = CHANNELS.map((channel) => [channel, (request: unknown) => ((session.handlers() as Partial<HandlerMap>)[channel] as (request: unknown) => unknown)(request)] as const);
  // Every channel has an entry above; the cast only restores the per-channel types.
  return { ...(Object.fromEntries(passed) as unknown as HandlerMap), ...createProjectFileHandlers(session, picker, recent) };
}
