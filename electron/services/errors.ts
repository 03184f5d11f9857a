/** A requested record does not exist; the message names it. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}
