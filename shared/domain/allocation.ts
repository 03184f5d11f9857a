import type { AllocationId, PlotId, ResidentId } from './ids';

export const ALLOCATION_KINDS = ['reservation', 'lease', 'ownership'] as const;
export type AllocationKind = (typeof ALLOCATION_KINDS)[number];

/** A plot held by a resident; at most one active (no end date, or end date in the future) per plot. */
export interface Allocation {
  readonly id: AllocationId;
  readonly plotId: PlotId;
  readonly residentId: ResidentId;
  readonly kind: AllocationKind;
  readonly agreementNo: string;
  /** ISO dates, YYYY-MM-DD. */
  readonly startDate: string;
  readonly endDate: string | null;
}
