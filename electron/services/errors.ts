import { formatMessage, type MessageKey, type MessageParams } from '../../shared/messages/message';

/** A requested record does not exist; the message (a key with parameters) names it. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  readonly key: MessageKey;
  readonly params: MessageParams;

  constructor(key: MessageKey, params: MessageParams = {}) {
    super(formatMessage('en', { key, params }));
    this.key = key;
    this.params = params;
  }
}
