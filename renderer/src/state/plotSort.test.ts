import { describe, expect, it } from 'vitest';
import type { PlotStatus } from '../../../shared/domain/plot';
import { ariaSort, DEFAULT_SORT, nextSort, sortPlots } from './plotSort';

const plot = (code: string, areaM2: number, status: PlotStatus) => ({ code, areaM2, status });
const plots = [
  plot('Р-10', 50_000, 'allocated'),
  plot('Р-2', 120_000, 'free'),
  plot('Р-1', 80_000, 'allocated'),
  plot('И-1', 9_000, 'infrastructure'),
];
const codes = (list: readonly { code: string }[]) => list.map((p) => p.code);

describe('sortPlots', () => {
  it('orders codes naturally, Р-2 before Р-10', () => {
    expect(codes(sortPlots(plots, { key: 'code', direction: 'ascending' }, 'ru'))).toEqual(['И-1', 'Р-1', 'Р-2', 'Р-10']);
  });

  it('orders by area, largest first when descending', () => {
    expect(codes(sortPlots(plots, { key: 'area', direction: 'descending' }, 'ru'))).toEqual(['Р-2', 'Р-1', 'Р-10', 'И-1']);
  });

  it('orders by status along a plot’s life, ties by code', () => {
    expect(codes(sortPlots(plots, { key: 'status', direction: 'ascending' }, 'ru'))).toEqual(['Р-2', 'Р-1', 'Р-10', 'И-1']);
  });

  it('keeps ties in code order when descending', () => {
    expect(codes(sortPlots(plots, { key: 'status', direction: 'descending' }, 'ru'))).toEqual(['И-1', 'Р-1', 'Р-10', 'Р-2']);
  });

  it('does not reorder the list it was given', () => {
    const before = codes(plots);
    sortPlots(plots, { key: 'area', direction: 'ascending' }, 'en');
    expect(codes(plots)).toEqual(before);
  });
});

describe('nextSort and ariaSort', () => {
  it('flips the direction of the sorted column', () => {
    expect(nextSort(DEFAULT_SORT, 'code')).toEqual({ key: 'code', direction: 'descending' });
  });

  it('sorts a new column ascending, except area which starts with the largest', () => {
    expect(nextSort(DEFAULT_SORT, 'status')).toEqual({ key: 'status', direction: 'ascending' });
    expect(nextSort(DEFAULT_SORT, 'area')).toEqual({ key: 'area', direction: 'descending' });
  });

  it('marks only the sorted column', () => {
    expect(ariaSort(DEFAULT_SORT, 'code')).toBe('ascending');
    expect(ariaSort(DEFAULT_SORT, 'area')).toBe('none');
  });
});
