import { describe, expect, it } from 'vitest';
import type { XY } from '../geometry/localFrame';
import { liesWithin } from './containment';

const square = (x: number, y: number, side: number): XY[] => [[x, y], [x + side, y], [x + side, y + side], [x, y + side]];
const box = (ring: readonly XY[]) => ({
  minX: Math.min(...ring.map((p) => p[0])),
  minY: Math.min(...ring.map((p) => p[1])),
  maxX: Math.max(...ring.map((p) => p[0])),
  maxY: Math.max(...ring.map((p) => p[1])),
});

describe('liesWithin', () => {
  const outer = [square(0, 0, 100)];

  it('holds for a plot well inside another', () => {
    const inner = square(10, 10, 20);
    expect(liesWithin([inner], outer, box(inner))).toBe(true);
  });

  it('fails for a plot touching, within 1 mm of, or crossing the outline', () => {
    for (const inner of [square(0, 10, 20), square(0.0005, 10, 20), square(-5, 10, 20), square(90, 90, 20)]) {
      expect(liesWithin([inner], outer, box(inner))).toBe(false);
    }
  });

  it('fails when the outer plot has a hole, or a notch, inside the inner one', () => {
    const inner = square(10, 10, 50);
    const hole: XY[] = [[20, 20], [20, 30], [30, 30], [30, 20]];
    expect(liesWithin([inner], [...outer, hole], box(inner))).toBe(false);
    // A notch from the top edge reaching down between the inner plot's vertices, not touching its edges.
    const notched: XY[] = [[0, 0], [100, 0], [100, 100], [36, 100], [35, 40], [34, 100], [0, 100]];
    expect(liesWithin([inner], [notched], box(inner))).toBe(false);
  });
});
