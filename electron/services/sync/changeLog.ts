import type { ProjectStore } from '../../store/project';
import { RefusedError } from '../refusals/refusedError';
import { parseServerAddress } from './serverAddress';
import { withServer } from './server/serverConnection';
import { allChanges, changesOf, type LogEntry } from './server/serverRows';
import { requireLink } from './syncedTables';

/*
 * The audit trail of the park: every change the server's log trigger filed — who (the planner a copy
 * signs with, or the database user for an edit made straight on the server, in QGIS), when it was made
 * (on the laptop, perhaps offline) and when it reached the server, which edit, which fields.
 */

export interface LogLine {
  readonly seq: number;
  /** When the planner made it (the journal's time), else when the server logged it. */
  readonly at: string;
  readonly loggedAt: string;
  readonly planner: string;
  readonly actor: string | null;
  readonly label: string | null;
  readonly table: string;
  readonly feature: string;
  readonly op: LogEntry['op'];
  readonly changed: readonly string[];
  readonly before: Record<string, unknown> | null;
  readonly after: Record<string, unknown> | null;
}

function featureOf(entry: LogEntry): string {
  const image = entry.after ?? entry.before ?? {};
  const name = image['code'] ?? image['name'] ?? image['agreement_no'];
  return typeof name === 'string' && name !== '' ? name : `#${entry.fid}`;
}

const toLine = (entry: LogEntry): LogLine => ({
  seq: entry.seq,
  at: entry.editedAt ?? entry.loggedAt,
  loggedAt: entry.loggedAt,
  planner: entry.planner,
  actor: entry.actor,
  label: entry.label,
  table: entry.table,
  feature: featureOf(entry),
  op: entry.op,
  changed: entry.changed,
  before: entry.before,
  after: entry.after,
});

/** The server's log of the whole project, or of one plot (with its allocations and connections). */
export async function projectLog(store: ProjectStore, plotCode: string | undefined, env: Readonly<Record<string, string | undefined>> = process.env): Promise<LogLine[]> {
  const link = requireLink(store);
  let plotServerFid: number | null = null;
  if (plotCode !== undefined) {
    const plot = store.plots.list().find((candidate) => candidate.code === plotCode);
    if (plot === undefined) throw new RefusedError('sync.plot.unknown', { code: plotCode });
    // A plot not yet synced has no server history.
    plotServerFid = store.syncState.rows('plots').find((row) => row.fid === plot.id)?.serverFid ?? null;
    if (plotServerFid === null) return [];
  }
  const address = parseServerAddress(link.serverUrl, env);
  const entries = await withServer(address, (client) =>
    plotServerFid === null ? allChanges(client, link.schemaName) : changesOf(client, link.schemaName, [{ table: 'plots', fid: plotServerFid }], { column: 'plot_id', fid: plotServerFid }),
  );
  return entries.map(toLine);
}
