import { isChannel, requestSchemas, type Channel } from '../../shared/contract/channels';
import { fail, ok, type Result } from '../../shared/contract/result';
import type { ChangeFeed } from '../services/journal/changeFeed/changeFeed';
import type { HandlerMap, ProjectHandlerMap } from './handlerMap';
import { describeFailure } from './describeFailure';
import { importBusyLabel, isSqliteBusy } from '../services/io/exchange/importWriteLock';
import { actingAs, CLI_ACTOR, type EditActor } from '../services/journal/editActor';

/**
 * Runs one request from the untrusted renderer: checks the channel and the payload against the contract,
 * calls the handler as `actor` (the window asking: its edits, undo and redo are its own), and turns anything
 * thrown into a Result so nothing throws across the boundary. With the project's change feed, a write's
 * answer carries its change set and every window gets it.
 */
export async function dispatch(handlers: ProjectHandlerMap, channel: unknown, payload: unknown, feed?: ChangeFeed, actor: EditActor = CLI_ACTOR): Promise<Result<unknown>> {
  // A project's own handlers (tests, the CLI) have none for the project-file channels a host's session answers.
  if (!isChannel(channel) || !Object.hasOwn(handlers, channel)) return fail('unknown-channel', 'failure.unknownChannel', { channel: String(channel).slice(0, 80) });
  const parsed = requestSchemas[channel].safeParse(payload ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'request';
    return fail('invalid-request', 'failure.invalidRequest', { channel, where, problem: issue?.message ?? 'invalid' });
  }
  try {
    // The change set is built as the actor too: its edit state is the asking window's Undo and Redo.
    const { value, changes } = await actingAs(actor, async () => {
      const answer = await call(handlers, channel, parsed.data);
      return { value: answer, changes: feed?.answered(channel, parsed.data, answer) ?? null };
    });
    return changes === null ? ok(value) : { ok: true, value, changes };
  } catch (error) {
    feed?.failed();
    // A write refused at once because an import job holds the write lock (see importWriteLock.ts).
    const busy = isSqliteBusy(error) ? importBusyLabel() : null;
    if (busy !== null) return fail('store-error', 'failure.importBusy', { label: busy });
    return describeFailure(error);
  }
}

function call<C extends Channel>(handlers: ProjectHandlerMap, channel: C, request: unknown): unknown {
  const handler = (handlers as Partial<HandlerMap>)[channel] as (request: unknown) => unknown;
  return handler(request);
}
