import { JOURNALED_TABLES, type ImagedTable, type JournaledTable, type ProjectStore, type RowImage, type SyncConflict } from '../../store/project';
import { isMessageKey, type Message } from '../../../shared/messages/message';
import { draftJournalEntry } from '../journal/editJournal';
import { RefusedError } from '../refusals/refusedError';

/*
 * The conflicts a sync found, for review: each with the value on both sides and who made theirs. A
 * planner takes mine (the next sync sends it) or theirs (written here now, as an edit that can be undone).
 * Until then the field — or the whole row, when it was deleted on one side — is held: sync neither sends
 * nor overwrites it, so nothing of either side is lost.
 */

export interface ConflictView {
  readonly id: number;
  readonly table: ImagedTable;
  readonly fid: number;
  /** How a planner names the row: a plot's code, a resident's or line's name, else #fid. */
  readonly feature: string;
  readonly kind: SyncConflict['kind'];
  readonly field: string | null;
  readonly mine: SyncConflict['mine'];
  readonly theirs: SyncConflict['theirs'];
  readonly base: SyncConflict['base'];
  readonly theirPlanner: string | null;
  readonly reason: Message | null;
  readonly detectedAt: string;
  readonly resolution: SyncConflict['resolution'];
}

const isImage = (value: SyncConflict['mine']): value is RowImage => value !== null && typeof value === 'object' && !('type' in value && 'coordinates' in value);

function featureName(store: ProjectStore, conflict: SyncConflict): string {
  const row = store.rowImages.read(conflict.table, conflict.fid) ?? (isImage(conflict.mine) ? conflict.mine : null) ?? (isImage(conflict.theirs) ? conflict.theirs : null);
  const name = row?.['code'] ?? row?.['name'] ?? row?.['agreement_no'];
  return typeof name === 'string' && name !== '' ? name : `#${conflict.fid}`;
}

function parseReason(text: string | null): Message | null {
  if (text === null) return null;
  const reason = JSON.parse(text) as Message;
  return isMessageKey(reason.key) ? reason : null;
}

export function listConflicts(store: ProjectStore, includeResolved = false): ConflictView[] {
  return store.read(() =>
    store.syncState.conflicts(includeResolved).map((conflict) => ({
      id: conflict.id,
      table: conflict.table,
      fid: conflict.fid,
      feature: featureName(store, conflict),
      kind: conflict.kind,
      field: conflict.field,
      mine: conflict.mine,
      theirs: conflict.theirs,
      base: conflict.base,
      theirPlanner: conflict.theirPlanner,
      reason: parseReason(conflict.reason),
      detectedAt: conflict.detectedAt,
      resolution: conflict.resolution,
    })),
  );
}

const isJournaled = (table: ImagedTable): table is JournaledTable => (JOURNALED_TABLES as readonly string[]).includes(table);

/** Makes the row here as the server has it: the one field, or the whole row (inserted, rewritten or deleted). */
function takeTheirs(store: ProjectStore, conflict: SyncConflict): void {
  const { table, fid } = conflict;
  const draft = draftJournalEntry(store);
  if (isJournaled(table)) draft.recorder.willChange(table, fid);
  const now = store.rowImages.read(table, fid);
  if (conflict.field !== null) {
    store.rowImages.update(table, fid, { [conflict.field]: (conflict.theirs ?? null) as RowImage[string] });
  } else if (!isImage(conflict.theirs)) {
    if (now !== null) {
      try {
        store.rowImages.remove(table, fid);
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw new RefusedError('sync.conflict.stillUsed', { id: conflict.id });
        throw error;
      }
    }
  } else if (now === null) {
    store.rowImages.insert(table, { ...conflict.theirs, fid });
  } else {
    store.rowImages.update(table, fid, conflict.theirs);
  }
  draft.write(`Took the server’s version (conflict ${conflict.id})`);
}

/**
 * Resolves an open conflict. `mine`: this copy's value stays and the next sync sends it. `theirs`: the
 * server's value is written here now (undoable like any edit) and the next sync has nothing to send.
 */
export function resolveConflict(store: ProjectStore, id: number, take: 'mine' | 'theirs'): ConflictView {
  store.transaction(() => {
    const conflict = store.syncState.conflict(id);
    if (conflict === null || conflict.resolvedAt !== null) throw new RefusedError('sync.conflict.unknown', { id });
    if (take === 'theirs') {
      try {
        takeTheirs(store, conflict);
      } catch (error) {
        const code = (error as { code?: string }).code ?? '';
        if (code.startsWith('SQLITE_CONSTRAINT')) throw new RefusedError('sync.conflict.refusedHere', { id, text: (error as Error).message });
        throw error;
      }
    }
    store.syncState.resolve(id, take);
  });
  return listConflicts(store, true).find((conflict) => conflict.id === id)!;
}
