import { formatMessage, type Message, type MessageKey, type MessageParams } from '../../../shared/messages/message';

/**
 * An error a planner reads: a message key with parameters, worded where it is shown. Its `message` is the
 * English text, for logs and the CLI's default. The subclasses say how the handlers answer it.
 */
export abstract class KeyedError extends Error {
  readonly key: MessageKey;
  readonly params: MessageParams;

  constructor(key: MessageKey, params: MessageParams = {}) {
    super(formatMessage('en', { key, params }));
    this.key = key;
    this.params = params;
  }

  get asMessage(): Message {
    return { key: this.key, params: this.params };
  }
}
