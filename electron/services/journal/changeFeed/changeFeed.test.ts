import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChangeSet, ProjectEvent } from '../../../../shared/contract/changeSet';
import type { Result } from '../../../../shared/contract/result';
import { dispatch } from '../../../handlers/dispatch';
import type { ProjectHandlerMap } from '../../../handlers/handlerMap';
import { createHandlers } from '../../../handlers/projectHandlers';
import { openDemoProject, TODAY, type DemoProject } from '../../__fixtures__/demoStore';
import { createChangeFeed, type ChangeFeed } from './changeFeed';

// The change feed over the real handlers on a copy of the demo: what each write answers, and what every window gets.
let demo: DemoProject;
let feed: ChangeFeed;
let handlers: ProjectHandlerMap;
let pushed: ProjectEvent[];

beforeEach(() => {
  demo = openDemoProject();
  feed = createChangeFeed(demo.store, { today: () => TODAY, pollMs: 50 });
  handlers = createHandlers({ store: demo.store, file: demo.file, host: 'web', today: () => TODAY });
  pushed = [];
  feed.subscribe((event) => pushed.push(event));
});
afterEach(() => {
  feed.close();
  demo.dispose();
});

const call = (channel: string, payload: unknown): Promise<Result<unknown>> => dispatch(handlers, channel, payload, feed);

async function changesOf(channel: string, payload: unknown): Promise<ChangeSet> {
  const result = await call(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  if (result.changes === undefined) throw new Error(`${channel} answered without a change set`);
  return result.changes;
}

describe('a write answers with its change set', () => {
  it('a moved outline: that plot alone, with its new area, and the Undo state', async () => {
    const plot = demo.plot('Р-13');
    const ring = plot.geometry.coordinates[0]!.map(([lon, lat]) => [lon + 1e-5, lat] as [number, number]);
    const changes = await changesOf('plots:updateGeometry', { plotId: plot.id, geometry: { type: 'Polygon', coordinates: [ring] } });
    expect(changes.layers.plots?.upserted.map((feature) => feature.id)).toEqual([plot.id]);
    expect(changes.layers.plots?.upserted[0]?.geometry.coordinates[0]?.[0]).toEqual(ring[0]);
    expect(changes.layers.plots?.removed).toEqual([]);
    expect(changes.tables).toEqual([]);
    expect(changes.edit).toMatchObject({ canUndo: true, depth: 1 });
    // Every window gets the same set.
    expect(pushed).toEqual([{ kind: 'changes', changes }]);
  });

  it('undo of a deleted plot puts its feature back; the delete removed it', async () => {
    const plot = demo.plot('Р-13');
    const deleted = await changesOf('plots:delete', { plotId: plot.id });
    expect(deleted.layers.plots).toEqual({ upserted: [], removed: [plot.id] });
    const undone = await changesOf('edits:undo', {});
    expect(undone.layers.plots?.upserted.map((feature) => feature.properties.code)).toEqual(['Р-13']);
    expect(undone.edit.canRedo).toBe(true);
    expect(undone.seq).toBeGreaterThan(deleted.seq);
  });

  it('an allocation changes its plot’s status and resident, and marks the allocations table', async () => {
    const plot = demo.plot('Р-13');
    const resident = demo.resident('');
    const heldNow = demo.store.allocations.listActiveByPlot(plot.id, TODAY);
    for (const held of heldNow) await call('allocations:end', { allocationId: held.id, endDate: TODAY });
    const changes = await changesOf('allocations:create', { residentId: resident.id, plotIds: [plot.id], kind: 'lease', agreementNo: 'Д-9', startDate: '2026-06-16' });
    expect(changes.tables).toContain('allocations');
    expect(changes.layers.plots?.upserted[0]?.properties).toMatchObject({ id: plot.id, status: 'allocated' });
  });

  it('a refused write answers without a change set and pushes nothing', async () => {
    const result = await call('plots:delete', { plotId: 999_999 });
    expect(result.ok).toBe(false);
    expect(pushed).toEqual([]);
  });

  it('a read answers without a change set', async () => {
    const result = await call('plots:details', { plotId: demo.plot('Р-13').id });
    expect(result.ok && result.changes).toBe(undefined);
  });
});

describe('a change made by another process', () => {
  it('ogrinfo writing the file is pushed as an external change', async () => {
    execFileSync('ogrinfo', [demo.file, '-q', '-sql', "UPDATE plots SET notes = 'from ogrinfo' WHERE code = 'Р-13'"]);
    await expect.poll(() => pushed, { timeout: 2_000 }).toContainEqual({ kind: 'external' });
  });
});
