import { CADASTRAL_NUMBER_PATTERN, type PlotAttributesPatch } from '../../../shared/contract/editRequests';
import type { PlotDetails } from '../../../shared/contract/views';
import type { PlotStatus, PlotZone } from '../../../shared/domain/plot';

/** The details panel's attribute form as typed: every field a string or a chosen value. */
export interface AttributesDraft {
  readonly code: string;
  /** Empty: not registered. */
  readonly cadastralNumber: string;
  readonly status: PlotStatus;
  readonly zone: PlotZone;
  readonly notes: string;
}

export type AttributesProblem = 'code-empty' | 'cadastral-number';

export const draftOf = (details: PlotDetails): AttributesDraft => ({
  code: details.code,
  cadastralNumber: details.cadastralNumber ?? '',
  status: details.status,
  zone: details.zone,
  notes: details.notes,
});

/** What keeps the draft from being sent, field by field (the store checks the same rules again). */
export function draftProblems(draft: AttributesDraft): ReadonlySet<AttributesProblem> {
  const problems = new Set<AttributesProblem>();
  if (draft.code.trim() === '') problems.add('code-empty');
  const number = draft.cadastralNumber.trim();
  if (number !== '' && !CADASTRAL_NUMBER_PATTERN.test(number)) problems.add('cadastral-number');
  return problems;
}

/**
 * Only the fields the planner changed, so that the journal's label names them and an unchanged form
 * saves nothing.
 *
 * @example
 * attributesPatch(draftOf(details), { ...draftOf(details), zone: 'warehouse' }); // { zone: 'warehouse' }
 */
export function attributesPatch(saved: AttributesDraft, draft: AttributesDraft): PlotAttributesPatch {
  const number = draft.cadastralNumber.trim();
  return {
    ...(draft.code.trim() !== saved.code ? { code: draft.code.trim() } : {}),
    ...(number !== saved.cadastralNumber ? { cadastralNumber: number === '' ? null : number } : {}),
    ...(draft.status !== saved.status ? { status: draft.status } : {}),
    ...(draft.zone !== saved.zone ? { zone: draft.zone } : {}),
    ...(draft.notes !== saved.notes ? { notes: draft.notes } : {}),
  };
}
