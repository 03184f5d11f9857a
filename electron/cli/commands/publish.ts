import { parseArgs } from 'node:util';
import { publishProject } from '../../services/sync/publish';
import { parseServerAddress } from '../../services/sync/serverAddress';
import { plannerName } from '../../services/sync/syncedTables';
import { UsageError } from '../cliError';
import { openExisting } from '../openExisting';

export const SYNC_USAGE = `  publish FILE --to postgresql://USER@HOST[:PORT]/DB [--schema NAME] [--planner NAME]
                             put the project on a PostGIS server, in a schema of its own (by default
                             named after the file), and make FILE its first working copy; the password
                             comes from PGPASSWORD or ~/.pgpass and is never kept in FILE
  clone postgresql://USER@HOST[:PORT]/DB FILE [--schema NAME] [--planner NAME]
                             a new working copy of a published project
  sync FILE                  send this copy's changes since its last sync and bring the others', in one
                             step; a field changed on both sides is kept both ways as a conflict
  conflicts FILE [--all] [--json]
                             the conflicts under review: the row, the field, mine and theirs, whose
  resolve FILE --conflict ID --take mine|theirs
                             keep this copy's value (the next sync sends it) or take the server's
  log FILE [--plot CODE] [--json]
                             who changed what and when, from the server's change log`;

/** `parkplan publish FILE --to URL`. */
export async function publishCommand(args: readonly string[], out: (line: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({ args: [...args], options: { to: { type: 'string' }, schema: { type: 'string' }, planner: { type: 'string' } }, allowPositionals: true });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1 || values.to === undefined) throw new UsageError('publish takes one project file and --to postgresql://…');
  const address = parseServerAddress(values.to);
  const planner = plannerName(values.planner, process.env);
  const store = openExisting(file, false);
  try {
    const report = await publishProject(store, address, { ...(values.schema === undefined ? {} : { schema: values.schema }), planner });
    out(`Published ${file} to ${address.shown} as schema ${report.schema}: ${report.rows} rows; this file is working copy ${report.copyId} (planner ${planner})`);
    out(`Clone it with: parkplan clone ${address.shown}?schema=${report.schema} COPY.gpkg`);
  } finally {
    store.close();
  }
}
