import type { EditState } from '../../../shared/contract/editViews';
import { formatMessage, type Message } from '../../../shared/messages/message';

/** An edit state with its Undo and Redo labels worded in English, for tests that read what a planner reads. */
export function wordedEditState(state: EditState): Omit<EditState, 'undoLabel' | 'redoLabel'> & { undoLabel: string | null; redoLabel: string | null } {
  const word = (label: Message | null): string | null => (label === null ? null : formatMessage('en', label));
  return { ...state, undoLabel: word(state.undoLabel), redoLabel: word(state.redoLabel) };
}
