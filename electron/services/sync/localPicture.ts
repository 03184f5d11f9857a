import type { ProjectStore, RowImage, SyncConflict, SyncedRow } from '../../store/project';
import type { RowHold } from './rowMerge';
import { sameRow } from './rowMerge';
import type { TableSpec } from './server/serverTables';

/*
 * What a sync needs of the working copy, read in one snapshot before the server is asked: every row now,
 * the rows as last synced, the conflicts under review (which hold their fields), and who made each edit
 * since the last sync, from the edit journal's entries (label, actor, time) — what signs the pushed rows.
 */

export interface EditSignature {
  readonly label: string;
  readonly actor: string | null;
  readonly editedAt: string;
}

export interface LocalTable {
  readonly rows: ReadonlyMap<number, RowImage>;
  readonly synced: ReadonlyMap<number, SyncedRow>;
  /** Local fids whose row differs from the last synced image (added, changed or deleted here). */
  readonly changed: readonly number[];
  readonly holds: ReadonlyMap<number, RowHold>;
  readonly nextFid: number;
}

export interface LocalPicture {
  readonly tables: ReadonlyMap<string, LocalTable>;
  readonly openConflicts: readonly SyncConflict[];
  readonly signatures: ReadonlyMap<string, EditSignature>;
  readonly journalSeq: number;
}

export const rowKey = (table: string, fid: number): string => `${table}:${fid}`;

function holdsOf(conflicts: readonly SyncConflict[], table: string): Map<number, RowHold> {
  const holds = new Map<number, { row: boolean; fields: Set<string> }>();
  for (const conflict of conflicts) {
    if (conflict.table !== table) continue;
    const hold = holds.get(conflict.fid) ?? { row: false, fields: new Set<string>() };
    if (conflict.field === null) hold.row = true;
    else hold.fields.add(conflict.field);
    holds.set(conflict.fid, hold);
  }
  return holds;
}

/** Reads the picture; call inside store.read so that it is one snapshot. */
export function readLocalPicture(store: ProjectStore, specs: readonly TableSpec[], journalSeq: number): LocalPicture {
  const openConflicts = store.syncState.conflicts(false);
  const tables = new Map<string, LocalTable>();
  for (const spec of specs) {
    const rows = new Map(store.rowImages.all(spec.name).map((image) => [image['fid'] as number, image]));
    const synced = new Map(store.syncState.rows(spec.name).map((row) => [row.fid, row]));
    const changed = new Set<number>();
    for (const [fid, image] of rows) if (!sameRow(image, synced.get(fid)?.base ?? null)) changed.add(fid);
    for (const [fid, row] of synced) if (!rows.has(fid) && row.base !== null) changed.add(fid);
    tables.set(spec.name, { rows, synced, changed: [...changed].sort((a, b) => a - b), holds: holdsOf(openConflicts, spec.name), nextFid: store.rowImages.nextFid(spec.name) });
  }
  const signatures = new Map<string, EditSignature>();
  const entries = store.editJournal.doneAfter(journalSeq);
  for (const entry of entries) {
    for (const [table, changes] of Object.entries(entry.forward)) {
      for (const change of changes ?? []) signatures.set(rowKey(table, change.fid), { label: entry.label, actor: entry.actor, editedAt: entry.createdAt });
    }
  }
  return { tables, openConflicts, signatures, journalSeq: store.editJournal.lastSeq() };
}
