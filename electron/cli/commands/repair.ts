import { existsSync } from 'node:fs';
import { openProject } from '../../store/project';
import { describeForeignObjects, dropForeignObjects, listForeignObjects } from '../../store/foreignObjects';
import { UsageError } from '../cliError';
import type { Locale } from '../../../shared/format/locale';
import { formatMessage, message } from '../../../shared/messages/message';
import { readRowFindings } from '../../services/project/rowFindings';
import { mendRows } from '../../services/project/rowRepair';

export const REPAIR_USAGE = `  repair FILE                drop the triggers and views another tool added (they would run on every edit,
                             outside undo), split MultiPolygon plots into one plot per part and rewrite
                             SpatiaLite geometry as GeoPackage's, after backing the file up to
                             FILE.before-repair.gpkg`;

/** The first of FILE.before-repair.gpkg, FILE.before-repair-2.gpkg, … that does not exist: a backup never overwrites one. */
function backupPathFor(file: string): string {
  const stem = file.replace(/\.gpkg$/i, '');
  for (let n = 1; ; n += 1) {
    const candidate = `${stem}.before-repair${n === 1 ? '' : `-${n}`}.gpkg`;
    if (!existsSync(candidate)) return candidate;
  }
}

/** `parkplan repair FILE`: backs the project up with the SQLite backup API, then drops what is not ours and mends rows. */
export async function repairCommand(args: readonly string[], out: (line: string) => void, locale: Locale = 'en'): Promise<void> {
  const [file] = args;
  if (file === undefined || args.length > 1) throw new UsageError('repair takes one project file');
  // Read-only: the checks (a GeoPackage, a ParkPlan project, not damaged) without refusing the foreign objects.
  const store = openProject(file, { readonly: true });
  let backup: string;
  let foreign: number;
  try {
    foreign = listForeignObjects(store.db).length;
    const mendable = readRowFindings(store).filter((finding) => MENDED.has(finding.problem.key)).length;
    if (foreign === 0 && mendable === 0) {
      out(formatMessage(locale, message('repair.nothing', { file })));
      return;
    }
    backup = backupPathFor(store.file);
    await store.backup(backup);
  } finally {
    store.close();
  }
  out(`Backed up ${file} to ${backup}`);
  if (foreign > 0) out(`Dropped ${foreign}: ${describeForeignObjects(dropForeignObjects(file))}`);
  const writer = openProject(file, { readonly: false });
  try {
    for (const done of mendRows(writer)) out(formatMessage(locale, done));
  } finally {
    writer.close();
  }
}

const MENDED = new Set(['unreadable.multiPolygonPlot', 'unreadable.spatialite']);
