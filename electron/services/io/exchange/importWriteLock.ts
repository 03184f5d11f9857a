import { BUSY_TIMEOUT_MS, type ProjectStore } from '../../../store/project';

/*
 * While an import job holds the write transaction on its own connection, a write through the main
 * connection would wait BUSY_TIMEOUT_MS (5 s, the event loop blocked) and then fail anyway. So for the
 * job's duration the main connection's busy timeout is 0: its BEGIN IMMEDIATE fails at once with
 * SQLITE_BUSY, before anything is changed, and dispatch() answers 'failure.importBusy' naming importBusyLabel(). Reads are
 * not affected: in WAL mode they never wait for a writer.
 */

const holders = new Map<string, string>();

/** Marks `store`'s file as being written by an import job named `label` (the planner's file name). */
export function holdImportWriteLock(store: ProjectStore, label: string): void {
  holders.set(store.file, label);
  store.db.pragma('busy_timeout = 0');
}

export function releaseImportWriteLock(store: ProjectStore): void {
  holders.delete(store.file);
  if (store.db.open) store.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
}

/** The message for a write refused because an import job is writing, or null when none is. */
export function importBusyLabel(): string | null {
  const [label] = holders.values();
  return label ?? null;
}

/** SQLite's "database is locked", the error a write gets while another connection holds the write lock. */
export const isSqliteBusy = (error: unknown): boolean =>
  error instanceof Error && error.name === 'SqliteError' && ((error as Error & { code?: string }).code ?? '').startsWith('SQLITE_BUSY');
