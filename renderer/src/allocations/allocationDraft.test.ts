import { describe, expect, it } from 'vitest';
import { allocationCreateSchema } from '../../../shared/contract/allocationRequests';
import type { PlotId, ResidentId } from '../../../shared/domain/ids';
import { allocationProblems, allocationRequestFor, localIsoDate, newAllocationDraft } from './allocationDraft';

const plot = 17 as PlotId;
const filled = { ...newAllocationDraft('2026-03-02'), residentId: 4 as ResidentId, agreementNo: ' ДА-РЯЗ-2026/014 ', endDate: '2075-03-01' };

describe('allocation form', () => {
  it('asks for a resident first', () => {
    expect(allocationProblems(newAllocationDraft('2026-03-02'))).toMatchObject({ residentId: 'noResident' });
    expect(allocationRequestFor(newAllocationDraft('2026-03-02'), [plot])).toBeNull();
  });

  it('builds a request the contract accepts', () => {
    const request = allocationRequestFor(filled, [plot]);
    expect(request).toEqual({ residentId: 4, plotIds: [17], kind: 'lease', agreementNo: 'ДА-РЯЗ-2026/014', startDate: '2026-03-02', endDate: '2075-03-01' });
    expect(allocationCreateSchema.safeParse(request).success).toBe(true);
  });

  it('asks a lease for its agreement number and term, a sale for its number, unless there is no agreement yet', () => {
    expect(allocationProblems({ ...filled, agreementNo: ' ', endDate: '' })).toEqual({ agreementNo: 'noAgreementNo', endDate: 'noTerm' });
    expect(allocationProblems({ ...filled, kind: 'ownership', agreementNo: '', endDate: '' })).toEqual({ agreementNo: 'noAgreementNo' });
    expect(allocationProblems({ ...filled, kind: 'reservation', agreementNo: '', endDate: '' })).toEqual({});
    const unsigned = { ...filled, agreementNo: 'черновик', endDate: '', noAgreementYet: true };
    expect(allocationProblems(unsigned)).toEqual({});
    expect(allocationRequestFor(unsigned, [plot])).toMatchObject({ agreementNo: '', endDate: null });
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
  const draft = { residentId: 4 as ResidentId, kind: 'reservation' as const, agreementNo: ' ДР-7 ', startDate: '2026-03-01', endDate: '', noAgreementYet: false };

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
