import { syncProject } from '../../services/sync/syncRun';
import { UsageError } from '../cliError';
import { openExisting } from '../openExisting';

/** `parkplan sync FILE`: push and pull in one step. */
export async function syncCommand(args: readonly string[], out: (line: string) => void): Promise<void> {
  const [file] = args;
  if (file === undefined || args.length > 1) throw new UsageError('sync takes one working copy');
  const store = openExisting(file, false);
  try {
    const report = await syncProject(store);
    out(`Synced ${file} with ${report.schema} on ${report.server} at ${report.syncedAt}: ${report.pushed} sent, ${report.pulled} received`);
    if (report.conflicts > 0 || report.open > 0) out(`${report.conflicts} new conflicts, ${report.open} under review: parkplan conflicts ${file}`);
  } finally {
    store.close();
  }
}
