import { z } from 'zod';

/*
 * Team sync in the app (issue 15), merged into ChannelMap by channels.ts: the working copy's state for the
 * Sync button, and one sync (push and pull). The password never crosses the bridge: the Node side takes it
 * from PGPASSWORD or ~/.pgpass.
 */

export interface SyncStatus {
  /** False for a file that is not a working copy of a server project: the app shows no Sync button. */
  readonly linked: boolean;
  /** The server's address without a password, and the project's schema there. */
  readonly server: string | null;
  readonly schema: string | null;
  readonly planner: string | null;
  readonly lastSyncedAt: string | null;
  /** Rows changed here since the last sync: what the next sync sends. */
  readonly changedHere: number;
  readonly openConflicts: number;
}

export interface SyncOutcome {
  readonly sent: number;
  readonly received: number;
  /** Conflicts this sync found. */
  readonly conflicts: number;
  readonly status: SyncStatus;
}

export interface SyncChannelMap {
  'sync:status': [Record<string, never>, SyncStatus];
  'sync:run': [Record<string, never>, SyncOutcome];
}

export const syncRequestSchemas: { readonly [C in keyof SyncChannelMap]: z.ZodType<SyncChannelMap[C][0], unknown> } = {
  'sync:status': z.object({}).strict(),
  'sync:run': z.object({}).strict(),
};
