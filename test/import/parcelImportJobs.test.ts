import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MapLayers } from '../../shared/contract/views';
import { type ChannelCalls } from '../../electron/services/__fixtures__/channelCalls';
import { openDemoPerTest } from '../../electron/services/__fixtures__/demoPerTest';
import { type DemoProject } from '../../electron/services/__fixtures__/demoStore';
import { pollJob, stageFile } from '../../electron/services/__fixtures__/importJobCalls';
import { FIXTURES } from './importRun';
import { formatMessage, message } from '../../shared/messages/message';

// The Import dialog's path for a Rosreestr extract: upload, dry run with the parcels on the preview, commit
// into cadastral_parcels, and the map's layers then carry the parcels.
let demo: DemoProject;
let calls: ChannelCalls;
openDemoPerTest((opened) => ({ demo, calls } = opened));

const ryazansky = () => demo.store.parks.list().find((park) => park.name.includes('Рязанский'))!;

async function job(file: string, mode: 'preview' | 'commit', extra: Record<string, unknown> = {}) {
  const uploadId = await stageFile(calls, join(FIXTURES, 'rosreestr', file), file);
  const { jobId } = await calls.value<{ jobId: string }>('import:start', { parkId: ryazansky().id, uploadId, mode, layer: 'plots', ...extra });
  return pollJob(calls, jobId, async () => undefined);
}

describe('the Import dialog with a Rosreestr extract', () => {
  it('previews the parcels of a zipped extract with the CRS used, then writes them and the map shows them', async () => {
    const before = demo.fileBytes();
    const preview = await job('egrn-62-15-0060203-9.zip', 'preview');
    expect(preview.state).toBe('done');
    expect(formatMessage('en', preview.preview?.report.crs ?? message('import.text'))).toContain('MSK-62 zone 1');
    expect(preview.preview?.accepted.features.map((feature) => feature.properties.label)).toEqual(['62:15:0060203:9']);
    // The dry run wrote nothing.
    expect(demo.store.cadastralParcels.list()).toHaveLength(0);
    expect(demo.fileBytes().equals(before)).toBe(true);

    const done = await job('egrn-62-15-0060203-9.zip', 'commit');
    expect(done).toMatchObject({ state: 'done', report: { written: 1, accepted: 1 } });
    const layers = await calls.value<MapLayers>('map:layers', {});
    expect(layers.cadastralParcels.features.map((feature) => feature.properties.cadastralNumber)).toEqual(['62:15:0060203:9']);
  });

  it('refuses a KPT with a rejected parcel unless the planner skips it, and reads in the CRS picked', async () => {
    const refused = await job('kpt10-62-15-0060201.xml', 'commit');
    expect(refused.state).toBe('failed');
    expect(demo.store.cadastralParcels.list()).toHaveLength(0);
    const skipped = await job('kpt10-62-15-0060201.xml', 'commit', { skipRejected: true });
    expect(skipped).toMatchObject({ state: 'done', report: { written: 3, rejectedCount: 1 } });
    const zone2 = await job('kvzu7-62-15-0060204-11.xml', 'preview', { crs: 'MSK-62-2' });
    expect(zone2.preview?.report).toMatchObject({ accepted: 0, rejectedCount: 1 });
    expect(formatMessage('en', zone2.preview?.report.rejected[0]?.messages[0] ?? message('import.text'))).toMatch(/outside the area of MSK-62-2/);
  });
});
