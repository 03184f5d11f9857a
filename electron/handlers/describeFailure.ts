import { fail, type Result } from '../../shared/contract/result';
import { NotFoundError } from '../services/refusals/notFoundError';
import { RefusedError } from '../services/refusals/refusedError';

/** Maps an error thrown by a service to the Result the renderer gets; internals stay in the log. */
export function describeFailure(error: unknown): Result<never> {
  if (error instanceof NotFoundError) return fail('not-found', error.key, error.params);
  if (error instanceof RefusedError) return fail('refused', error.key, error.params);
  if (error instanceof Error && error.name === 'SqliteError') return fail('store-error', 'failure.storeError', { text: error.message });
  console.error(error);
  return fail('internal', 'failure.internal', { text: error instanceof Error ? error.message : String(error) });
}
