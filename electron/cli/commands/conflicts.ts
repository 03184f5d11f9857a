import { parseArgs } from 'node:util';
import { formatMessage } from '../../../shared/messages/message';
import { listConflicts, type ConflictView } from '../../services/sync/syncConflicts';
import { UsageError } from '../cliError';
import { openExisting } from '../openExisting';

/** A value as a line shows it: an outline by its vertex count, a deleted row as such. */
function shown(value: ConflictView['mine'], conflict: ConflictView, side: 'mine' | 'theirs'): string {
  if (value === null || value === undefined) {
    if (conflict.field !== null) return '(empty)';
    if (conflict.kind === 'row') return side === 'mine' ? '(deleted here)' : '(deleted on the server)';
    return side === 'mine' ? '(not in this copy)' : '(not on the server)';
  }
  if (typeof value !== 'object') return JSON.stringify(value);
  if ('coordinates' in value) return `outline of ${JSON.stringify(value.coordinates).split('],[').length} vertices`;
  return side === 'mine' ? '(the row as it is here)' : '(the row as the server has it)';
}

export function conflictLine(conflict: ConflictView): string {
  const what = conflict.field === null ? 'the row' : conflict.field;
  const reason = conflict.reason === null ? '' : ` — ${formatMessage('en', conflict.reason)}`;
  const who = conflict.theirPlanner === null ? '' : ` (theirs by ${conflict.theirPlanner})`;
  const state = conflict.resolution === null ? '' : ` [took ${conflict.resolution}]`;
  return `#${conflict.id} ${conflict.table} ${conflict.feature}, ${what}: mine ${shown(conflict.mine, conflict, 'mine')}, theirs ${shown(conflict.theirs, conflict, 'theirs')}${who}${reason}${state}`;
}

/** `parkplan conflicts FILE [--all] [--json]`. */
export async function conflictsCommand(args: readonly string[], out: (line: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({ args: [...args], options: { json: { type: 'boolean' }, all: { type: 'boolean' } }, allowPositionals: true });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) throw new UsageError('conflicts takes one working copy');
  const store = openExisting(file, true);
  try {
    const conflicts = listConflicts(store, values.all === true);
    if (values.json === true) {
      out(JSON.stringify(conflicts, null, 2));
      return;
    }
    if (conflicts.length === 0) out('No conflicts under review.');
    for (const conflict of conflicts) out(conflictLine(conflict));
  } finally {
    store.close();
  }
  await Promise.resolve();
}
