import type { ProjectStore } from './project';

/**
 * A write transaction opened by hand, for work that spans many turns of the event loop (an import job
 * written in time slices), which store.transaction(fn) cannot hold since fn must be synchronous. Use it
 * on a connection of its own: everything done through that store between begin and commit/rollback is in it.
 */
export interface SpanningTransaction {
  commit(): void;
  /** Undoes everything since begin; a no-op once committed or rolled back. */
  rollback(): void;
  readonly open: boolean;
}

/**
 * BEGIN IMMEDIATE: takes the write lock now (waiting up to the busy timeout), so a conflict shows at the start.
 *
 * @example
 * const tx = beginSpanningTransaction(writer);
 * try { … ; tx.commit(); } finally { tx.rollback(); }
 */
export function beginSpanningTransaction(store: ProjectStore): SpanningTransaction {
  store.db.exec('BEGIN IMMEDIATE');
  let open = true;
  return {
    commit() {
      store.db.exec('COMMIT');
      open = false;
    },
    rollback() {
      if (!open) return;
      open = false;
      // SQLite may already have rolled back on its own (an I/O or full-disk error): then there is nothing to undo.
      if (store.db.inTransaction) store.db.exec('ROLLBACK');
    },
    get open() {
      return open;
    },
  };
}
