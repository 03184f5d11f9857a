import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Allocation } from '../../../shared/domain/allocation';
import type { AllocationId } from '../../../shared/domain/ids';
import { openDemoProject, TODAY, type DemoProject } from '../__fixtures__/demoStore';
import { allocatePlots, allocationHistory, endAllocation } from './plotAllocation';
import { refusalOf } from '../__fixtures__/refusalOf';

let demo: DemoProject;
beforeEach(() => {
  demo = openDemoProject();
});
afterEach(() => demo.dispose());

const activeToday = (allocation: Allocation): boolean =>
  allocation.startDate <= TODAY && (allocation.endDate === null || allocation.endDate >= TODAY);

/** The refusal's English message. */
const refusal = (run: () => unknown): string => refusalOf(run).message;

/** A plot of the demo that someone holds today, with its holder. */
function heldPlot(status: 'allocated' | 'built') {
  const allocation = demo.store.allocations.list().find((candidate) => activeToday(candidate) && demo.store.plots.get(candidate.plotId)?.status === status);
  if (allocation === undefined) throw new Error(`the demo has no held ${status} plot`);
  return { allocation, plot: demo.store.plots.get(allocation.plotId)!, holder: demo.store.residents.get(allocation.residentId)! };
}

describe('allocatePlots', () => {
  it('allocates several free plots under one agreement and the plots follow', () => {
    const resident = demo.resident('Рязанские композиты');
    const [a, b] = [demo.plot('Р-03'), demo.plot('Р-05')];
    const entries = allocatePlots(
      demo.store,
      { residentId: resident.id, plotIds: [a.id, b.id], kind: 'lease', agreementNo: 'ДА-2026/1', startDate: '2026-06-01' },
      TODAY,
    );
    expect(entries.map((entry) => [entry.plotCode, entry.residentName, entry.active, entry.endDate])).toEqual([
      ['Р-03', resident.name, true, null],
      ['Р-05', resident.name, true, null],
    ]);
    expect(entries[0]!.parkName).toContain('Рязанский');
    expect([demo.store.plots.get(a.id)!.status, demo.store.plots.get(b.id)!.status]).toEqual(['allocated', 'allocated']);
  });

  it('marks a reserved plot as reserved', () => {
    const plot = demo.plot('Р-13');
    allocatePlots(
      demo.store,
      { residentId: demo.resident('Рязаньфарм').id, plotIds: [plot.id], kind: 'reservation', agreementNo: 'СР-1', startDate: TODAY, endDate: '2026-12-31' },
      TODAY,
    );
    expect(demo.store.plots.get(plot.id)!.status).toBe('reserved');
  });

  it('refuses a plot someone holds, naming the plot and the holder, and writes nothing for any plot', () => {
    const { plot, holder } = heldPlot('allocated');
    const free = demo.plot('Р-39');
    const before = demo.fileBytes();
    const count = demo.store.allocations.list().length;
    const message = refusal(() =>
      allocatePlots(demo.store, { residentId: demo.resident('Рязанские композиты').id, plotIds: [free.id, plot.id], kind: 'lease', agreementNo: 'X', startDate: TODAY }, TODAY),
    );
    expect(message).toContain(`plot ${plot.code} is held by ${holder.name}`);
    expect(message).not.toContain('Р-39');
    expect(demo.fileBytes().equals(before)).toBe(true);
    expect(demo.store.allocations.list()).toHaveLength(count);
    expect(demo.store.plots.get(free.id)!.status).toBe('free');
  });

  it('refuses to overlap a dated allocation, which the file alone would let through', () => {
    const plot = demo.plot('Р-48');
    const composite = demo.resident('Рязанские композиты');
    allocatePlots(demo.store, { residentId: composite.id, plotIds: [plot.id], kind: 'lease', agreementNo: 'Л-1', startDate: '2026-01-01', endDate: '2028-12-31' }, TODAY);
    const dated = { residentId: demo.resident('Рязаньфарм').id, plotIds: [plot.id], kind: 'lease' as const, agreementNo: 'Л-2', startDate: '2027-01-01' };
    expect(refusal(() => allocatePlots(demo.store, { ...dated, endDate: '2027-06-30' }, TODAY))).toContain(`plot Р-48 is held by ${composite.name}`);
    expect(refusal(() => allocatePlots(demo.store, dated, TODAY))).toContain('2026-01-01 – 2028-12-31');
    // A follow-on lease after the first one ends is fine.
    const next = allocatePlots(demo.store, { ...dated, startDate: '2029-01-01' }, TODAY);
    expect(next[0]!.active).toBe(false);
    expect(demo.store.allocations.listByPlot(plot.id)).toHaveLength(2);
  });

  it('keeps a built plot built, and records a past allocation as history without changing the status', () => {
    const { allocation, plot } = heldPlot('built');
    endAllocation(demo.store, { allocationId: allocation.id, endDate: TODAY }, TODAY);
    const resident = demo.resident('Рязанские композиты');
    allocatePlots(demo.store, { residentId: resident.id, plotIds: [plot.id], kind: 'ownership', agreementNo: 'ДКП-9', startDate: '2026-06-16' }, TODAY);
    expect(demo.store.plots.get(plot.id)!.status).toBe('built');
    const free = demo.plot('Р-52');
    allocatePlots(demo.store, { residentId: resident.id, plotIds: [free.id], kind: 'lease', agreementNo: 'old', startDate: '2010-01-01', endDate: '2012-12-31' }, TODAY);
    expect(demo.store.plots.get(free.id)!.status).toBe('free');
  });

  it('refuses a resident that has left the park', () => {
    const gone = demo.resident('Рязаньфарм');
    demo.store.residents.update({ ...gone, status: 'left' });
    expect(refusal(() => allocatePlots(demo.store, { residentId: gone.id, plotIds: [demo.plot('Р-03').id], kind: 'lease', agreementNo: '', startDate: TODAY }, TODAY))).toMatch(/has left/);
  });
});

describe('endAllocation', () => {
  it('ends an allocation, keeps it as history and frees the plot', () => {
    const { allocation, plot } = heldPlot('allocated');
    const ended = endAllocation(demo.store, { allocationId: allocation.id, endDate: '2026-06-14' }, TODAY);
    expect(ended).toMatchObject({ id: allocation.id, endDate: '2026-06-14', active: false, plotCode: plot.code });
    expect(demo.store.plots.get(plot.id)!.status).toBe('free');
    expect(demo.store.allocations.get(allocation.id)?.endDate).toBe('2026-06-14');
  });

  it('leaves the plot held while the end date is still ahead', () => {
    const { allocation, plot } = heldPlot('allocated');
    expect(endAllocation(demo.store, { allocationId: allocation.id, endDate: '2026-12-31' }, TODAY).active).toBe(true);
    expect(demo.store.plots.get(plot.id)!.status).toBe('allocated');
  });

  it('refuses to end an allocation twice, before it started or later than agreed', () => {
    const { allocation } = heldPlot('allocated');
    expect(refusal(() => endAllocation(demo.store, { allocationId: allocation.id, endDate: '1999-01-01' }, TODAY))).toMatch(/before the allocation's start date/);
    endAllocation(demo.store, { allocationId: allocation.id, endDate: '2026-06-10' }, TODAY);
    expect(refusal(() => endAllocation(demo.store, { allocationId: allocation.id, endDate: '2026-06-12' }, TODAY))).toMatch(/already ended on 2026-06-10/);
    expect(() => endAllocation(demo.store, { allocationId: 99999 as AllocationId, endDate: TODAY }, TODAY)).toThrow('Allocation 99999 does not exist');
  });
});

describe('allocationHistory', () => {
  it('gives a plot its timeline, newest first, with names', () => {
    const plot = demo.plot('Р-31');
    const stored = demo.store.allocations.listByPlot(plot.id);
    const resident = demo.resident('Рязанские композиты');
    allocatePlots(demo.store, { residentId: resident.id, plotIds: [plot.id], kind: 'reservation', agreementNo: 'СР-77', startDate: TODAY }, TODAY);
    const timeline = allocationHistory(demo.store, { plotId: plot.id }, TODAY);
    expect(timeline).toHaveLength(stored.length + 1);
    expect(timeline[0]).toMatchObject({ agreementNo: 'СР-77', residentName: resident.name, active: true });
    expect(timeline.slice(1).every((entry) => !entry.active)).toBe(true);
    const starts = timeline.map((entry) => entry.startDate);
    expect(starts).toEqual([...starts].sort().reverse());
  });

  it('gives a resident every plot it held or holds', () => {
    const port = demo.resident('Сухой порт');
    const timeline = allocationHistory(demo.store, { residentId: port.id }, TODAY);
    expect(timeline.map((entry) => entry.id).sort((a, b) => a - b)).toEqual(demo.store.allocations.listByResident(port.id).map((a) => a.id).sort((a, b) => a - b));
    expect(new Set(timeline.map((entry) => entry.residentName))).toEqual(new Set([port.name]));
  });
});
