import type { Channel, RequestOf, ResponseOf } from '../../shared/contract/channels';
import type { ProjectFileChannelMap } from '../../shared/contract/projectFileChannels';

/** One handler per channel: a channel without a handler is a compile error. */
export type HandlerMap = {
  readonly [C in Channel]: (request: RequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>;
};

/**
 * The handlers of one open project: every channel but New, Open, Save As and the like, which the host's
 * project session answers (sessionHandlers.ts). A host registers the whole HandlerMap.
 */
export type ProjectHandlerMap = Omit<HandlerMap, keyof ProjectFileChannelMap>;
