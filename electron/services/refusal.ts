/**
 * A request the planner may not make on the data as it stands: a wrong INN, a plot already held. Nothing
 * was written; the message says what to change. Handlers answer it as 'invalid-request'.
 */
export class RefusedError extends Error {
  override readonly name = 'RefusedError';
}
