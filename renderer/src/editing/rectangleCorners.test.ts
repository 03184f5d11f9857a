import geodesic from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { geodesicArea } from '../../../shared/geometry/geodesicArea';
import { geographiclibMeasures } from '../../../shared/geometry/test/geographiclibReference';
import type { Position } from '../../../shared/domain/geometry';
import { rectangleCorners } from './rectangleCorners';

const distance = (a: readonly number[], b: readonly number[]) => geodesic.Geodesic.WGS84.Inverse(a[1] ?? 0, a[0] ?? 0, b[1] ?? 0, b[0] ?? 0).s12 ?? Number.NaN;

describe('a rectangle typed by width, depth and rotation', () => {
  it.each([0, 30, 137.5])('has sides as typed and width × depth of area at rotation %s°', (rotationDeg) => {
    const ring = rectangleCorners({ centre: [39.6, 54.7], widthM: 180, depthM: 75, rotationDeg });
    expect(ring).toHaveLength(5);
    expect(ring[4]).toEqual(ring[0]);
    const [a, b, c, d] = ring as unknown as [Position, Position, Position, Position];
    expect(distance(a, b)).toBeCloseTo(180, 6);
    expect(distance(c, d)).toBeCloseTo(180, 6);
    expect(distance(b, c)).toBeCloseTo(75, 6);
    expect(distance(d, a)).toBeCloseTo(75, 6);
    const polygon = { type: 'Polygon' as const, coordinates: [ring] };
    expect(Math.abs(geographiclibMeasures(polygon).area - 180 * 75) / (180 * 75)).toBeLessThan(1e-8);
    expect(Math.abs(geodesicArea(polygon) - geographiclibMeasures(polygon).area)).toBeLessThan(0.01);
  });

  it('turns clockwise from north: at 90° the depth runs east', () => {
    const [front, , back] = rectangleCorners({ centre: [39.6, 54.7], widthM: 10, depthM: 200, rotationDeg: 90 }) as unknown as [Position, Position, Position];
    expect((front[0] ?? 0) - (back[0] ?? 0)).toBeGreaterThan(0.0025);
  });

  it('refuses a rectangle without size', () => {
    expect(() => rectangleCorners({ centre: [39.6, 54.7], widthM: 0, depthM: 10, rotationDeg: 0 })).toThrow(/positive/);
  });
});
