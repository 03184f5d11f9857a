import { describe, expect, it } from 'vitest';
import type { AllocationEntry, ResidentListItem } from '../../shared/contract/registryViews';
import type { ChannelCalls } from '../services/__fixtures__/channelCalls';
import { TODAY, type DemoProject } from '../services/__fixtures__/demoStore';
import { openDemoPerTest } from '../services/__fixtures__/demoPerTest';

// The channels as the renderer reaches them: dispatch validates, the handlers call the services on a real file.
let demo: DemoProject;
let calls: ChannelCalls;
openDemoPerTest((opened) => ({ demo, calls } = opened));

const value = <T>(channel: string, payload: unknown): Promise<T> => calls.value<T>(channel, payload);
const failure = (channel: string, payload: unknown) => calls.failure(channel, payload);

describe('residents channels', () => {
  it('refuses a wrong INN as invalid-request naming the field, and the file is unchanged', async () => {
    const before = demo.fileBytes();
    const error = await failure('residents:create', { name: 'ООО «Опечатка»', inn: '7707083894', status: 'resident' });
    expect(error.code).toBe('invalid-request');
    expect(error.message).toContain('inn: INN 7707083894: check digit is wrong');
    const ogrn = await failure('residents:create', { name: 'ООО «Опечатка»', inn: '7707083893', ogrn: '1027700132196', status: 'resident' });
    expect(ogrn).toMatchObject({ code: 'invalid-request', message: expect.stringContaining('ogrn: OGRN 1027700132196: check digit is wrong') });
    expect(demo.fileBytes().equals(before)).toBe(true);
  });

  it('creates, updates and finds a resident', async () => {
    const created = await value<{ id: number }>('residents:create', {
      name: 'ПАО Сбербанк', inn: '7707083893', ogrn: '1027700132195', status: 'agreement', sector: 'Банк', okved: '64.19', jobsPlanned: 12,
    });
    const updated = await value<{ status: string; jobsPlanned: number }>('residents:update', { residentId: created.id, status: 'resident' });
    expect(updated).toMatchObject({ status: 'resident', jobsPlanned: 12 });
    const found = await value<ResidentListItem[]>('residents:list', { search: 'сбер', status: 'resident' });
    expect(found.map((resident) => resident.id)).toEqual([created.id]);
    expect(await failure('residents:update', { residentId: created.id, ogrn: '1027700132196' })).toMatchObject({ code: 'invalid-request' });
    expect(await failure('residents:update', { residentId: created.id, okved: 'abc' })).toMatchObject({ code: 'invalid-request', message: expect.stringContaining('okved') });
    expect(await failure('residents:list', { search: 'x', admin: true })).toMatchObject({ code: 'invalid-request' });
  });
});

describe('allocation channels', () => {
  it('allocates, refuses the same plot to another resident naming the holder, ends and shows the timeline', async () => {
    const plot = demo.plot('Р-13');
    const first = demo.resident('Рязанские композиты');
    const second = demo.resident('Рязаньфарм');
    const [entry] = await value<AllocationEntry[]>('allocations:create', {
      residentId: first.id, plotIds: [plot.id], kind: 'lease', agreementNo: 'ДА-1', startDate: '2026-06-01', endDate: '2031-05-31',
    });
    expect(entry).toMatchObject({ plotCode: 'Р-13', residentName: first.name, active: true });
    const refused = await failure('allocations:create', { residentId: second.id, plotIds: [plot.id], kind: 'reservation', agreementNo: 'СР-2', startDate: TODAY });
    expect(refused.code).toBe('refused');
    expect(refused.message).toContain(`plot Р-13 is held by ${first.name}`);
    const ended = await value<AllocationEntry>('allocations:end', { allocationId: entry!.id, endDate: TODAY });
    expect(ended.endDate).toBe(TODAY);
    await value('allocations:create', { residentId: second.id, plotIds: [plot.id], kind: 'reservation', agreementNo: 'СР-2', startDate: '2026-06-16' });
    const timeline = await value<AllocationEntry[]>('allocations:history', { plotId: plot.id });
    expect(timeline.map((item) => item.agreementNo)).toEqual(['СР-2', 'ДА-1']);
    expect(demo.store.plots.get(plot.id)!.status).toBe('reserved');
  });

  it('validates the request before anything runs', async () => {
    const plot = demo.plot('Р-13');
    const resident = demo.resident('Рязанские композиты');
    const base = { residentId: resident.id, plotIds: [plot.id], kind: 'lease', agreementNo: 'X', startDate: TODAY };
    expect((await failure('allocations:create', { ...base, endDate: '2020-01-01' })).message).toContain('endDate');
    expect((await failure('allocations:create', { ...base, startDate: '2026-02-30' })).message).toContain('startDate');
    expect((await failure('allocations:create', { ...base, plotIds: [] })).message).toContain('plotIds');
    expect((await failure('allocations:create', { ...base, plotIds: [plot.id, plot.id] })).message).toContain('named twice');
    expect((await failure('allocations:create', { ...base, kind: 'gift' })).message).toContain('kind');
    expect(await failure('allocations:history', { plotId: plot.id, residentId: resident.id })).toMatchObject({ code: 'invalid-request' });
    expect(await failure('allocations:history', { plotId: 9999 })).toMatchObject({ code: 'not-found', message: 'Plot 9999 does not exist' });
    expect(demo.store.allocations.listByPlot(plot.id)).toEqual([]);
  });
});

describe('utility channels', () => {
  it('sets a capacity and moves a connection along, refusing nonsense figures', async () => {
    const park = demo.store.parks.list()[0]!;
    expect(await value('capacities:set', { parkId: park.id, network: 'heat', capacity: 14.5 })).toEqual({ parkId: park.id, network: 'heat', capacity: 14.5 });
    expect(await failure('capacities:set', { parkId: park.id, network: 'heat', capacity: -1 })).toMatchObject({ code: 'invalid-request' });
    expect(await failure('capacities:set', { parkId: park.id, network: 'wifi', capacity: 1 })).toMatchObject({ code: 'invalid-request' });
    const plot = demo.plot('Р-03');
    const created = await value<{ id: number }>('connections:create', { plotId: plot.id, network: 'water', requestedCapacity: 40, status: 'requested' });
    expect(await value('connections:update', { connectionId: created.id, status: 'approved' })).toMatchObject({ status: 'approved', requestedCapacity: 40 });
    expect(await failure('connections:update', { connectionId: created.id, status: 'done' })).toMatchObject({ code: 'invalid-request' });
  });
});
