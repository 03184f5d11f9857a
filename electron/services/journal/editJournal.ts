import type { EditState } from '../../../shared/contract/editViews';
import { JOURNALED_TABLES, MissingRowError, type ChangeSet, type JournaledTable, type ProjectStore, type RowChange, type RowImage } from '../../store/project';
import { noteRows } from './changeFeed/rowNotes';
import { isMessageKey, message, type Message } from '../../../shared/messages/message';
import { currentActor } from './editActor';
import { RefusedError } from '../refusals/refusedError';

/*
 * Undo and redo kept in the project file. An edit runs in ONE transaction together with its journal
 * entry: the rows it touched, before and after. Undo writes the before-images back, redo the
 * after-images; both touch only the columns the edit changed, so a change made since by another tool
 * (an allocation setting a plot's status) is not wound back with it. Each entry keeps its actor (a window,
 * the CLI): undo and redo take the asking actor's entries only, and refuse when a column they would write
 * back was changed since by anyone else (another window, QGIS, ogrinfo), so they never overwrite it.
 */

/** Edits kept; the oldest beyond are dropped (the issue asks for at least 200). */
export const JOURNAL_LIMIT = 500;

/** What an edit tells the journal about the rows it touches. */
export interface EditRecorder {
  /** Before changing or deleting a row: its current image is kept as the before-image. */
  willChange(table: JournaledTable, fid: number): void;
  /** After inserting a row: it had no before-image. */
  inserted(table: JournaledTable, fid: number): void;
}

interface Touched {
  readonly table: JournaledTable;
  readonly fid: number;
  readonly before: RowImage | null;
}

const same = (a: RowImage | null, b: RowImage | null): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The journal side of one edit, for an edit run inside a transaction someone else holds. */
export interface JournalDraft {
  readonly recorder: EditRecorder;
  /** Appends the entry (dropping the undone tail, trimming the journal); nothing when nothing changed. */
  write(label: Message): void;
}

/**
 * Starts journaling an edit: must be used inside one transaction that also holds the edit. An import
 * job's transaction spans many time slices, so it cannot be one recordEdit call.
 */
export function draftJournalEntry(store: ProjectStore): JournalDraft {
  const touched = new Map<string, Touched>();
  const recorder: EditRecorder = {
    willChange(table, fid) {
      const key = `${table}:${fid}`;
      if (!touched.has(key)) touched.set(key, { table, fid, before: store.journalRows.read(table, fid) });
    },
    inserted(table, fid) {
      const key = `${table}:${fid}`;
      if (!touched.has(key)) touched.set(key, { table, fid, before: null });
    },
  };
  const write = (label: Message): void => {
    const forward: Partial<Record<JournaledTable, RowChange[]>> = {};
    const backward: Partial<Record<JournaledTable, RowChange[]>> = {};
    for (const { table, fid, before } of touched.values()) {
      const after = store.journalRows.read(table, fid);
      if (same(before, after)) continue;
      (forward[table] ??= []).push({ fid, row: after });
      (backward[table] ??= []).push({ fid, row: before });
    }
    if (Object.keys(forward).length > 0) {
      const actor = currentActor();
      noteChangeSet(store, forward);
      store.editJournal.discardUndone(actor);
      // The key and parameters, so the label is worded in each reader's language.
      store.editJournal.append(actor, JSON.stringify(label), forward, backward);
      store.editJournal.trim(JOURNAL_LIMIT);
    }
  };
  return { recorder, write };
}

/**
 * Runs an edit in one transaction and journals it under `label`: the undone tail is dropped, the entry
 * appended and the journal trimmed, all or nothing with the edit. An edit that changed nothing is not
 * journaled.
 *
 * @example
 * recordEdit(store, message('edit.deletePlot', { code: 'Р-12' }), (recorder) => {
 *   recorder.willChange('plots', plot.id);
 *   store.plots.remove(plot.id);
 * });
 */
export function recordEdit<T>(store: ProjectStore, label: Message, edit: (recorder: EditRecorder) => T): T {
  return store.transaction(() => {
    const draft = draftJournalEntry(store);
    const result = edit(draft.recorder);
    draft.write(label);
    return result;
  });
}

/** Tells the change feed which rows an entry wrote (see changeFeed/rowNotes.ts). */
function noteChangeSet(store: ProjectStore, changes: ChangeSet): void {
  for (const table of JOURNALED_TABLES) {
    const rows = changes[table];
    if (rows !== undefined) noteRows(store, table, rows.map((change) => change.fid));
  }
}

/** Columns whose values differ between two images of the same row (fid excluded). */
function changedColumns(target: RowImage, other: RowImage): RowImage {
  const columns: Record<string, RowImage[string]> = {};
  for (const [column, value] of Object.entries(target)) {
    if (column !== 'fid' && JSON.stringify(value) !== JSON.stringify(other[column])) columns[column] = value ?? null;
  }
  return columns;
}

/**
 * Makes the touched rows look as `target` has them, `current` being how the entry left them: rows
 * inserted or updated parents first (a plot before its connections), then rows deleted children first.
 */
function applyChangeSet(store: ProjectStore, target: ChangeSet, current: ChangeSet): void {
  noteChangeSet(store, target);
  const counterpart = (table: JournaledTable, fid: number): RowImage | null =>
    current[table]?.find((change) => change.fid === fid)?.row ?? null;
  for (const table of JOURNALED_TABLES) {
    for (const { fid, row } of target[table] ?? []) {
      if (row === null) continue;
      const now = counterpart(table, fid);
      if (now === null) store.journalRows.insert(table, row);
      else store.journalRows.update(table, fid, changedColumns(row, now));
    }
  }
  for (const table of [...JOURNALED_TABLES].reverse()) {
    for (const { fid, row } of target[table] ?? []) if (row === null) store.journalRows.remove(table, fid);
  }
}

type Action = 'undo' | 'redo';

const equal = (a: RowImage[string] | undefined, b: RowImage[string] | undefined): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The feature as a planner names it: a plot by its code, a line or a resident by its name. */
function featureOf(table: JournaledTable, image: RowImage): ReturnType<typeof message> {
  const name = table === 'plots' ? image['code'] : table === 'cadastral_parcels' ? image['cadastral_number'] : table === 'utility_connections' || table === 'park_capacities' ? `#${String(image['fid'])}` : image['name'];
  return message(`journal.feature.${table}`, { name: typeof name === 'string' || typeof name === 'number' ? name : `#${String(image['fid'])}` });
}

function fieldOf(column: string): ReturnType<typeof message> {
  const key = `journal.field.${column}`;
  return isMessageKey(key) ? message(key) : message('journal.field.other', { column });
}

/**
 * Refuses when the file is no longer as the entry left it (`current` being that side): a row it would
 * write back was deleted or re-added since, or one of the columns it changed holds another value now.
 * Columns the entry did not change may differ (an allocation setting a plot's status).
 */
function expectUnchangedSince(store: ProjectStore, action: Action, target: ChangeSet, current: ChangeSet): void {
  for (const table of JOURNALED_TABLES) {
    for (const { fid, row: left } of current[table] ?? []) {
      const now = store.journalRows.read(table, fid);
      const wanted = target[table]?.find((change) => change.fid === fid)?.row ?? null;
      if (left === null) {
        if (now !== null) throw new RefusedError(`journal.${action}.addedSince`, { feature: featureOf(table, now) });
        continue;
      }
      if (now === null) throw new RefusedError(`journal.${action}.removedSince`, { feature: featureOf(table, left) });
      const columns = Object.keys(left).filter((column) => column !== 'fid' && (wanted === null || !equal(left[column], wanted[column])));
      const changed = columns.find((column) => !equal(left[column], now[column]));
      if (changed !== undefined) throw new RefusedError(`journal.${action}.changedSince`, { feature: featureOf(table, now), field: fieldOf(changed) });
    }
  }
}

/** Why the file refused a journal entry's write, in words a planner can act on. */
function conflict(action: Action, error: unknown): Error {
  if (error instanceof MissingRowError) return new RefusedError(`journal.${action}.constraint`, { text: error.message });
  if (error instanceof Error && error.name === 'SqliteError') {
    const code = (error as Error & { code?: string }).code ?? '';
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return new RefusedError(`journal.${action}.stillUsed`);
    if (code.startsWith('SQLITE_CONSTRAINT')) return new RefusedError(`journal.${action}.constraint`, { text: error.message });
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** A stored label as a message; an entry written before labels were keys keeps its English text. */
export function journalLabel(stored: string | null): Message | null {
  if (stored === null) return null;
  try {
    const parsed: unknown = JSON.parse(stored);
    if (typeof parsed === 'object' && parsed !== null && 'key' in parsed && isMessageKey(parsed.key) && 'params' in parsed && typeof parsed.params === 'object' && parsed.params !== null) {
      return { key: parsed.key, params: parsed.params as Message['params'] };
    }
  } catch {
    // Not JSON: a label of an older ParkPlan, in English.
  }
  return message('edit.earlier', { text: stored });
}

/** The journal's state as the asking actor's Undo and Redo buttons show it. */
export function editState(store: ProjectStore): EditState {
  const actor = currentActor();
  const counts = store.editJournal.counts(actor);
  const labels = store.editJournal.labels(actor);
  return { canUndo: counts.done > 0, canRedo: counts.undone > 0, undoLabel: journalLabel(labels.undo), redoLabel: journalLabel(labels.redo), depth: counts.done };
}

/**
 * Reverts the asking actor's newest edit not yet undone; with nothing to undo, the state is returned as it
 * is. Refused, with nothing written, when someone else has changed what the edit wrote.
 */
export function undoEdit(store: ProjectStore): EditState {
  return store.transaction(() => {
    const entry = store.editJournal.lastDone(currentActor());
    if (entry !== null) {
      expectUnchangedSince(store, 'undo', entry.backward, entry.forward);
      try {
        applyChangeSet(store, entry.backward, entry.forward);
      } catch (error) {
        throw conflict('undo', error);
      }
      store.editJournal.setUndone(entry.seq, true);
    }
    return editState(store);
  });
}

/** Re-applies the asking actor's oldest undone edit; refused like undo when someone else changed it since. */
export function redoEdit(store: ProjectStore): EditState {
  return store.transaction(() => {
    const entry = store.editJournal.firstUndone(currentActor());
    if (entry !== null) {
      expectUnchangedSince(store, 'redo', entry.forward, entry.backward);
      try {
        applyChangeSet(store, entry.forward, entry.backward);
      } catch (error) {
        throw conflict('redo', error);
      }
      store.editJournal.setUndone(entry.seq, false);
    }
    return editState(store);
  });
}
