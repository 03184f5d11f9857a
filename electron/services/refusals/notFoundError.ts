import { KeyedError } from './keyedError';

/** A requested record does not exist; the message (a key with parameters) names it. */
export class NotFoundError extends KeyedError {
  override readonly name = 'NotFoundError';
}
