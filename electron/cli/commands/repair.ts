import type { Locale } from '../../../shared/format/locale';
import { formatMessage, message } from '../../../shared/messages/message';
import { repairProjectFile } from '../../services/projectFiles/projectRepair';
import { describeForeignObjects } from '../../store/foreignObjects';
import { UsageError } from '../cliError';

export const REPAIR_USAGE = `  repair FILE                drop the triggers and views another tool added (they would run on every edit,
                             outside undo), split MultiPolygon plots into one plot per part and rewrite
                             SpatiaLite geometry as GeoPackage's, after backing the file up to
                             FILE.before-repair.gpkg`;

/** `parkplan repair FILE`: backs the project up with the SQLite backup API, then drops what is not ours and mends rows. */
export async function repairCommand(args: readonly string[], out: (line: string) => void, locale: Locale = 'en'): Promise<void> {
  const [file] = args;
  if (file === undefined || args.length > 1) throw new UsageError('repair takes one project file');
  const { backup, dropped, mended } = await repairProjectFile(file);
  if (backup === null) {
    out(formatMessage(locale, message('repair.nothing', { file })));
    return;
  }
  out(`Backed up ${file} to ${backup}`);
  if (dropped.length > 0) out(`Dropped ${dropped.length}: ${describeForeignObjects(dropped)}`);
  for (const done of mended) out(formatMessage(locale, done));
}
