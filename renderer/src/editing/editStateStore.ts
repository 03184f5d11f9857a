import { useSyncExternalStore } from 'react';
import type { Result } from '../../../shared/contract/result';
import { NO_EDITS, invokeEdit, type EditState } from './editChannels';

/**
 * The one holder of the Undo and Redo buttons' state. An edit whose answer carries the journal's state
 * publishes it; a journaled edit whose answer does not (a resident, a table cell, an import) asks the
 * store to read `edits:state` again. A read that an answer overtook is dropped, so a slow read never
 * puts back a state an Undo has already left.
 */
export interface EditStateStore {
  readonly current: () => EditState;
  readonly subscribe: (listener: () => void) => () => void;
  readonly publish: (state: EditState) => void;
  readonly reread: () => Promise<void>;
}

export function createEditStateStore(read: () => Promise<Result<EditState>>): EditStateStore {
  let state = NO_EDITS;
  // Counts publishes and reads begun: a read applies its answer only if nothing came after it.
  let generation = 0;
  const listeners = new Set<() => void>();
  const set = (next: EditState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  return {
    current: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    publish(next) {
      generation += 1;
      set(next);
    },
    async reread() {
      generation += 1;
      const asked = generation;
      const result = await read();
      if (result.ok && asked === generation) set(result.value);
    },
  };
}

/** The workspace's store: one project file, one journal, one pair of buttons. */
export const editStateStore = createEditStateStore(() => invokeEdit('edits:state', {}));

/** The journal's state as the toolbar shows it, re-rendering on every publish or re-read. */
export function useEditState(store: EditStateStore = editStateStore): EditState {
  return useSyncExternalStore(store.subscribe, store.current);
}
