import { KeyedError } from './keyedError';

/**
 * A request the planner may not make on the data as it stands: a wrong INN, a plot already held. Nothing
 * was written; the message (a key with parameters, worded where it is shown) says what to change. Handlers
 * answer it as 'refused'.
 *
 * @example
 * throw new RefusedError('import.emptyFile', { name: 'plots.geojson' });
 */
export class RefusedError extends KeyedError {
  override readonly name = 'RefusedError';
}
