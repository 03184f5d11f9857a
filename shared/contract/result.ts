/** What crosses a process boundary: handlers never throw, they return one of these. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Failure };

export const FAILURE_CODES = ['invalid-request', 'not-found', 'unknown-channel', 'store-error', 'internal'] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

export interface Failure {
  readonly code: FailureCode;
  /** A message a planner can act on: it names what is wrong. */
  readonly message: string;
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: FailureCode, message: string): Result<never> => ({ ok: false, error: { code, message } });
