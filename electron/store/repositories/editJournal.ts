import type Database from 'better-sqlite3';
import type { ContentsKeeper } from '../gpkg/contents';
import type { JournaledTable, RowImage } from './journalRows';

/** One row the edit touched: its image after (forward) or before (backward); null = no row. */
export interface RowChange {
  readonly fid: number;
  readonly row: RowImage | null;
}

/** The rows of an edit per table, as they are on one side of it. */
export type ChangeSet = Readonly<Partial<Record<JournaledTable, readonly RowChange[]>>>;

/** One undoable edit as the journal holds it. */
export interface JournalEntry {
  readonly seq: number;
  readonly label: string;
  /** The touched rows after the edit: what redo writes. */
  readonly forward: ChangeSet;
  /** The touched rows before the edit: what undo writes. */
  readonly backward: ChangeSet;
  readonly createdAt: string;
  readonly undone: boolean;
  /** Who made it (`window:<id>`, `cli`); null for entries journaled before actors were kept. */
  readonly actor: string | null;
}

export interface JournalCounts {
  /** Edits that can be undone (not undone yet). */
  readonly done: number;
  /** Undone edits that can be redone. */
  readonly undone: number;
}

/**
 * The edit journal (attribute table `edit_journal`); callers run each method inside the edit's transaction.
 * Every method but trim sees one actor's entries: its own and those journaled before actors (actor NULL).
 */
export interface EditJournalRepository {
  /** Appends an edit (not undone) by `actor` and returns its seq. */
  append(actor: string, label: string, forward: ChangeSet, backward: ChangeSet): number;
  /** Deletes the actor's undone edits: its new edit ends its redo branch. */
  discardUndone(actor: string): number;
  /** Deletes the oldest edits (of every actor) beyond `keep`. */
  trim(keep: number): number;
  /** The actor's newest edit not undone (what its undo reverts), or null. */
  lastDone(actor: string): JournalEntry | null;
  /** The actor's oldest undone edit (what its redo re-applies), or null. */
  firstUndone(actor: string): JournalEntry | null;
  setUndone(seq: number, undone: boolean): void;
  counts(actor: string): JournalCounts;
  /** Label of lastDone and firstUndone without parsing their change sets. */
  labels(actor: string): { readonly undo: string | null; readonly redo: string | null };
  /** Entries after `seq`, oldest first, undone ones left out (what team sync signs its pushed rows with). */
  doneAfter(seq: number): JournalEntry[];
  /** The newest entry's seq (0 for an empty journal). */
  lastSeq(): number;
}

interface JournalRow {
  seq: number;
  label: string;
  forward: string;
  backward: string;
  created_at: string;
  undone: number;
  actor: string | null;
}

function toEntry(row: JournalRow): JournalEntry {
  return {
    seq: row.seq,
    label: row.label,
    forward: JSON.parse(row.forward) as ChangeSet,
    backward: JSON.parse(row.backward) as ChangeSet,
    createdAt: row.created_at,
    undone: row.undone !== 0,
    actor: row.actor,
  };
}

/** Creates the edit journal repository on an open project database. */
export function createEditJournalRepository(db: Database.Database, contents: ContentsKeeper): EditJournalRepository {
  const insert = db.prepare('INSERT INTO edit_journal (actor, label, forward, backward, undone) VALUES (?, ?, ?, ?, 0)');
  // The actor's own entries and those from before actors were kept.
  const MINE = '(actor = ? OR actor IS NULL)';
  const deleteUndone = db.prepare(`DELETE FROM edit_journal WHERE undone = 1 AND ${MINE}`);
  const deleteOldest = db.prepare(
    'DELETE FROM edit_journal WHERE seq <= (SELECT seq FROM edit_journal ORDER BY seq DESC LIMIT 1 OFFSET ?)',
  );
  const COLUMNS = 'seq, label, forward, backward, created_at, undone, actor';
  const selectLastDone = db.prepare(`SELECT ${COLUMNS} FROM edit_journal WHERE undone = 0 AND ${MINE} ORDER BY seq DESC LIMIT 1`);
  const selectFirstUndone = db.prepare(`SELECT ${COLUMNS} FROM edit_journal WHERE undone = 1 AND ${MINE} ORDER BY seq LIMIT 1`);
  const labelLastDone = db.prepare(`SELECT label FROM edit_journal WHERE undone = 0 AND ${MINE} ORDER BY seq DESC LIMIT 1`).pluck();
  const labelFirstUndone = db.prepare(`SELECT label FROM edit_journal WHERE undone = 1 AND ${MINE} ORDER BY seq LIMIT 1`).pluck();
  const update = db.prepare('UPDATE edit_journal SET undone = ? WHERE seq = ?');
  const selectDoneAfter = db.prepare(`SELECT ${COLUMNS} FROM edit_journal WHERE undone = 0 AND seq > ? ORDER BY seq`);
  const selectLastSeq = db.prepare('SELECT coalesce(max(seq), 0) FROM edit_journal').pluck();
  const count = db.prepare(`SELECT undone, count(*) AS n FROM edit_journal WHERE ${MINE} GROUP BY undone`);

  const one = (row: unknown): JournalEntry | null => (row === undefined ? null : toEntry(row as JournalRow));
  return {
    append(actor, label, forward, backward) {
      const seq = Number(insert.run(actor, label, JSON.stringify(forward), JSON.stringify(backward)).lastInsertRowid);
      contents.touch('edit_journal');
      return seq;
    },
    discardUndone: (actor) => deleteUndone.run(actor).changes,
    trim: (keep) => deleteOldest.run(keep).changes,
    lastDone: (actor) => one(selectLastDone.get(actor)),
    firstUndone: (actor) => one(selectFirstUndone.get(actor)),
    setUndone(seq, undone) {
      if (update.run(undone ? 1 : 0, seq).changes === 0) throw new Error(`edit ${seq} is not in the journal`);
    },
    counts(actor) {
      const rows = count.all(actor) as { undone: number; n: number }[];
      return {
        done: rows.find((row) => row.undone === 0)?.n ?? 0,
        undone: rows.find((row) => row.undone === 1)?.n ?? 0,
      };
    },
    doneAfter: (seq) => (selectDoneAfter.all(seq) as JournalRow[]).map(toEntry),
    lastSeq: () => selectLastSeq.get() as number,
    labels: (actor) => ({
      undo: (labelLastDone.get(actor) as string | undefined) ?? null,
      redo: (labelFirstUndone.get(actor) as string | undefined) ?? null,
    }),
  };
}
