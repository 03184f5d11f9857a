import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportJobView } from '../../shared/contract/importJobs';
import type { MapLayers, PlotDetails, ProjectSummary } from '../../shared/contract/views';
import { type ChannelCalls } from '../../electron/services/__fixtures__/channelCalls';
import { openDemoPerTest } from '../../electron/services/__fixtures__/demoPerTest';
import { type DemoProject } from '../../electron/services/__fixtures__/demoStore';
import { pollJob, stageFile } from '../../electron/services/__fixtures__/importJobCalls';
import { writeBigGeoJson } from './bigGeoJson';

// Import jobs on a real copy of the demo, through dispatch as the dialog reaches them, with a GeoJSON of
// ~4 MB (about 1 800 plots of 40 vertices in «Рязанский») written at test time.
const dir = mkdtempSync(join(tmpdir(), 'parkplan-jobs-'));
const input = join(dir, 'big.geojson');
let featureCount = 0;
beforeAll(() => {
  featureCount = writeBigGeoJson(input, 4 * 1024 * 1024, false);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let demo: DemoProject;
let calls: ChannelCalls;
openDemoPerTest((opened) => ({ demo, calls } = opened));

const ryazansky = () => {
  const park = demo.store.parks.list().find((candidate) => candidate.name.includes('Рязанский'));
  if (park === undefined) throw new Error('the demo has no «Рязанский»');
  return park;
};

async function startJob(mode: 'preview' | 'commit'): Promise<string> {
  const uploadId = await stageFile(calls, input, 'big.geojson');
  const { jobId } = await calls.value<{ jobId: string }>('import:start', { parkId: ryazansky().id, uploadId, mode, layer: 'plots' });
  return jobId;
}

const timed = async <T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> => {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
};

describe('import jobs', () => {
  it('reports a rising fraction that reaches 1, and answers reads while the job runs', async () => {
    expect(statSync(input).size).toBeGreaterThan(4 * 1024 * 1024);
    const jobId = await startJob('preview');
    const fractions: number[] = [];
    const readMs: number[] = [];
    const done = await pollJob(calls, jobId, async (view) => {
      fractions.push(view.fraction);
      if (view.state !== 'running' || readMs.length >= 3) return;
      const summary = await timed(() => calls.value<ProjectSummary>('project:summary', {}));
      readMs.push(summary.ms);
      // Answered while the job was still going: the job yields the thread between slices.
      expect((await calls.value<ImportJobView>('import:progress', { jobId })).state).toBe('running');
    });
    expect(done).toMatchObject({ state: 'done', fraction: 1, read: featureCount });
    expect(done.preview?.report).toMatchObject({ read: featureCount, accepted: featureCount, rejectedCount: 0 });
    expect(fractions.every((fraction, index) => index === 0 || fraction >= (fractions[index - 1] ?? 0))).toBe(true);
    expect(new Set(fractions.filter((fraction) => fraction > 0 && fraction < 1)).size).toBeGreaterThan(3);
    expect(readMs.length).toBe(3);
    console.log(`preview job: ${fractions.length} polls, reads answered in ${readMs.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  }, 60_000);

  it('cancelled while checking, leaves the project byte for byte', async () => {
    const before = demo.fileBytes();
    const plots = demo.store.plots.list().length;
    const jobId = await startJob('commit');
    await pollJob(calls, jobId, async (view) => {
      if (view.state === 'running' && view.fraction > 0.1) {
        expect(view.phase).toBe('checking');
        const cancelled = await calls.value<ImportJobView>('import:cancel', { jobId });
        expect(cancelled.state).toBe('cancelled');
      }
    });
    const after = await calls.value<ImportJobView>('import:progress', { jobId });
    expect(after).toMatchObject({ state: 'cancelled', phase: 'checking' });
    expect(after.fraction).toBeLessThan(0.5);
    expect(demo.fileBytes().equals(before)).toBe(true);
    expect(demo.store.plots.list()).toHaveLength(plots);
  }, 60_000);

  it('cancelled while writing, rolls back: the file byte for byte; meanwhile a write from the main connection fails fast', async () => {
    const before = demo.fileBytes();
    const plots = demo.store.plots.list().length;
    const plot = demo.store.plots.list()[0];
    if (plot === undefined) throw new Error('the demo has no plots');
    const jobId = await startJob('commit');
    let refused = '';
    let refusedMs = Number.NaN;
    let readPlots = Number.NaN;
    await pollJob(calls, jobId, async (view) => {
      if (view.state !== 'running' || view.phase !== 'writing' || view.fraction < 0.6) return;
      const write = await timed(() => calls.failure('plots:updateAttributes', { plotId: plot.id, patch: { notes: 'edited meanwhile' } }));
      refused = write.value.message;
      refusedMs = write.ms;
      // Reads go on through the main connection and see the committed state, not the job's rows.
      readPlots = demo.store.plots.list().length;
      const cancelled = await calls.value<ImportJobView>('import:cancel', { jobId });
      expect(cancelled.state).toBe('cancelled');
    });
    expect(refused).toMatch(/import of big\.geojson is being written.*not saved/);
    expect(refusedMs).toBeLessThan(500);
    expect(readPlots).toBe(plots);
    expect(demo.fileBytes().equals(before)).toBe(true);
    expect(demo.store.plots.list()).toHaveLength(plots);
    // The lock is gone with the job: the same write now goes through.
    await calls.value('plots:updateAttributes', { plotId: plot.id, patch: { notes: 'edited after' } });
    expect(demo.store.plots.get(plot.id)?.notes).toBe('edited after');
  }, 60_000);

  it('while the import is being written, the map, the summary and a plot\'s details answer with the state before it', async () => {
    const plots = demo.store.plots.list().length;
    const plot = demo.store.plots.list()[0];
    if (plot === undefined) throw new Error('the demo has no plots');
    const summaryBefore = await calls.value<ProjectSummary>('project:summary', {});
    const jobId = await startJob('commit');
    const seen: { layers: number; summary: ProjectSummary; details: PlotDetails }[] = [];
    await pollJob(calls, jobId, async (view) => {
      if (view.state !== 'running' || view.phase !== 'writing' || seen.length > 0) return;
      const layers = await calls.value<MapLayers>('map:layers', {});
      const summary = await calls.value<ProjectSummary>('project:summary', {});
      const details = await calls.value<PlotDetails>('plots:details', { plotId: plot.id });
      // Still writing when the three were answered: they read the snapshot before the import, not its rows.
      expect((await calls.value<ImportJobView>('import:progress', { jobId })).phase).toBe('writing');
      seen.push({ layers: layers.plots.features.length, summary, details });
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.layers).toBe(plots);
    expect(seen[0]?.summary).toEqual(summaryBefore);
    expect(seen[0]?.details.code).toBe(plot.code);
    expect(demo.store.plots.list()).toHaveLength(plots + featureCount);
  }, 60_000);

  it('left to finish, writes every plot as one undoable edit', async () => {
    const plots = demo.store.plots.list().length;
    const jobId = await startJob('commit');
    const phases = new Set<string>();
    const done = await pollJob(calls, jobId, (view) => void phases.add(view.phase));
    expect(done).toMatchObject({ state: 'done', fraction: 1, report: { written: featureCount, journaled: true } });
    expect(phases).toEqual(new Set(['checking', 'writing']));
    expect(demo.store.plots.list()).toHaveLength(plots + featureCount);
    await calls.value('edits:undo', {});
    expect(demo.store.plots.list()).toHaveLength(plots);
  }, 60_000);
});
