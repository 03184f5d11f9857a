/**
 * What an editing operation returns: the result, or the reason it was refused and a sentence for
 * the planner. Refusals are expected (a cut line that misses the plot), so they are values, not throws.
 */
export type GeometryOutcome<T, Reason extends string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: Reason; readonly message: string };

export function succeed<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function refuse<Reason extends string>(reason: Reason, message: string): { readonly ok: false; readonly reason: Reason; readonly message: string } {
  return { ok: false, reason, message };
}
