import { parseArgs } from 'node:util';
import { cloneProject } from '../../services/sync/clone';
import { parseServerAddress } from '../../services/sync/serverAddress';
import { plannerName } from '../../services/sync/syncedTables';
import { UsageError } from '../cliError';

/** `parkplan clone URL FILE`. */
export async function cloneCommand(args: readonly string[], out: (line: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({ args: [...args], options: { schema: { type: 'string' }, planner: { type: 'string' } }, allowPositionals: true });
  const [url, file] = positionals;
  if (url === undefined || file === undefined || positionals.length > 2) throw new UsageError('clone takes the server address and a new project file');
  const address = parseServerAddress(url);
  const planner = plannerName(values.planner, process.env);
  const report = await cloneProject(address, file, { ...(values.schema === undefined ? {} : { schema: values.schema }), planner });
  out(`Cloned ${report.schema} from ${address.shown} into ${file}: ${report.rows} rows; working copy ${report.copyId} (planner ${planner})`);
}
