import { existsSync } from 'node:fs';
import { dropForeignObjects, listForeignObjects, type ForeignObject } from '../../store/foreignObjects';
import { openProject } from '../../store/project';

/*
 * Repair of a project file another tool added triggers or views to (issue 10 item 1): the file is first
 * copied whole with the SQLite backup API to FILE.before-repair.gpkg, then the foreign objects are dropped
 * in one transaction. `parkplan repair` and the app's Repair button both come here.
 */

export interface RepairOutcome {
  /** Null when there was nothing to drop (and so no backup was made). */
  readonly backup: string | null;
  readonly dropped: readonly ForeignObject[];
}

/** The first of FILE.before-repair.gpkg, FILE.before-repair-2.gpkg, … that does not exist: a backup never overwrites one. */
export function repairBackupPath(file: string): string {
  const stem = file.replace(/\.gpkg$/i, '');
  for (let n = 1; ; n += 1) {
    const candidate = `${stem}.before-repair${n === 1 ? '' : `-${n}`}.gpkg`;
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * Backs `file` up, then drops what is not ParkPlan's. The checks of a project file (a GeoPackage, a
 * ParkPlan project, not damaged) run first through a reading connection, so a file that fails them is
 * neither backed up nor touched.
 */
export async function repairProjectFile(file: string, nativeBinding?: string): Promise<RepairOutcome> {
  const store = openProject(file, { readonly: true, ...(nativeBinding === undefined ? {} : { nativeBinding }) });
  let backup: string;
  try {
    if (listForeignObjects(store.db).length === 0) return { backup: null, dropped: [] };
    backup = repairBackupPath(store.file);
    await store.backup(backup);
  } finally {
    store.close();
  }
  return { backup, dropped: dropForeignObjects(file, nativeBinding) };
}

