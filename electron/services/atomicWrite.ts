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
