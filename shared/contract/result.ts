import type { ChangeSet } from './changeSet';
import { formatMessage, message, type MessageKey, type MessageParams } from '../messages/message';

/** What crosses a process boundary: handlers never throw, they return one of these. */
/** A write's answer also carries what it changed (shared/contract/changeSet.ts); a read's does not. */
export type Result<T> = { readonly ok: true; readonly value: T; readonly changes?: ChangeSet } | { readonly ok: false; readonly error: Failure };

/**
 * 'refused' is a business refusal (a wrong INN, a plot already held): the request was well-formed and the data as
 * it stands forbids it. 'invalid-request' is a malformed payload, which a correct renderer never sends.
 */
export const FAILURE_CODES = ['invalid-request', 'refused', 'not-found', 'unknown-channel', 'store-error', 'internal'] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

export interface Failure {
  readonly code: FailureCode;
  /** What a planner can act on, as a key worded per language (shared/messages). */
  readonly key: MessageKey;
  readonly params: MessageParams;
  /** The same message in English, for logs and the CLI. */
  readonly message: string;
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** A failed Result with its message as a key and parameters. */
export const fail = (code: FailureCode, key: MessageKey, params: MessageParams = {}): Result<never> => ({
  ok: false,
  error: { code, key, params, message: formatMessage('en', message(key, params)) },
});
