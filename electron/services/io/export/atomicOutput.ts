import { renameSync, rmSync, writeFileSync } from 'node:fs';

/** Writes a whole file or nothing: a crash mid-write leaves the old file (or none), never half of the new one. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.partial`;
  try {
    writeFileSync(temporary, data, { flush: true });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Runs `write` on a temporary path beside `outFile` and renames it into place only when `write` succeeds,
 * so a failed export leaves no partial file (and an older `outFile` untouched). For writers that need a
 * path rather than bytes (SQLite backup, PDF streams); bytes go through writeFileAtomic.
 *
 * @example
 * await withAtomicOutput('park.gpkg', (temporary) => store.backup(temporary));
 */
export async function withAtomicOutput(outFile: string, write: (temporary: string) => void | Promise<void>): Promise<void> {
  const temporary = `${outFile}.${process.pid}.partial`;
  const leftovers = [temporary, `${temporary}-wal`, `${temporary}-shm`, `${temporary}-journal`];
  try {
    await write(temporary);
    renameSync(temporary, outFile);
  } catch (error) {
    for (const path of leftovers) rmSync(path, { force: true });
    throw error;
  }
  for (const path of leftovers.slice(1)) rmSync(path, { force: true });
}

/**
 * Writes several files as one: every one goes to a temporary path first and they are renamed into place
 * only when all are written, so a failure leaves none of them (a crash between renames can still leave a
 * set of whole files from two runs, never a partial file).
 */
export function writeFilesAtomic(files: readonly { readonly path: string; readonly data: string | Uint8Array }[]): void {
  const temporaries = files.map((file) => `${file.path}.${process.pid}.partial`);
  try {
    files.forEach((file, index) => writeFileSync(temporaries[index] ?? '', file.data, { flush: true }));
    files.forEach((file, index) => renameSync(temporaries[index] ?? '', file.path));
  } catch (error) {
    for (const temporary of temporaries) rmSync(temporary, { force: true });
    throw error;
  }
}
