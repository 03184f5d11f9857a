import { describe, expect, it } from 'vitest';
import { activeAllocationByPlot, isActiveOn } from './activeAllocation';
import type { Allocation } from '../domain/allocation';
import type { AllocationId, PlotId, ResidentId } from '../domain/ids';

const allocation = (id: number, plot: number, startDate: string, endDate: string | null): Allocation => ({
  id: id as AllocationId,
  plotId: plot as PlotId,
  residentId: 1 as ResidentId,
  kind: 'lease',
  agreementNo: `A-${id}`,
  startDate,
  endDate,
});

describe('isActiveOn', () => {
  it('runs from the start date until the end date inclusive', () => {
    const a = allocation(1, 1, '2020-01-01', '2024-12-31');
    expect(isActiveOn(a, '2019-12-31')).toBe(false);
    expect(isActiveOn(a, '2020-01-01')).toBe(true);
    expect(isActiveOn(a, '2024-12-31')).toBe(true);
    expect(isActiveOn(a, '2025-01-01')).toBe(false);
  });

  it('treats a missing end date as open', () => {
    expect(isActiveOn(allocation(1, 1, '2020-01-01', null), '2099-01-01')).toBe(true);
  });
});

describe('activeAllocationByPlot', () => {
  it('keeps ended allocations out and picks the active one per plot', () => {
    const map = activeAllocationByPlot(
      [allocation(1, 7, '2016-01-01', '2019-06-30'), allocation(2, 7, '2019-07-01', null), allocation(3, 8, '2018-01-01', '2020-01-01')],
      '2026-11-26',
    );
    expect(map.get(7 as PlotId)?.id).toBe(2);
    expect(map.has(8 as PlotId)).toBe(false);
  });
});
