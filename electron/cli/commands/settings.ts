import { parseArgs } from 'node:util';
import { MAP_AUTHOR_MAX, sheetTextProblem } from '../../../shared/contract/mapSheetLimits';
import { projectSettings, updateProjectSettings } from '../../services/project/projectSettings';
import { UsageError } from '../cliError';
import { openExisting } from '../openExisting';

export const SETTINGS_USAGE = `  settings FILE [--prepared-by TEXT] [--json]
                             the project's settings: «Составил» (who prepared the committee pack), printed
                             on every map and atlas page unless export --author says otherwise; "" clears it`;

/** `parkplan settings FILE [--prepared-by TEXT] [--json]`: shows the project's settings, or sets «Составил». */
export function settingsCommand(args: readonly string[], out: (line: string) => void): void {
  const { values, positionals } = parseArgs({ args: [...args], options: { 'prepared-by': { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) throw new UsageError('settings takes one project file');
  const preparedBy = values['prepared-by'];
  if (preparedBy !== undefined) {
    const problem = sheetTextProblem(preparedBy, MAP_AUTHOR_MAX);
    if (problem !== null) throw new UsageError(`--prepared-by: ${problem}`);
  }
  const store = openExisting(file, preparedBy === undefined);
  try {
    const settings = preparedBy === undefined ? projectSettings(store) : updateProjectSettings(store, { preparedBy });
    if (values.json === true) out(JSON.stringify(settings, null, 2));
    else out(`Prepared by (Составил): ${settings.preparedBy ?? '— (not set; export --author, or settings --prepared-by)'}`);
  } finally {
    store.close();
  }
}
