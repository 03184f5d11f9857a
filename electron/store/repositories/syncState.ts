import type Database from 'better-sqlite3';
import type { ImagedTable, RowImage } from './rowImages';

/*
 * A working copy's sync state (migration 7): the link to the server, the rows as both sides last agreed
 * on them, and the conflicts under review. Images are JSON, as the edit journal keeps them.
 */

export interface SyncLink {
  /** postgresql://user@host:port/database — never with a password. */
  readonly serverUrl: string;
  readonly schemaName: string;
  readonly copyId: number;
  readonly planner: string;
  /** The server's change log is pulled up to this seq. */
  readonly logSeq: number;
  /** Journal entries up to this seq have been pushed (their labels sign the pushed rows). */
  readonly journalSeq: number;
  readonly syncedAt: string | null;
}

/** One row as last agreed: its fid on the server and its image then (null: the server has none). */
export interface SyncedRow {
  readonly fid: number;
  readonly serverFid: number;
  readonly base: RowImage | null;
}

export const CONFLICT_KINDS = ['field', 'row', 'refused'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];
export type ConflictValue = RowImage[string] | RowImage | null;

export interface NewSyncConflict {
  readonly table: ImagedTable;
  /** The local fid of the row. */
  readonly fid: number;
  /** field: one column changed on both sides; row: deleted on one, changed on the other; refused: the server's rule. */
  readonly kind: ConflictKind;
  /** The column, for a field conflict. */
  readonly field: string | null;
  readonly base: ConflictValue;
  readonly mine: ConflictValue;
  readonly theirs: ConflictValue;
  readonly theirPlanner: string | null;
  /** Why the server refused it (the constraint's words), for a refused one. */
  readonly reason: string | null;
}

export interface SyncConflict extends NewSyncConflict {
  readonly id: number;
  readonly detectedAt: string;
  readonly resolvedAt: string | null;
  readonly resolution: 'mine' | 'theirs' | null;
}

export interface SyncStateRepository {
  link(): SyncLink | null;
  /** Links the file to a server (publish, clone); a file links once. */
  createLink(link: SyncLink): void;
  recordSync(logSeq: number, journalSeq: number, syncedAt: string): void;
  rows(table: ImagedTable): SyncedRow[];
  putRow(table: ImagedTable, row: SyncedRow): void;
  dropRow(table: ImagedTable, fid: number): void;
  /** Conflicts, oldest first; resolved ones too when asked. */
  conflicts(includeResolved: boolean): SyncConflict[];
  conflict(id: number): SyncConflict | null;
  addConflict(conflict: NewSyncConflict): number;
  /** The other side changed a value under review again: the review shows the newest. */
  updateTheirs(id: number, theirs: ConflictValue, theirPlanner: string | null): void;
  resolve(id: number, resolution: 'mine' | 'theirs'): void;
}

interface ConflictRow {
  id: number;
  table_name: ImagedTable;
  fid: number;
  kind: ConflictKind;
  field: string | null;
  base: string | null;
  mine: string | null;
  theirs: string | null;
  their_planner: string | null;
  reason: string | null;
  detected_at: string;
  resolved_at: string | null;
  resolution: 'mine' | 'theirs' | null;
}

const parse = (text: string | null): ConflictValue => (text === null ? null : (JSON.parse(text) as ConflictValue));
const json = (value: ConflictValue): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

function toConflict(row: ConflictRow): SyncConflict {
  return {
    id: row.id,
    table: row.table_name,
    fid: row.fid,
    kind: row.kind,
    field: row.field,
    base: parse(row.base),
    mine: parse(row.mine),
    theirs: parse(row.theirs),
    theirPlanner: row.their_planner,
    reason: row.reason,
    detectedAt: row.detected_at,
    resolvedAt: row.resolved_at,
    resolution: row.resolution,
  };
}

/** Creates the sync state repository on an open project database. */
export function createSyncStateRepository(db: Database.Database): SyncStateRepository {
  const selectLink = db.prepare(
    'SELECT server_url AS serverUrl, schema_name AS schemaName, copy_id AS copyId, planner, log_seq AS logSeq, journal_seq AS journalSeq, synced_at AS syncedAt FROM parkplan_sync_link WHERE id = 1',
  );
  const insertLink = db.prepare(
    'INSERT INTO parkplan_sync_link (id, server_url, schema_name, copy_id, planner, log_seq, journal_seq, synced_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?)',
  );
  const updateProgress = db.prepare('UPDATE parkplan_sync_link SET log_seq = ?, journal_seq = ?, synced_at = ? WHERE id = 1');
  const selectRows = db.prepare('SELECT fid, server_fid AS serverFid, base FROM parkplan_sync_rows WHERE table_name = ? ORDER BY fid');
  const upsertRow = db.prepare(
    'INSERT INTO parkplan_sync_rows (table_name, fid, server_fid, base) VALUES (?, ?, ?, ?) ON CONFLICT (table_name, fid) DO UPDATE SET server_fid = excluded.server_fid, base = excluded.base',
  );
  const deleteRow = db.prepare('DELETE FROM parkplan_sync_rows WHERE table_name = ? AND fid = ?');
  const CONFLICT_COLUMNS = 'id, table_name, fid, kind, field, base, mine, theirs, their_planner, reason, detected_at, resolved_at, resolution';
  const selectOpen = db.prepare(`SELECT ${CONFLICT_COLUMNS} FROM parkplan_sync_conflicts WHERE resolved_at IS NULL ORDER BY id`);
  const selectAll = db.prepare(`SELECT ${CONFLICT_COLUMNS} FROM parkplan_sync_conflicts ORDER BY id`);
  const selectOne = db.prepare(`SELECT ${CONFLICT_COLUMNS} FROM parkplan_sync_conflicts WHERE id = ?`);
  const insertConflict = db.prepare(
    'INSERT INTO parkplan_sync_conflicts (table_name, fid, kind, field, base, mine, theirs, their_planner, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const updateConflictTheirs = db.prepare('UPDATE parkplan_sync_conflicts SET theirs = ?, their_planner = ? WHERE id = ?');
  const resolveConflict = db.prepare(
    "UPDATE parkplan_sync_conflicts SET resolution = ?, resolved_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ? AND resolved_at IS NULL",
  );

  return {
    link: () => (selectLink.get() as SyncLink | undefined) ?? null,
    createLink(link) {
      insertLink.run(link.serverUrl, link.schemaName, link.copyId, link.planner, link.logSeq, link.journalSeq, link.syncedAt);
    },
    recordSync(logSeq, journalSeq, syncedAt) {
      updateProgress.run(logSeq, journalSeq, syncedAt);
    },
    rows(table) {
      const rows = selectRows.all(table) as { fid: number; serverFid: number; base: string | null }[];
      return rows.map((row) => ({ fid: row.fid, serverFid: row.serverFid, base: row.base === null ? null : (JSON.parse(row.base) as RowImage) }));
    },
    putRow(table, row) {
      upsertRow.run(table, row.fid, row.serverFid, row.base === null ? null : JSON.stringify(row.base));
    },
    dropRow(table, fid) {
      deleteRow.run(table, fid);
    },
    conflicts: (includeResolved) => ((includeResolved ? selectAll : selectOpen).all() as ConflictRow[]).map(toConflict),
    conflict(id) {
      const row = selectOne.get(id) as ConflictRow | undefined;
      return row === undefined ? null : toConflict(row);
    },
    addConflict(conflict) {
      const { table, fid, kind, field, base, mine, theirs, theirPlanner, reason } = conflict;
      return Number(insertConflict.run(table, fid, kind, field, json(base), json(mine), json(theirs), theirPlanner, reason).lastInsertRowid);
    },
    updateTheirs(id, theirs, theirPlanner) {
      updateConflictTheirs.run(json(theirs), theirPlanner, id);
    },
    resolve(id, resolution) {
      if (resolveConflict.run(resolution, id).changes === 0) throw new Error(`conflict ${id} is not open`);
    },
  };
}
