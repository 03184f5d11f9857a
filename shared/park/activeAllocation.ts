import type { Allocation } from '../domain/allocation';
import type { PlotId } from '../domain/ids';

/**
 * An allocation is active from its start date until its end date (inclusive); one without an end date runs on.
 * Dates are ISO `YYYY-MM-DD`, so string comparison is date comparison.
 *
 * @example
 * isActiveOn({ startDate: '2020-01-01', endDate: null, ... }, '2026-11-26') // true
 */
export function isActiveOn(allocation: Allocation, today: string): boolean {
  return allocation.startDate <= today && (allocation.endDate === null || allocation.endDate >= today);
}

/** The active allocation of each plot; where the store's rule was broken the latest start wins. */
export function activeAllocationByPlot(allocations: readonly Allocation[], today: string): ReadonlyMap<PlotId, Allocation> {
  const byPlot = new Map<PlotId, Allocation>();
  for (const allocation of allocations) {
    if (!isActiveOn(allocation, today)) continue;
    const held = byPlot.get(allocation.plotId);
    if (held === undefined || held.startDate < allocation.startDate) byPlot.set(allocation.plotId, allocation);
  }
  return byPlot;
}

/** Today's date as the ISO string the allocation rules compare against. */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);
