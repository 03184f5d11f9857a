import type { ChangeSet, ProjectEvent } from '../../../../shared/contract/changeSet';
import type { Channel } from '../../../../shared/contract/channels';
import { isoDate } from '../../../../shared/park/activeAllocation';
import type { ProjectStore } from '../../../store/project';
import { readDataVersion } from '../../../store/repositories/fileVersion';
import { buildChangeSet } from './changeSetBuilder';
import { isWriteChannel, noteWrite } from './channelNotes';
import { takeRowNotes } from './rowNotes';

/*
 * The one change feed of an open project (issue 9): every write this process serves answers with its
 * change set and the same set goes to every window; a commit by another connection to the file is found
 * by polling `PRAGMA data_version` and pushed as an "external" event, on which windows read again.
 */

/** Short enough that a change made elsewhere shows within a second, cheap enough to run all day. */
export const EXTERNAL_POLL_MS = 250;

export interface ChangeFeed {
  /** After a request on `channel` succeeded: the change set its answer carries (null for a read). */
  answered(channel: Channel, request: unknown, response: unknown): ChangeSet | null;
  /** After a request failed: whatever it noted was rolled back with it. */
  failed(): void;
  /** Every window's listener; returns the unsubscribe. */
  subscribe(listener: (event: ProjectEvent) => void): () => void;
  close(): void;
}

export interface ChangeFeedOptions {
  readonly today?: () => string;
  readonly pollMs?: number;
}

export function createChangeFeed(store: ProjectStore, options: ChangeFeedOptions = {}): ChangeFeed {
  const today = options.today ?? (() => isoDate(new Date()));
  const listeners = new Set<(event: ProjectEvent) => void>();
  let seq = 0;
  let version = readDataVersion(store.db);
  const push = (event: ProjectEvent) => {
    for (const listener of listeners) listener(event);
  };
  const timer = setInterval(() => {
    let now: number;
    try {
      now = readDataVersion(store.db);
    } catch {
      return; // closed, or busy for a moment: the next tick looks again
    }
    if (now === version) return;
    version = now;
    push({ kind: 'external' });
  }, options.pollMs ?? EXTERNAL_POLL_MS);
  timer.unref();
  return {
    answered(channel, request, response) {
      noteWrite(store, channel, request, response);
      const notes = takeRowNotes(store);
      if (!isWriteChannel(channel) && notes.size === 0) return null;
      let changes: ChangeSet;
      try {
        seq += 1;
        changes = buildChangeSet(store, notes, today(), seq);
      } catch (error) {
        // The write is committed; a change set that cannot be read back must not turn it into a failure.
        console.error('change feed:', error);
        push({ kind: 'external' });
        return null;
      }
      push({ kind: 'changes', changes });
      return changes;
    },
    failed() {
      takeRowNotes(store);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    close() {
      clearInterval(timer);
      listeners.clear();
    },
  };
}
