import geographiclib from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import type { Position } from '../../../shared/domain/geometry';
import { sketchFigures, withoutRepeats } from './sketchFigures';

const { Geodesic } = geographiclib;

/** GeographicLib's own polygon area and line length: an independent reference. */
function reference(vertices: readonly Position[]): { area: number; perimeter: number } {
  const polygon = Geodesic.WGS84.Polygon(false);
  for (const [lon, lat] of vertices) polygon.AddPoint(lat, lon);
  const result = polygon.Compute(false, true);
  return { area: Math.abs(result.area ?? 0), perimeter: result.perimeter ?? 0 };
}

const distance = (a: Position, b: Position) => Geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0]).s12 ?? Number.NaN;

describe('sketchFigures', () => {
  const square: Position[] = [
    [39.6, 54.6],
    [39.602, 54.6],
    [39.602, 54.6012],
  ];
  const cursor: Position = [39.6, 54.6012];

  it('counts the cursor as the next vertex of the outline and agrees with GeographicLib', () => {
    const figures = sketchFigures(square, cursor, 'polygon');
    const expected = reference([...square, cursor]);
    expect(figures.areaM2).not.toBeNull();
    expect(Math.abs((figures.areaM2 ?? 0) - expected.area) / expected.area).toBeLessThan(1e-6);
    expect(figures.segmentM).toBeCloseTo(distance(square[2] as Position, cursor), 6);
    // The open outline: the closing edge back to the first vertex is not drawn yet.
    expect(figures.lengthM).toBeCloseTo(expected.perimeter - distance(cursor, square[0] as Position), 6);
  });

  it('gives no area for a line or for fewer than three distinct vertices', () => {
    expect(sketchFigures(square, cursor, 'line').areaM2).toBeNull();
    expect(sketchFigures([[39.6, 54.6]], [39.601, 54.6], 'polygon').areaM2).toBeNull();
    expect(sketchFigures([[39.6, 54.6], [39.601, 54.6]], [39.601, 54.6], 'polygon').areaM2).toBeNull();
  });

  it('has no segment without a cursor or before the first vertex', () => {
    expect(sketchFigures(square, null, 'polygon').segmentM).toBeNull();
    expect(sketchFigures([], [39.6, 54.6], 'line').segmentM).toBeNull();
  });

  it('drops the repeated vertex a double-click leaves', () => {
    expect(withoutRepeats([[1, 2], [1, 2], [3, 4], [1, 2]])).toEqual([[1, 2], [3, 4], [1, 2]]);
  });
});
