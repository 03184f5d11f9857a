import type { AllocationKind } from '../domain/allocation';
import type { AllocationId, ParkId, PlotId, ResidentId } from '../domain/ids';
import type { Resident } from '../domain/resident';

/** A row of the residents registry: the record and the plots it holds today. */
export interface ResidentListItem extends Resident {
  /** Codes of the plots the resident holds today (active allocations), sorted. */
  readonly plotCodes: readonly string[];
}

/** One allocation on a timeline, with the names a planner reads. */
export interface AllocationEntry {
  readonly id: AllocationId;
  readonly plotId: PlotId;
  readonly plotCode: string;
  readonly parkId: ParkId;
  readonly parkName: string;
  readonly residentId: ResidentId;
  readonly residentName: string;
  readonly kind: AllocationKind;
  readonly agreementNo: string;
  readonly startDate: string;
  readonly endDate: string | null;
  /** Active today: started, and not yet past its end date. */
  readonly active: boolean;
}
