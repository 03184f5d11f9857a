import { cadastralNumberProblem, type PlotAttributesUpdateRequest } from '../../../shared/contract/editRequests';
import type { PlotEdited } from '../../../shared/contract/editViews';
import type { Plot } from '../../../shared/domain/plot';
import type { ProjectStore } from '../../store/project';
import { editState, recordEdit } from '../journal/editJournal';
import { expectPark, expectPlot } from '../project/editTargets';
import { refuseTakenCode } from './plotEditing';
import { RefusedError } from '../refusals/refusedError';
import { message, type Message, type MessageKey } from '../../../shared/messages/message';

/** The words of the fields the details panel edits, as the undo refusals name them. */
const FIELD_WORDS = {
  code: 'journal.field.code',
  cadastralNumber: 'journal.field.cadastral_number',
  status: 'journal.field.status',
  zone: 'journal.field.zone',
  notes: 'journal.field.notes',
} as const satisfies Partial<Record<keyof Plot, MessageKey>>;

/** The journal's label for an attribute edit: a rename says so, anything else names the fields. */
function labelOf(plot: Plot, changed: Partial<Plot>): Message {
  if (changed.code !== undefined && changed.code !== plot.code) return message('edit.renamePlot', { code: plot.code, newCode: changed.code });
  const fields = Object.keys(changed).map((field) => (Object.hasOwn(FIELD_WORDS, field) ? message(FIELD_WORDS[field as keyof typeof FIELD_WORDS]) : message('journal.field.other', { column: field })));
  return message('edit.editPlot', { code: plot.code, fields });
}

/** The fields of `changed` whose value is not already the plot's. */
function differingFields(plot: Plot, changed: Partial<Plot>): Partial<Plot> {
  return Object.fromEntries(Object.entries(changed).filter(([field, value]) => plot[field as keyof Plot] !== value));
}

/**
 * The details panel's edit of code, cadastral number, status, zone and notes, in one transaction. A
 * malformed cadastral number or a code already used in the park is refused naming the field; nothing
 * is saved. Fields left out keep their value; an empty cadastral number clears it.
 */
export function updatePlotAttributes(store: ProjectStore, request: PlotAttributesUpdateRequest): PlotEdited {
  const plot = expectPlot(store, request.plotId);
  const { patch } = request;
  const changed: { -readonly [K in keyof Plot]?: Plot[K] } = {};
  if (patch.code !== undefined) {
    const code = patch.code.trim();
    if (code === '') throw new RefusedError('plot.codeEmpty');
    changed.code = code;
  }
  if (patch.cadastralNumber !== undefined) {
    const value = patch.cadastralNumber?.trim() ?? '';
    const problem = value === '' ? null : cadastralNumberProblem(value);
    if (problem !== null) throw new RefusedError(problem.key, problem.params);
    changed.cadastralNumber = value === '' ? null : value;
  }
  if (patch.status !== undefined) changed.status = patch.status;
  if (patch.zone !== undefined) changed.zone = patch.zone;
  if (patch.notes !== undefined) changed.notes = patch.notes;
  const differing = differingFields(plot, changed);
  // An edit that changes nothing writes nothing: no row update, no R-tree or gpkg_contents churn, no entry.
  if (Object.keys(differing).length === 0) return { plotId: plot.id, edit: editState(store) };
  recordEdit(store, labelOf(plot, differing), (recorder) => {
    // Re-read inside the transaction: another window may have changed the plot since.
    const current = expectPlot(store, plot.id);
    const update = differingFields(current, changed);
    if (Object.keys(update).length === 0) return;
    if (update.code !== undefined) refuseTakenCode(store, expectPark(store, plot.parkId), update.code, plot.id);
    recorder.willChange('plots', plot.id);
    store.plots.update({ ...current, ...update });
  });
  return { plotId: plot.id, edit: editState(store) };
}
