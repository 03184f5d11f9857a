import { describe, expect, it } from 'vitest';
import { boundsOf } from './bounds';

describe('boundsOf', () => {
  it('frames a line', () => {
    expect(boundsOf([{ type: 'LineString', coordinates: [[39.6, 54.7], [39.7, 54.6]] }])).toEqual([
      [39.6, 54.6],
      [39.7, 54.7],
    ]);
  });

  it('frames polygons and multipolygons together', () => {
    const square = (x: number, y: number) => [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] as const;
    expect(
      boundsOf([
        { type: 'Polygon', coordinates: square(39, 54) },
        { type: 'MultiPolygon', coordinates: [square(41, 56), square(38, 55)] },
      ]),
    ).toEqual([
      [38, 54],
      [42, 57],
    ]);
  });

  it('is null when there is nothing to frame', () => {
    expect(boundsOf([])).toBeNull();
    expect(boundsOf([{ type: 'LineString', coordinates: [] }])).toBeNull();
  });
});
