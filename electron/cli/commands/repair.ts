import { existsSync } from 'node:fs';
import { openProject } from '../../store/project';
import { describeForeignObjects, dropForeignObjects, listForeignObjects } from '../../store/foreignObjects';
import { UsageError } from '../cliError';

export const REPAIR_USAGE = `  repair FILE                drop the triggers and views another tool added (they would run on every edit,
                             outside undo), after backing the file up to FILE.before-repair.gpkg`;

/** The first of FILE.before-repair.gpkg, FILE.before-repair-2.gpkg, … that does not exist: a backup never overwrites one. */
function backupPathFor(file: string): string {
  const stem = file.replace(/\.gpkg$/i, '');
  for (let n = 1; ; n += 1) {
    const candidate = `${stem}.before-repair${n === 1 ? '' : `-${n}`}.gpkg`;
    if (!existsSync(candidate)) return candidate;
  }
}

/** `parkplan repair FILE`: backs the project up with the SQLite backup API, then drops what is not ours. */
export async function repairCommand(args: readonly string[], out: (line: string) => void): Promise<void> {
  const [file] = args;
  if (file === undefined || args.length > 1) throw new UsageError('repair takes one project file');
  // Read-only: the checks (a GeoPackage, a ParkPlan project, not damaged) without refusing the foreign objects.
  const store = openProject(file, { readonly: true });
  let backup: string;
  try {
    const foreign = listForeignObjects(store.db);
    if (foreign.length === 0) {
      out(`${file} holds no triggers or views that are not ParkPlan’s; nothing to repair.`);
      return;
    }
    backup = backupPathFor(store.file);
    await store.backup(backup);
  } finally {
    store.close();
  }
  const dropped = dropForeignObjects(file);
  out(`Backed up ${file} to ${backup}`);
  out(`Dropped ${dropped.length}: ${describeForeignObjects(dropped)}`);
}
