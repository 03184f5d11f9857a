import { parseArgs } from 'node:util';
import { resolveConflict } from '../../services/sync/syncConflicts';
import { UsageError } from '../cliError';
import { openExisting } from '../openExisting';
import { conflictLine } from './conflicts';

/** `parkplan resolve FILE --conflict ID --take mine|theirs`. */
export async function resolveCommand(args: readonly string[], out: (line: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({ args: [...args], options: { conflict: { type: 'string' }, take: { type: 'string' } }, allowPositionals: true });
  const [file] = positionals;
  const id = Number(values.conflict);
  if (file === undefined || positionals.length > 1 || !Number.isInteger(id) || id <= 0) throw new UsageError('resolve takes one working copy and --conflict ID');
  if (values.take !== 'mine' && values.take !== 'theirs') throw new UsageError('--take is mine or theirs');
  const store = openExisting(file, false);
  try {
    const conflict = resolveConflict(store, id, values.take);
    out(conflictLine(conflict));
    out(values.take === 'mine' ? 'Kept this copy’s value; the next sync sends it.' : 'Took the server’s value here.');
  } finally {
    store.close();
  }
  await Promise.resolve();
}
