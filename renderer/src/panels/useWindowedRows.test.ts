import { describe, expect, it } from 'vitest';
import { rowWindow, scrollShowingRow } from './useWindowedRows';

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

describe('scrollShowingRow', () => {
  // Rows 30 px, a 40 px header, a view 300 px high scrolled to 600: rows 20–27 show whole below the header.
  it('leaves the scroll alone for a row in view', () => {
    expect(scrollShowingRow(22, 30, 40, 600, 300)).toBe(600);
  });

  it('scrolls up to a row above the view, putting it at the top', () => {
    expect(scrollShowingRow(3, 30, 40, 600, 300)).toBe(90);
  });

  it('scrolls down to a row below the view, putting it at the bottom above nothing', () => {
    expect(scrollShowingRow(40, 30, 40, 600, 300)).toBe(40 * 30 + 30 + 40 - 300);
  });
});
