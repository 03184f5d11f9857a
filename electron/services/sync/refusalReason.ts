import { message, type Message } from '../../../shared/messages/message';
import type { TableSpec } from './server/serverTables';

/*
 * Why the server refused a row, in a planner's words: its rules are constraints (the exclusion constraint
 * of allocations, unique keys, references), each with a class-23 error code.
 */

interface ServerError {
  readonly code?: string;
  readonly constraint?: string;
  readonly message?: string;
}

/** The reason for a refusal of the row, or null when the error is not the server refusing the row. */
export function refusalReason(error: unknown, spec: TableSpec): Message | null {
  const { code, constraint, message: text } = (error ?? {}) as ServerError;
  if (code === undefined || !code.startsWith('23')) return null;
  if (code === '23P01') return message('sync.refused.overlap');
  if (code === '23505') {
    const key = spec.uniqueKeys.find((columns) => constraint !== undefined && columns.every((column) => constraint.includes(column)));
    return message('sync.refused.duplicate', { columns: (key ?? [constraint ?? '?']).join(', ') });
  }
  if (code === '23503') return message('sync.refused.parent');
  return message('sync.refused.other', { text: text ?? code });
}
