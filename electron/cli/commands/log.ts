import { parseArgs } from 'node:util';
import type { Locale } from '../../../shared/format/locale';
import { formatMessage } from '../../../shared/messages/message';
import { journalLabel } from '../../services/journal/editJournal';
import { projectLog } from '../../services/sync/changeLog';
import { UsageError } from '../cliError';
import { openExisting } from '../openExisting';

/** `parkplan log FILE [--plot CODE] [--json]`: the server's change log. */
export async function logCommand(args: readonly string[], out: (line: string) => void, locale: Locale = 'en'): Promise<void> {
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
      // The journal keeps a label as a message key (older entries as English text); worded in the CLI's language.
      const said = journalLabel(line.label);
      const label = said === null ? '' : ` «${formatMessage(locale, said)}»`;
      out(`${line.at}  ${line.planner}  ${line.op} ${line.table} ${line.feature}${fields}${label}`);
    }
  } finally {
    store.close();
  }
}
