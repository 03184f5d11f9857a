import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncOutcome, SyncStatus } from '../../shared/contract/syncChannels';
import { dispatch } from '../../electron/handlers/dispatch';
import { createHandlers } from '../../electron/handlers/projectHandlers';
import { createChangeFeed } from '../../electron/services/journal/changeFeed/changeFeed';
import { windowActor } from '../../electron/services/journal/editActor';
import { openProject, type ProjectStore } from '../../electron/store/project';
import { postgisMissing, startPostgisCluster, type PostgisCluster } from './support/postgisCluster';

/*
 * The Sync button's channels over the real handler map and change feed, on working copies of a project
 * published on a throwaway PostGIS cluster: the status before and after, the counts in and out, and the
 * change set that carries the received plot to the window.
 */

const missing = postgisMissing();
const dir = mkdtempSync(join(tmpdir(), 'parkplan-sync-channels-'));
const [first, second] = [join(dir, 'karandash.gpkg'), join(dir, 'second.gpkg')];
let cluster: PostgisCluster;
let savedPassword: string | undefined;

const parkplan = (...args: string[]) => spawnSync(process.execPath, ['bin/parkplan.mjs', ...args], { encoding: 'utf8', timeout: 120_000, env: cluster.env });

async function call<T>(store: ProjectStore, file: string, channel: string): Promise<{ value: T; changes: unknown }> {
  const feed = createChangeFeed(store);
  try {
    const result = await dispatch(createHandlers({ store, file, host: 'web' }), channel, {}, feed, windowActor('sync-test'));
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return { value: result.value as T, changes: result.changes ?? null };
  } finally {
    feed.close();
  }
}

describe.skipIf(missing !== null)(`the Sync button's channels${missing === null ? '' : ` (skipped: ${missing})`}`, () => {
  beforeAll(async () => {
    cluster = await startPostgisCluster();
    cluster.createDatabase('parks');
    // The app's Node side takes the password as the CLI does: PGPASSWORD, never the file.
    savedPassword = process.env['PGPASSWORD'];
    process.env['PGPASSWORD'] = cluster.password;
    expect(parkplan('demo', first).status).toBe(0);
    expect(parkplan('publish', first, '--to', cluster.url('parks'), '--planner', 'Anna').status).toBe(0);
    expect(parkplan('clone', cluster.url('parks'), second, '--planner', 'Boris').status).toBe(0);
  }, 180_000);

  afterAll(() => {
    if (savedPassword === undefined) delete process.env['PGPASSWORD'];
    else process.env['PGPASSWORD'] = savedPassword;
    cluster?.remove();
  });

  it('reports a file that is no working copy as not linked', async () => {
    const file = join(dir, 'alone.gpkg');
    expect(parkplan('demo', file).status).toBe(0);
    const store = openProject(file);
    try {
      expect((await call<SyncStatus>(store, file, 'sync:status')).value).toMatchObject({ linked: false, changedHere: 0 });
    } finally {
      store.close();
    }
  });

  it('counts what waits to go, syncs with counts in and out, and pushes the received plot to the window', async () => {
    const mine = openProject(first);
    try {
      const plot = mine.plots.list().find((candidate) => candidate.status === 'free')!;
      mine.transaction(() => mine.plots.update({ ...plot, notes: 'from the first copy' }));
      const before = (await call<SyncStatus>(mine, first, 'sync:status')).value;
      expect(before).toMatchObject({ linked: true, planner: 'Anna', schema: 'karandash', changedHere: 1, openConflicts: 0 });
      expect(before.server).toBe(cluster.url('parks'));
      const sent = (await call<SyncOutcome>(mine, first, 'sync:run')).value;
      expect(sent).toMatchObject({ sent: 1, received: 0, conflicts: 0, status: { changedHere: 0 } });
      expect(sent.status.lastSyncedAt! > before.lastSyncedAt!).toBe(true);

      const theirs = openProject(second);
      try {
        const { value, changes } = await call<SyncOutcome>(theirs, second, 'sync:run');
        expect(value).toMatchObject({ sent: 0, received: 1, status: { planner: 'Boris', changedHere: 0 } });
        const upserted = (changes as { layers: { plots?: { upserted: { id: number; properties: { notes?: string } }[] } } }).layers.plots?.upserted ?? [];
        expect(upserted.map((feature) => feature.id)).toEqual([plot.id]);
        expect(theirs.plots.list().find((candidate) => candidate.id === plot.id)?.notes).toBe('from the first copy');
      } finally {
        theirs.close();
      }
    } finally {
      mine.close();
    }
  });

  it('never overwrites an edit made in another window while the server was busy: the next sync merges it', async () => {
    const colleague = openProject(first);
    const store = openProject(second);
    const watcher = new pg.Client({ host: '127.0.0.1', port: cluster.port, user: 'postgres', database: 'parks', password: cluster.password, application_name: 'watcher' });
    await watcher.connect();
    try {
      const plots = store.plots.list();
      const target = plots.find((plot) => plot.code === 'Р-31')!;
      colleague.transaction(() => colleague.plots.update({ ...colleague.plots.list().find((plot) => plot.id === target.id)!, notes: 'Anna: contract ended' }));
      await call(colleague, first, 'sync:run');
      // Many rows to send, so that the server is busy for a while.
      store.transaction(() => {
        for (const plot of plots.filter((candidate) => candidate.id !== target.id).slice(0, 60)) store.plots.update({ ...plot, notes: `checked ${plot.code}` });
      });
      const running = call<SyncOutcome>(store, second, 'sync:run');
      let settled = false;
      void running.then(() => (settled = true));
      while (!settled && (await watcher.query("SELECT 1 FROM pg_stat_activity WHERE application_name = 'parkplan' AND backend_xid IS NOT NULL")).rowCount === 0);
      // Another window edits the very field the sync is bringing in.
      store.transaction(() => store.plots.update({ ...store.plots.list().find((plot) => plot.id === target.id)!, notes: 'Boris: meanwhile, in the other window' }));
      await running;
      await call(store, second, 'sync:run');
      // Boris's edit is still his copy's, and either went to the server or waits as a conflict beside Anna's.
      expect(store.plots.list().find((plot) => plot.id === target.id)?.notes).toBe('Boris: meanwhile, in the other window');
      const onServer = cluster.psql(`SELECT notes FROM karandash.plots WHERE fid = ${target.id}`, 'parks');
      const review = store.syncState.conflicts(false).filter((conflict) => conflict.fid === target.id && conflict.field === 'notes');
      if (onServer !== 'Boris: meanwhile, in the other window') expect(review.map((conflict) => [conflict.mine, conflict.theirs])).toEqual([['Boris: meanwhile, in the other window', 'Anna: contract ended']]);
    } finally {
      await watcher.end();
      store.close();
      colleague.close();
    }
  });

  it('answers a stopped server with a refusal the window words, and changes nothing', async () => {
    const store = openProject(second);
    cluster.stop();
    try {
      const feed = createChangeFeed(store);
      const result = await dispatch(createHandlers({ store, file: second, host: 'web' }), 'sync:run', {}, feed, windowActor('sync-test'));
      feed.close();
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toMatchObject({ code: 'refused', key: 'sync.server.unreachable' });
    } finally {
      cluster.start();
      store.close();
    }
  });
});
