import type { Message } from '../messages/message';

/**
 * What an editing operation returns: the result, or the reason it was refused and a message for
 * the planner (a key with parameters). Refusals are expected (a cut line that misses the plot), so they are values, not throws.
 */
export type GeometryOutcome<T, Reason extends string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: Reason; readonly message: Message };

export function succeed<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function refuse<Reason extends string>(reason: Reason, message: Message): { readonly ok: false; readonly reason: Reason; readonly message: Message } {
  return { ok: false, reason, message };
}
