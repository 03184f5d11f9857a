import { CHANNELS } from '../../shared/contract/channels';
import type { HandlerMap } from './handlerMap';

/**
 * For tests of the transport (dispatch, the web host): the handlers a test writes, and for every other
 * channel one that throws, so that adding a channel to the contract does not touch those tests.
 */
export function withUnusedHandlers(given: Partial<HandlerMap>): HandlerMap {
  const unused = (): never => {
    throw new Error('not used in this test');
  };
  const entries = CHANNELS.map((channel) => [channel, given[channel] ?? unused] as const);
  // Every channel has an entry above; the cast only restores the per-channel types.
  return Object.fromEntries(entries) as unknown as HandlerMap;
}
