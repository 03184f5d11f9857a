import type { Channel, RequestOf, ResponseOf } from '../../shared/contract/channels';

/** One handler per channel: a channel without a handler is a compile error. */
export type HandlerMap = {
  readonly [C in Channel]: (request: RequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>;
};
