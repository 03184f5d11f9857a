import { PLOT_STATUSES } from '../../../shared/domain/plot';
import type { PlotFeatureProps } from '../../../shared/contract/views';
import type { Locale } from '../../../shared/format/locale';

export const SORT_KEYS = ['code', 'area', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface PlotSort {
  readonly key: SortKey;
  readonly direction: SortDirection;
}

export const DEFAULT_SORT: PlotSort = { key: 'code', direction: 'ascending' };

/** Clicking the sorted column flips it; clicking another sorts by it, largest areas first. */
export function nextSort(current: PlotSort, key: SortKey): PlotSort {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'area' ? 'descending' : 'ascending' };
}

/** The `aria-sort` value of a column header. */
export const ariaSort = (sort: PlotSort, key: SortKey): SortDirection | 'none' => (sort.key === key ? sort.direction : 'none');

type SortablePlot = Pick<PlotFeatureProps, 'code' | 'areaM2' | 'status'>;

/**
 * Plots in the order a planner expects: codes in natural order (Р-2 before Р-10), status in the order of
 * a plot's life (free → infrastructure); ties fall back to the code so the order is stable.
 */
export function sortPlots<P extends SortablePlot>(plots: readonly P[], sort: PlotSort, locale: Locale): P[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const byCode = (a: P, b: P) => collator.compare(a.code, b.code);
  const primary: Record<SortKey, (a: P, b: P) => number> = {
    code: byCode,
    area: (a, b) => a.areaM2 - b.areaM2,
    status: (a, b) => PLOT_STATUSES.indexOf(a.status) - PLOT_STATUSES.indexOf(b.status),
  };
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...plots].sort((a, b) => sign * primary[sort.key](a, b) || byCode(a, b));
}
