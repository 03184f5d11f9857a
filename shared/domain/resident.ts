import type { ResidentId } from './ids';

export const RESIDENT_STATUSES = ['prospect', 'agreement', 'resident', 'left'] as const;
export type ResidentStatus = (typeof RESIDENT_STATUSES)[number];

/** A resident company (резидент) of a park. */
export interface Resident {
  readonly id: ResidentId;
  readonly name: string;
  readonly inn: string;
  readonly ogrn: string | null;
  readonly sector: string;
  readonly okved: string | null;
  readonly jobsPlanned: number | null;
  /** Planned investment in millions of roubles. */
  readonly investmentMRub: number | null;
  readonly contact: string;
  readonly status: ResidentStatus;
}
