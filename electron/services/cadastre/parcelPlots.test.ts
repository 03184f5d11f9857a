import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParcelPlotsCreated } from '../../../shared/contract/cadastreChannels';
import type { EditState } from '../../../shared/contract/editViews';
import type { Reconciliation } from '../../../shared/park/reconciliation';
import { type ChannelCalls } from '../__fixtures__/channelCalls';
import { openDemoPerTest } from '../__fixtures__/demoPerTest';
import { type DemoProject } from '../__fixtures__/demoStore';
import { commitParcelImport } from '../io/import/parcelImport';
import { wordedEditState } from '../__fixtures__/wordedEditState';

let demo: DemoProject;
let calls: ChannelCalls;
openDemoPerTest((opened) => ({ demo, calls } = opened));

const KPT = join(import.meta.dirname, '../../../test/fixtures/import/rosreestr/kpt10-62-15-0060201.xml');

function withParcels(): number {
  const park = demo.store.parks.list().find((candidate) => candidate.name.includes('Рязанский'))!;
  commitParcelImport(demo.store, park, { input: KPT, skipRejected: true });
  return park.id;
}

describe('parcels:createPlots', () => {
  it('makes plots with the parcels’ numbers and outlines bit for bit, a plot per contour, as one undoable edit', async () => {
    const parkId = withParcels();
    const before = demo.store.plots.list().length;
    const made = await calls.value<ParcelPlotsCreated>('parcels:createPlots', { parkId });
    expect(made.skipped).toEqual([]);
    expect(wordedEditState(made.edit).undoLabel).toBe('4 plots from 3 ЕГРН parcels');
    const plots = made.plotIds.map((id) => demo.store.plots.get(id)!);
    expect(plots.map((plot) => [plot.code, plot.cadastralNumber])).toEqual([
      ['КН-101', '62:15:0060201:101'], ['КН-102/1', '62:15:0060201:102'], ['КН-102/2', '62:15:0060201:102'], ['КН-103', '62:15:0060201:103'],
    ]);
    const parcels = new Map(demo.store.cadastralParcels.list().map((parcel) => [parcel.cadastralNumber, parcel]));
    expect(plots[1]?.geometry.coordinates).toEqual(parcels.get('62:15:0060201:102')?.geometry.coordinates[0]);
    expect(plots[0]?.geometry.coordinates).toEqual(parcels.get('62:15:0060201:101')?.geometry.coordinates[0]);
    // Reconciled against their own parcels: no deviation, and the difference is ours less the declared.
    const reconciliation = await calls.value<Reconciliation>('parcels:reconcile', { parkId });
    const row = reconciliation.matched.find((match) => match.plotCode === 'КН-101');
    expect(row?.maxDeviationM).toBe(0);
    expect(row?.differenceM2).toBe((row?.plotAreaM2 ?? 0) - 45_800);
    // Asked again, every parcel already has its plot.
    expect((await calls.value<ParcelPlotsCreated>('parcels:createPlots', { parkId })).skipped).toHaveLength(3);
    const undone = await calls.value<EditState>('edits:undo', {});
    expect(wordedEditState(undone).redoLabel).toBe('4 plots from 3 ЕГРН parcels');
    expect(demo.store.plots.list()).toHaveLength(before);
    expect(demo.store.cadastralParcels.list()).toHaveLength(3);
  });

  it('takes only the parcels named, and refuses a malformed request', async () => {
    const parkId = withParcels();
    const made = await calls.value<ParcelPlotsCreated>('parcels:createPlots', { parkId, cadastralNumbers: ['62:15:0060201:103'] });
    expect(made.plotIds).toHaveLength(1);
    expect(wordedEditState(made.edit).undoLabel).toBe('Plot from parcel 62:15:0060201:103');
    expect((await calls.failure('parcels:createPlots', { parkId, cadastralNumbers: [''] })).code).toBe('invalid-request');
  });
});
