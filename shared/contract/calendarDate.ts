/*
 * The calendar date check every request and the CLI use, kept apart from the request schemas so the CLI
 * can check a --date without loading zod.
 */

/**
 * True when `value` is a real calendar date written YYYY-MM-DD (2026-02-30 is not).
 *
 * @example
 * isIsoDate('2026-02-28'); // true
 * isIsoDate('2026-02-30'); // false
 */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
