import { formatMessage, type Message, type MessageKey, type MessageParams } from '../../shared/messages/message';

/**
 * A request the planner may not make on the data as it stands: a wrong INN, a plot already held. Nothing
 * was written; the message (a key with parameters, worded where it is shown) says what to change. Handlers
 * answer it as 'refused'.
 *
 * @example
 * throw new RefusedError('import.emptyFile', { name: 'plots.geojson' });
 */
export class RefusedError extends Error {
  override readonly name = 'RefusedError';
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
