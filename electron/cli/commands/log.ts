import { parseArgs } from 'node:util';
import { projectLog } from '../../services/sync/changeLog';
import { UsageError } from '../cliError';
import { openExisting } from '../openExisting';

/** `parkplan log FILE [--plot CODE] [--json]`: the server's change log. */
export async function logCommand(args: readonly string[], out: (line: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({ args: [...args], options: { plot: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) throw new UsageError('log takes one working copy');
  const store = openExisting(file, true);
  try {
    const lines = await projectLog(store, values.plot);
    if (values.json === true) {
      out(JSON.stringify(lines, null, 2));
      return;
    }
    if (lines.length === 0) out('No changes logged on the server yet.');
    for (const line of lines) {
      const fields = line.op === 'update' ? ` ${line.changed.join(', ')}` : '';
      const label = line.label === null ? '' : ` «${line.label}»`;
      out(`${line.at}  ${line.planner}  ${line.op} ${line.table} ${line.feature}${fields}${label}`);
    }
  } finally {
    store.close();
  }
}
