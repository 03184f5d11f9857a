import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { UsageError } from '../../electron/cli/cliError';
import { importCommand } from '../../electron/cli/commands/import';
import { createDemoProject } from '../../electron/services/project/demoProject';
import { openProject, type ProjectStore } from '../../electron/store/project';

/** The fixtures the import tests read (made by make-fixtures.ts). */
export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');

export interface ImportRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** `parkplan import` in this process, with the exit code runCli would give (1 data, 2 usage). */
export function runImport(...args: string[]): ImportRun {
  const lines: string[] = [];
  try {
    importCommand(args, (line) => lines.push(line), 'en');
    return { code: 0, out: lines.join('\n'), err: '' };
  } catch (error) {
    return { code: error instanceof UsageError ? 2 : 1, out: lines.join('\n'), err: error instanceof Error ? error.message : String(error) };
  }
}

const demoDir = mkdtempSync(join(tmpdir(), 'parkplan-import-'));
let demoFile: string | null = null;
let copies = 0;

/** A fresh copy of the demo project (made once, then copied; the store is closed so no -wal remains). */
export function demoCopy(): string {
  if (demoFile === null) {
    demoFile = join(demoDir, 'demo.gpkg');
    createDemoProject(demoFile).close();
  }
  const copy = join(demoDir, `project-${++copies}.gpkg`);
  copyFileSync(demoFile, copy);
  return copy;
}

/** The project's bytes and its -wal/-shm, to prove a refused import left everything as it was. */
export function fileState(file: string): { main: Buffer; wal: Buffer | null; shm: Buffer | null } {
  const side = (suffix: string): Buffer | null => (existsSync(file + suffix) ? readFileSync(file + suffix) : null);
  return { main: readFileSync(file), wal: side('-wal'), shm: side('-shm') };
}

/**
 * The main file byte for byte, and no frame in the -wal. A read-only connection to a WAL project leaves
 * an empty -wal and a -shm index behind (as `parkplan info` does); the -shm holds no data, so it is not
 * compared.
 */
export function expectUnchanged(file: string, before: ReturnType<typeof fileState>): void {
  const after = fileState(file);
  expect(after.main.equals(before.main)).toBe(true);
  expect(after.wal ?? Buffer.alloc(0)).toEqual(before.wal ?? Buffer.alloc(0));
}

/** Opens the project read-only for a look, and closes it after. */
export function withProject<T>(file: string, look: (store: ProjectStore) => T): T {
  const store = openProject(file, { readonly: true });
  try {
    return look(store);
  } finally {
    store.close();
  }
}
