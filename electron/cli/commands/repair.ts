import { repairProjectFile } from '../../services/projectFiles/projectRepair';
import { describeForeignObjects } from '../../store/foreignObjects';
import { UsageError } from '../cliError';

export const REPAIR_USAGE = `  repair FILE                drop the triggers and views another tool added (they would run on every edit,
                             outside undo), after backing the file up to FILE.before-repair.gpkg`;

/** `parkplan repair FILE`: backs the project up with the SQLite backup API, then drops what is not ours. */
export async function repairCommand(args: readonly string[], out: (line: string) => void): Promise<void> {
  const [file] = args;
  if (file === undefined || args.length > 1) throw new UsageError('repair takes one project file');
  const { backup, dropped } = await repairProjectFile(file);
  if (backup === null) {
    out(`${file} holds no triggers or views that are not ParkPlan’s; nothing to repair.`);
    return;
  }
  out(`Backed up ${file} to ${backup}`);
  out(`Dropped ${dropped.length}: ${describeForeignObjects(dropped)}`);
}
