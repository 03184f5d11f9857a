import { describe, expect, it } from 'vitest';
import { rowWindow } from './useWindowedRows';

describe('rowWindow', () => {
  it('renders the rows in view and the overscan, spacers for the rest', () => {
    expect(rowWindow(50_000, 30, 3_000, 300, 5)).toEqual({ start: 95, end: 115, before: 2_850, after: (50_000 - 115) * 30 });
  });

  it('stops at both ends of the list', () => {
    expect(rowWindow(8, 30, 0, 300, 5)).toEqual({ start: 0, end: 8, before: 0, after: 0 });
  });

  it('renders nothing of an empty list', () => {
    expect(rowWindow(0, 30, 0, 300, 5)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });
});
