import type { ProjectStore } from '../../../store/project';

/*
 * The rows this process wrote since the change feed last looked, per open project: the journal notes
 * each entry's rows (editJournal.ts), and the feed turns them into a change set after the request
 * (changeSetBuilder.ts). A note of a write that was rolled back costs one needless feature re-read, no more.
 */

/** Tables written rows are noted for: the journaled ones and the registry tables written without a journal. */
export type NotedTable = 'parks' | 'plots' | 'rail_spurs' | 'utility_lines' | 'residents' | 'allocations' | 'utility_connections' | 'park_capacities' | 'cadastral_parcels';

export type RowNotes = ReadonlyMap<NotedTable, ReadonlySet<number>>;

const pending = new WeakMap<ProjectStore, Map<NotedTable, Set<number>>>();

/** Notes that rows `fids` of `table` were inserted, updated or removed (an empty list: "the table"). */
export function noteRows(store: ProjectStore, table: NotedTable, fids: Iterable<number>): void {
  let notes = pending.get(store);
  if (notes === undefined) pending.set(store, (notes = new Map()));
  let rows = notes.get(table);
  if (rows === undefined) notes.set(table, (rows = new Set()));
  for (const fid of fids) rows.add(fid);
}

/** The rows noted since the last call, cleared. */
export function takeRowNotes(store: ProjectStore): RowNotes {
  const notes = pending.get(store) ?? new Map<NotedTable, Set<number>>();
  pending.delete(store);
  return notes;
}
