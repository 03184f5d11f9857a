import { isChannel, type Channel } from '../../shared/contract/channels';
import type { Message } from '../../shared/messages/message';
import type { ProjectHandlerMap } from './handlerMap';
import { isWriteChannel } from '../services/journal/changeFeed/channelNotes';
import { RefusedError } from '../services/refusals/refusedError';

/** Writes that answer without a change set, and so are not in the change feed's list of writes. */
const OTHER_WRITES: ReadonlySet<Channel> = new Set(['underlays:update', 'underlays:georeference', 'import:start']);

/** Whether a request on `channel` would write the project file. */
export const writesProject = (channel: Channel): boolean => isWriteChannel(channel) || OTHER_WRITES.has(channel);

/**
 * The handlers of a project open read-only: every write is refused before it reaches the store, with the
 * reason the file is read-only (so the planner reads "the file is write-protected", not SQLite's
 * "attempt to write a readonly database"); reads go through.
 */
export function refusingWrites(handlers: ProjectHandlerMap, reason: Message): ProjectHandlerMap {
  const refuse = (): never => {
    throw new RefusedError('projectFile.readOnly.edit', { reason });
  };
  const entries = Object.entries(handlers).map(([channel, handler]) => [channel, isChannel(channel) && writesProject(channel) ? refuse : handler] as const);
  // The same keys as `handlers`; the cast only restores the per-channel types.
  return Object.fromEntries(entries) as unknown as ProjectHandlerMap;
}
