import { accessSync, constants, copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';

const SIDE_FILES = ['-wal', '-shm'] as const;

function writable(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** A connection to a project file and how to close it (for a reading one: without leaving anything beside the file). */
export interface ProjectConnection {
  readonly db: Database.Database;
  close(): void;
}

/**
 * Opens a project file to read it and leave it as it was, -wal and -shm included. A read-only SQLite
 * connection to a WAL file creates both and, being read-only, cannot remove them on close — `info` used
 * to leave them beside a file it only read. So:
 * - a file we may write is opened read-write with query_only on: nothing can be written, and the last
 *   connection's close removes the -wal and -shm as it does for any WAL file;
 * - a file we may not write (mode 444, a read-only folder) is opened read-only; what that connection
 *   created — an empty -wal and a -shm that were not there before — is removed after it closes. Nobody
 *   can write that file, so the empty WAL holds nothing another reader could need;
 * - in a read-only folder SQLite cannot make the -shm a WAL file needs even to read, so the file (and its
 *   -wal, if any) is copied to a temporary folder and read there; close removes the copy.
 */
export function openReadingConnection(file: string, nativeBinding: string | undefined, timeout?: number): ProjectConnection {
  const binding = nativeBinding ? { nativeBinding } : {};
  const timing = timeout === undefined ? {} : { timeout };
  // The folder too: a WAL file's reader-writer needs to create the -wal beside it.
  if (writable(file) && writable(dirname(file))) {
    const db = new Database(file, { fileMustExist: true, ...timing, ...binding });
    try {
      db.pragma('query_only = ON');
    } catch (error) {
      db.close();
      throw error;
    }
    return { db, close: () => db.close() };
  }
  if (!writable(dirname(file))) return openCopy(file, nativeBinding, timeout);
  const absent = SIDE_FILES.filter((suffix) => !existsSync(file + suffix));
  const db = new Database(file, { readonly: true, fileMustExist: true, ...timing, ...binding });
  return {
    db,
    close() {
      db.close();
      for (const suffix of absent) {
        const side = file + suffix;
        if (existsSync(side) && (suffix === '-shm' || statSync(side).size === 0)) rmSync(side, { force: true });
      }
    },
  };
}

function openCopy(file: string, nativeBinding: string | undefined, timeout: number | undefined): ProjectConnection {
  const folder = mkdtempSync(join(tmpdir(), 'parkplan-read-'));
  const copy = join(folder, basename(file));
  try {
    copyFileSync(file, copy);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    const inner = openReadingConnection(copy, nativeBinding, timeout);
    return {
      db: inner.db,
      close() {
        inner.close();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}
