import { describe, expect, it } from 'vitest';
import { allocationCreateSchema } from '../../../shared/contract/allocationRequests';
import type { PlotId, ResidentId } from '../../../shared/domain/ids';
import { allocationProblems, allocationRequestFor, localIsoDate, newAllocationDraft } from './allocationDraft';

const plot = 17 as PlotId;
const filled = { ...newAllocationDraft('2026-03-02'), residentId: 4 as ResidentId, agreementNo: ' ДА-РЯЗ-2026/014 ' };

describe('allocation form', () => {
  it('asks for a resident first', () => {
    expect(allocationProblems(newAllocationDraft('2026-03-02'))).toEqual({ residentId: 'noResident' });
    expect(allocationRequestFor(newAllocationDraft('2026-03-02'), [plot])).toBeNull();
  });

  it('builds a request the contract accepts, open-ended when no end date is given', () => {
    const request = allocationRequestFor(filled, [plot]);
    expect(request).toEqual({ residentId: 4, plotIds: [17], kind: 'lease', agreementNo: 'ДА-РЯЗ-2026/014', startDate: '2026-03-02', endDate: null });
    expect(allocationCreateSchema.safeParse(request).success).toBe(true);
  });

  it('refuses an end before the start and a date that does not exist', () => {
    expect(allocationProblems({ ...filled, endDate: '2026-03-01' })).toEqual({ endDate: 'endBeforeStart' });
    expect(allocationProblems({ ...filled, startDate: '2026-02-30' })).toEqual({ startDate: 'badDate' });
    expect(allocationProblems({ ...filled, startDate: '' })).toEqual({ startDate: 'noStart' });
  });

  it('accepts a one-day allocation', () => {
    expect(allocationRequestFor({ ...filled, endDate: '2026-03-02' }, [plot])?.endDate).toBe('2026-03-02');
  });
});

describe('localIsoDate', () => {
  it('writes the local calendar date', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 0, 30))).toBe('2026-01-05');
    expect(localIsoDate(new Date(2025, 11, 31, 23, 59))).toBe('2025-12-31');
  });
});

describe('allocationRequestFor', () => {
  const draft = { residentId: 4 as ResidentId, kind: 'reservation' as const, agreementNo: ' ДР-7 ', startDate: '2026-03-01', endDate: '' };

  it('covers every chosen plot with one agreement, each plot once', () => {
    expect(allocationRequestFor(draft, [17 as PlotId, 18 as PlotId, 17 as PlotId])).toEqual({
      residentId: 4,
      plotIds: [17, 18],
      kind: 'reservation',
      agreementNo: 'ДР-7',
      startDate: '2026-03-01',
      endDate: null,
    });
  });

  it('asks nothing without a plot, a resident or a valid date', () => {
    expect(allocationRequestFor(draft, [])).toBeNull();
    expect(allocationRequestFor({ ...draft, residentId: null }, [17 as PlotId])).toBeNull();
    expect(allocationRequestFor({ ...draft, startDate: '' }, [17 as PlotId])).toBeNull();
    expect(allocationRequestFor({ ...draft, endDate: '2026-02-01' }, [17 as PlotId])).toBeNull();
  });
});
