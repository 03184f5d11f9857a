import { describe, expect, it } from 'vitest';
import { geometryBounds } from './geometryBounds';

describe('geometryBounds', () => {
  it('spans lines, polygons and multipolygons together', () => {
    expect(
      geometryBounds([
        { type: 'LineString', coordinates: [[39.7, 54.6], [39.8, 54.65]] },
        { type: 'Polygon', coordinates: [[[39.6, 54.7], [39.65, 54.7], [39.65, 54.72], [39.6, 54.7]]] },
        { type: 'MultiPolygon', coordinates: [[[[39.9, 54.5], [39.95, 54.5], [39.95, 54.55], [39.9, 54.5]]]] },
      ]),
    ).toEqual([39.6, 54.5, 39.95, 54.72]);
  });

  it('is null without any vertex', () => {
    expect(geometryBounds([])).toBeNull();
  });

  it('takes 200 000 vertices (past the engine limit of Math.min(...spread))', () => {
    const coordinates = Array.from({ length: 200_000 }, (_, i) => [i * 1e-6, 54 + i * 1e-7] as const);
    const [east, north] = coordinates[coordinates.length - 1]!;
    expect(geometryBounds([{ type: 'LineString', coordinates }])).toEqual([0, 54, east, north]);
  });
});
