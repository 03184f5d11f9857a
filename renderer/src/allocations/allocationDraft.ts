import type { AllocationCreateRequest } from '../../../shared/contract/allocationRequests';
import { isIsoDate } from '../../../shared/contract/requestFields';
import type { AllocationKind } from '../../../shared/domain/allocation';
import type { PlotId, ResidentId } from '../../../shared/domain/ids';

/** The allocation form as filled in: dates as `<input type="date">` gives them (YYYY-MM-DD or empty). */
export interface AllocationDraft {
  readonly residentId: ResidentId | null;
  readonly kind: AllocationKind;
  readonly agreementNo: string;
  readonly startDate: string;
  readonly endDate: string;
  /** Ticked when a lease or a sale is recorded before its agreement is signed: number and term may wait. */
  readonly noAgreementYet: boolean;
}

export type AllocationDraftField = keyof AllocationDraft;

/** i18n keys under `allocationProblem`. */
export type AllocationDraftProblem = 'noResident' | 'noStart' | 'badDate' | 'endBeforeStart' | 'noAgreementNo' | 'noTerm';

/** Kinds that rest on a signed agreement (a reservation does not). */
const AGREED_KINDS: readonly AllocationKind[] = ['lease', 'ownership'];

/** Today's date where the planner sits, as YYYY-MM-DD (not UTC: at 01:00 in Ryazan it is already tomorrow). */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A lease starting today, open-ended: what a planner most often records. */
export const newAllocationDraft = (today: string): AllocationDraft => ({
  residentId: null,
  kind: 'lease',
  agreementNo: '',
  startDate: today,
  endDate: '',
  noAgreementYet: false,
});

/** What is wrong with the form, field by field. */
export function allocationProblems(draft: AllocationDraft): Partial<Record<AllocationDraftField, AllocationDraftProblem>> {
  const problems: Partial<Record<AllocationDraftField, AllocationDraftProblem>> = {};
  if (draft.residentId === null) problems.residentId = 'noResident';
  if (draft.startDate === '') problems.startDate = 'noStart';
  else if (!isIsoDate(draft.startDate)) problems.startDate = 'badDate';
  // A lease or a sale names its agreement, and a lease its term, unless the planner says there is none yet.
  if (AGREED_KINDS.includes(draft.kind) && !draft.noAgreementYet) {
    if (draft.agreementNo.trim() === '') problems.agreementNo = 'noAgreementNo';
    if (draft.kind === 'lease' && draft.endDate === '') problems.endDate = 'noTerm';
  }
  if (draft.endDate !== '') {
    if (!isIsoDate(draft.endDate)) problems.endDate = 'badDate';
    else if (problems.startDate === undefined && draft.endDate < draft.startDate) problems.endDate = 'endBeforeStart';
  }
  return problems;
}

/**
 * The `allocations:create` request for several plots at once (one agreement covering them), or null
 * while the form has a problem or no plot is chosen.
 *
 * @example
 * allocationRequestFor({ residentId: 4, kind: 'reservation', agreementNo: '', startDate: '2026-01-10', endDate: '' }, [17, 18]);
 * // { residentId: 4, plotIds: [17, 18], kind: 'reservation', agreementNo: '', startDate: '2026-01-10', endDate: null }
 */
export function allocationRequestFor(draft: AllocationDraft, plotIds: readonly PlotId[]): AllocationCreateRequest | null {
  if (plotIds.length === 0) return null;
  if (draft.residentId === null || Object.keys(allocationProblems(draft)).length > 0) return null;
  return {
    residentId: draft.residentId,
    plotIds: [...new Set(plotIds)],
    kind: draft.kind,
    agreementNo: draft.noAgreementYet ? '' : draft.agreementNo.trim(),
    startDate: draft.startDate,
    endDate: draft.endDate === '' ? null : draft.endDate,
  };
}
