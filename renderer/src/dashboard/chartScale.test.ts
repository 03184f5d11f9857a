import { describe, expect, it } from 'vitest';
import { niceCeiling, scaleLength, stackSegments, ticks } from './chartScale';

describe('niceCeiling', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceCeiling(437)).toBe(500);
    expect(niceCeiling(180)).toBe(200);
    expect(niceCeiling(2100)).toBe(2500);
    expect(niceCeiling(60_000)).toBe(100_000);
    expect(niceCeiling(0.12)).toBeCloseTo(0.2, 12);
  });

  it('keeps a value that is already round', () => {
    expect(niceCeiling(500)).toBe(500);
    expect(niceCeiling(1)).toBe(1);
  });

  it('gives 1 for nothing to show', () => {
    expect(niceCeiling(0)).toBe(1);
    expect(niceCeiling(-3)).toBe(1);
    expect(niceCeiling(Number.NaN)).toBe(1);
  });
});

describe('ticks and scaleLength', () => {
  it('spaces ticks evenly from zero', () => {
    expect(ticks(500, 5)).toEqual([0, 100, 200, 300, 400, 500]);
  });

  it('scales within the axis and clamps what falls outside', () => {
    expect(scaleLength(250, 500, 300)).toBe(150);
    expect(scaleLength(900, 500, 300)).toBe(300);
    expect(scaleLength(-4, 500, 300)).toBe(0);
    expect(scaleLength(4, 0, 300)).toBe(0);
  });
});

describe('stackSegments', () => {
  it('lays parts end to end over the whole length', () => {
    const segments = stackSegments([['free', 30], ['reserved', 0], ['built', 70]], 200);
    expect(segments.map((s) => s.key)).toEqual(['free', 'built']);
    expect(segments[0]).toMatchObject({ offset: 0, length: 60, pct: 30 });
    expect(segments[1]?.offset).toBeCloseTo(60, 9);
    expect(segments[1]?.length).toBeCloseTo(140, 9);
  });

  it('is empty when nothing is positive', () => {
    expect(stackSegments([['free', 0]], 200)).toEqual([]);
  });
});
