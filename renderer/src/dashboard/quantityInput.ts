/** i18n keys under `quantityProblem`. */
export type QuantityProblem = 'empty' | 'notNumber' | 'notPositive' | 'tooLarge';

export type QuantityReading = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly problem: QuantityProblem };

/**
 * A positive quantity as a planner types it: a Russian decimal comma and thousands spaces are accepted
 * ("1 200,5"), since figures are copied from technical conditions written that way.
 *
 * @example
 * readQuantity('1 200,5', 10_000); // { ok: true, value: 1200.5 }
 * readQuantity('-3', 10_000);      // { ok: false, problem: 'notPositive' }
 */
export function readQuantity(text: string, max: number): QuantityReading {
  const cleaned = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (cleaned === '') return { ok: false, problem: 'empty' };
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return { ok: false, problem: 'notNumber' };
  const value = Number(cleaned);
  if (!Number.isFinite(value)) return { ok: false, problem: 'notNumber' };
  if (value <= 0) return { ok: false, problem: 'notPositive' };
  if (value > max) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value };
}

/** Upper bounds that catch a slip of the keyboard, not real limits: no park asks for a gigawatt. */
export const MAX_CAPACITY = 1_000_000;
export const MAX_RAIL_THRESHOLD_M = 10_000;
export const MAX_ZONE_HALF_WIDTH_M = 1000;
