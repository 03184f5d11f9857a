import { RefusedError } from '../refusals/refusedError';

/** The RefusedError `run` throws; anything else it throws propagates, and not throwing fails the test. */
export function refusalOf(run: () => unknown): RefusedError {
  try {
    run();
  } catch (error) {
    if (error instanceof RefusedError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
