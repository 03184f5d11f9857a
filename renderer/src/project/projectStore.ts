import { useSyncExternalStore } from 'react';
import type { ChangeSet, ProjectEvent } from '../../../shared/contract/changeSet';
import type { ParkPlanBridge } from '../../../shared/contract/bridge';
import { getBridge, onAnsweredChanges, whenAnswered } from '../bridge';
import { editStateStore } from '../editing/editStateStore';
import { applyChangeSet, loadedProject, type ProjectState, type Stamped } from './projectChanges';

/*
 * The workspace's one project store (issue 9), in the shape of editStateStore: useSyncExternalStore over
 * a value that only ever moves forward. It reads the project whole once, then applies the change set of
 * every write (the answer of this window's, the push of another's); a change made outside this process
 * reads it whole again. A read that change sets overtook gets them applied again on top, so it never
 * puts back a state they have left.
 */

export type ProjectLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'ready'; readonly project: ProjectState };

export interface ProjectStore {
  readonly current: () => ProjectLoad;
  readonly subscribe: (listener: () => void) => () => void;
  /** Reads the project whole (at start, and when another process changed the file). */
  readonly load: () => Promise<void>;
  readonly apply: (changes: ChangeSet) => void;
  /** A change set answering this window's own write: its edit state is this window's. */
  readonly answer: (changes: ChangeSet) => void;
  /** Listens to the Node side's pushes; returns the stop. */
  readonly follow: () => () => void;
}

export function createProjectStore(bridge: () => ParkPlanBridge, answered: () => Promise<void> = whenAnswered): ProjectStore {
  let state: ProjectLoad = { status: 'loading' };
  const listeners = new Set<() => void>();
  // Change sets applied while a whole read is on its way: applied again on the read's answer.
  let overtaking: ChangeSet[] | null = null;
  let generation = 0;
  // The newest change set an answer to this window's own write carried, and the step of the edit state shown.
  let answeredSeq = 0;
  let editSeq = 0;
  const set = (next: ProjectLoad) => {
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener();
  };
  const apply = (changes: ChangeSet) => {
    overtaking?.push(changes);
    if (state.status !== 'ready') return;
    const project = applyChangeSet(state.project, changes);
    if (project === state.project) return;
    editStateStore.publish(project.edit);
    set({ status: 'ready', project });
  };
  const answer = (changes: ChangeSet) => {
    answeredSeq = Math.max(answeredSeq, changes.seq);
    if (state.status === 'ready' && changes.seq <= state.project.seq) {
      // Its push came first and was applied keeping the edit state we had; this one is ours, and newer.
      if (changes.seq < editSeq) return;
      editSeq = changes.seq;
      editStateStore.publish(changes.edit);
      set({ status: 'ready', project: { ...state.project, edit: changes.edit } });
      return;
    }
    editSeq = Math.max(editSeq, changes.seq);
    apply(changes);
  };
  const load = async () => {
    generation += 1;
    const asked = generation;
    overtaking = [];
    const [info, layers, edit] = await Promise.all([bridge().invoke('app:info', {}), bridge().invoke('map:layers', {}), bridge().invoke('edits:state', {})]);
    if (asked !== generation) return;
    const overtaken = overtaking;
    overtaking = null;
    const failure = !info.ok ? info.error : !layers.ok ? layers.error : !edit.ok ? edit.error : null;
    if (failure !== null || !info.ok || !layers.ok || !edit.ok) {
      // A failed re-read keeps what is on screen; only a first load shows the failure.
      if (state.status !== 'ready') set({ status: 'failed', message: failure?.message ?? '' });
      return;
    }
    let project = loadedProject(info.value.file, layers.value, edit.value, state.status === 'ready' ? state.project : undefined);
    for (const changes of overtaken) project = { ...applyChangeSet({ ...project, seq: 0 }, changes), seq: Math.max(project.seq, changes.seq) };
    editStateStore.publish(project.edit);
    set({ status: 'ready', project });
  };
  // Undo and Redo are per window: another window's change set carries that window's edit state, so ours is
  // kept and asked for again (someone's edit may have made our undo refusable, never another's ours).
  // A push usually overtakes the answer to this window's own write: wait for that answer, whose edit state
  // is ours, before asking.
  const refreshEdit = async (seq: number) => {
    await answered();
    if (answeredSeq >= seq) return;
    const edit = await bridge().invoke('edits:state', {});
    if (!edit.ok || state.status !== 'ready') return;
    editSeq = Math.max(editSeq, seq);
    editStateStore.publish(edit.value);
    set({ status: 'ready', project: { ...state.project, edit: edit.value } });
  };
  const onEvent = (event: ProjectEvent) => {
    if (event.kind !== 'changes') {
      void load();
      return;
    }
    // Our own write's answer usually comes first and has applied these changes already.
    if (state.status === 'ready' && event.changes.seq <= state.project.seq) return;
    apply(state.status === 'ready' ? { ...event.changes, edit: state.project.edit } : event.changes);
    void refreshEdit(event.changes.seq);
  };
  return {
    current: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    load,
    apply,
    answer,
    follow: () => bridge().onProjectEvent(onEvent),
  };
}

/** The workspace's store: every answer carrying a change set is applied to it. */
export const projectStore = createProjectStore(getBridge);
onAnsweredChanges((changes) => projectStore.answer(changes));

/** The store's load state, re-rendering on every change. */
export function useProjectLoad(store: ProjectStore = projectStore): ProjectLoad {
  return useSyncExternalStore(store.subscribe, store.current);
}

/** One part of the loaded project, re-rendering only when that part changes (selectors return stored parts). */
export function useProject<T>(select: (project: ProjectState) => T, store: ProjectStore = projectStore): T {
  return useSyncExternalStore(store.subscribe, () => {
    const load = store.current();
    if (load.status !== 'ready') throw new Error('useProject before the project loaded');
    return select(load.project);
  });
}

/** A number that moves on whenever one of `what` changes: a view reading them from the bridge asks again. */
export function useStamp(what: readonly Stamped[], store: ProjectStore = projectStore): number {
  return useSyncExternalStore(store.subscribe, () => {
    const load = store.current();
    return load.status === 'ready' ? Math.max(...what.map((key) => load.project.stamps[key])) : 0;
  });
}
