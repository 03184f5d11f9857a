import type { SyncOutcome, SyncStatus } from '../../../shared/contract/syncChannels';
import type { ProjectStore } from '../../store/project';
import { readLocalPicture } from './localPicture';
import { syncProject } from './syncRun';
import { tableSpecs } from './syncedTables';

/** The working copy's state for the Sync button: where it syncs, when it last did, what waits to go. */
export function syncStatus(store: ProjectStore): SyncStatus {
  return store.read(() => {
    const link = store.syncState.link();
    if (link === null) return { linked: false, server: null, schema: null, planner: null, lastSyncedAt: null, changedHere: 0, openConflicts: 0 };
    const picture = readLocalPicture(store, tableSpecs(store), link.journalSeq);
    const changedHere = [...picture.tables.values()].reduce((sum, table) => sum + table.changed.length, 0);
    return { linked: true, server: link.serverUrl, schema: link.schemaName, planner: link.planner, lastSyncedAt: link.syncedAt, changedHere, openConflicts: picture.openConflicts.length };
  });
}

/** One sync from the app: the counts in and out, and the state after it. */
export async function syncFromApp(store: ProjectStore): Promise<SyncOutcome> {
  const report = await syncProject(store);
  return { sent: report.pushed, received: report.pulled, conflicts: report.conflicts, status: syncStatus(store) };
}
