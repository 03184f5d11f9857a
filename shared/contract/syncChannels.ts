import { z } from 'zod';
import type { DomainGeometry } from '../domain/geometry';
import type { Message } from '../messages/message';

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

/** One value under review: a field's value, an outline (GeoJSON), a whole row (column → value), or none. */
export type SyncConflictValue = string | number | null | DomainGeometry | Readonly<Record<string, string | number | null | DomainGeometry>>;

/**
 * A conflict under review as `parkplan conflicts FILE --json` lists it (services/sync/syncConflicts.ts):
 * the same field — or the same row — changed here and on the server since the last sync.
 */
export interface SyncConflictView {
  readonly id: number;
  readonly table: string;
  readonly fid: number;
  /** How a planner names the row: a plot's code, a resident's or line's name, else #fid. */
  readonly feature: string;
  /** field: one column changed on both sides; row: deleted on one, changed on the other; refused: the server's rule. */
  readonly kind: 'field' | 'row' | 'refused';
  /** The column, for a field conflict (`geom` for an outline). */
  readonly field: string | null;
  readonly mine: SyncConflictValue;
  readonly theirs: SyncConflictValue;
  readonly base: SyncConflictValue;
  readonly theirPlanner: string | null;
  readonly reason: Message | null;
  readonly detectedAt: string;
  readonly resolution: 'mine' | 'theirs' | null;
}

export interface SyncResolveRequest {
  readonly conflictId: number;
  /** mine: this copy's value stays and the next sync sends it; theirs: the server's is written here now. */
  readonly take: 'mine' | 'theirs';
}

export interface SyncChannelMap {
  'sync:status': [Record<string, never>, SyncStatus];
  'sync:run': [Record<string, never>, SyncOutcome];
  /** The open conflicts, oldest first. */
  'sync:conflicts': [Record<string, never>, readonly SyncConflictView[]];
  /** Resolves one; the answer is the conflict as resolved, and its change set carries a taken row to the map. */
  'sync:resolve': [SyncResolveRequest, SyncConflictView];
}

export const syncRequestSchemas: { readonly [C in keyof SyncChannelMap]: z.ZodType<SyncChannelMap[C][0], unknown> } = {
  'sync:status': z.object({}).strict(),
  'sync:run': z.object({}).strict(),
  'sync:conflicts': z.object({}).strict(),
  'sync:resolve': z.object({ conflictId: z.number().int().positive(), take: z.enum(['mine', 'theirs']) }).strict(),
};
