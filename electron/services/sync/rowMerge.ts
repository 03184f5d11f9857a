import type { RowImage } from '../../store/project';

/*
 * The three-way merge of one row: as both sides last agreed on it (base), as this copy has it (mine), as
 * the server has it (theirs). A field changed on one side only goes to the other; a field changed on both
 * to different values is a conflict, and each side keeps its own value until a planner decides, so
 * nothing of either is lost. A row deleted on one side and changed on the other is a conflict of the row.
 * Fields under review (an open conflict) are held: neither pushed nor pulled.
 */

export type RowSide = RowImage | null;

/** What to do to one side's row. */
export type RowWrite =
  | { readonly kind: 'none' }
  | { readonly kind: 'delete' }
  | { readonly kind: 'insert'; readonly row: RowImage }
  /** Only the columns in `columns` change. */
  | { readonly kind: 'update'; readonly columns: RowImage };

export interface MergeConflict {
  /** The column, or null when the conflict is the whole row (deleted on one side, changed on the other). */
  readonly field: string | null;
  readonly base: RowImage[string] | RowSide;
  readonly mine: RowImage[string] | RowSide;
  readonly theirs: RowImage[string] | RowSide;
}

export interface RowHold {
  /** The whole row is under review. */
  readonly row: boolean;
  readonly fields: ReadonlySet<string>;
}

export const NOT_HELD: RowHold = { row: false, fields: new Set() };

export interface RowMerge {
  readonly server: RowWrite;
  readonly local: RowWrite;
  /** The server's row once `server` is written: what both sides agree on from now on. */
  readonly base: RowSide;
  readonly conflicts: readonly MergeConflict[];
  /** Held fields the server changed again: the review should show its newest value. */
  readonly heldChanges: readonly { readonly field: string | null; readonly theirs: RowImage[string] | RowSide }[];
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

const fieldsOf = (...rows: RowSide[]): string[] => [...new Set(rows.flatMap((row) => (row === null ? [] : Object.keys(row))))].filter((field) => field !== 'fid');

/** True when two images of a row hold the same values (fid aside: it is local on one side). */
export const sameRow = (a: RowSide, b: RowSide): boolean =>
  a === null || b === null ? a === b : fieldsOf(a, b).every((field) => same(a[field], b[field]));

const NONE: RowWrite = { kind: 'none' };

function mergeFields(base: RowImage, mine: RowImage, theirs: RowImage, hold: RowHold): RowMerge {
  const toServer: Record<string, RowImage[string]> = {};
  const toLocal: Record<string, RowImage[string]> = {};
  const conflicts: MergeConflict[] = [];
  const heldChanges: { field: string; theirs: RowImage[string] }[] = [];
  for (const field of fieldsOf(base, mine, theirs)) {
    const [b, m, t] = [base[field] ?? null, mine[field] ?? null, theirs[field] ?? null];
    if (hold.fields.has(field)) {
      if (!same(t, b)) heldChanges.push({ field, theirs: t });
      continue;
    }
    if (same(m, t)) continue;
    if (same(t, b)) toServer[field] = m;
    else if (same(m, b)) toLocal[field] = t;
    else conflicts.push({ field, base: b, mine: m, theirs: t });
  }
  const write = (columns: Record<string, RowImage[string]>): RowWrite => (Object.keys(columns).length === 0 ? NONE : { kind: 'update', columns });
  return { server: write(toServer), local: write(toLocal), base: { ...theirs, ...toServer }, conflicts, heldChanges };
}

/**
 * Merges one row. The images must be in the same terms (the same fids for the row and its references).
 *
 * @example
 * // The status changed here, the notes on the server: both go across, no conflict.
 * mergeRow({ status: 'free', notes: '' }, { status: 'reserved', notes: '' }, { status: 'free', notes: 'road' }, NOT_HELD);
 */
export function mergeRow(base: RowSide, mine: RowSide, theirs: RowSide, hold: RowHold = NOT_HELD): RowMerge {
  const none = (next: RowSide): RowMerge => ({ server: NONE, local: NONE, base: next, conflicts: [], heldChanges: [] });
  if (hold.row) {
    const changed = !sameRow(theirs, base);
    return { ...none(theirs), heldChanges: changed ? [{ field: null, theirs }] : [] };
  }
  if (mine === null && theirs === null) return none(null);
  if (mine !== null && theirs !== null) return mergeFields(base ?? {}, mine, theirs, hold);
  const mineChanged = !sameRow(mine, base);
  const theirsChanged = !sameRow(theirs, base);
  if (!mineChanged && !theirsChanged) return none(base);
  if (!theirsChanged) {
    // Only this copy changed the row: it was added or deleted here.
    return { ...none(mine), server: mine === null ? { kind: 'delete' } : { kind: 'insert', row: mine } };
  }
  if (!mineChanged) return { ...none(theirs), local: theirs === null ? { kind: 'delete' } : { kind: 'insert', row: theirs } };
  // Deleted on one side, changed on the other.
  return { ...none(theirs), conflicts: [{ field: null, base, mine, theirs }] };
}
