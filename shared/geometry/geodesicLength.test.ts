import geodesic from 'geographiclib-geodesic';
import { distance } from '@turf/distance';
import { describe, expect, it } from 'vitest';
import type { LinearRing, Position } from '../domain/geometry';
import { geodesicLength, geodesicPerimeter } from './geodesicLength';
import { seededRandom } from './test/randomPlots';

const { Geodesic } = geodesic;

describe('geodesicLength', () => {
  it('gives the WGS84 quarter meridian, 10 001 965.729 m', () => {
    expect(geodesicLength([[39.6, 0], [39.6, 90]])).toBeCloseTo(10_001_965.729, 3);
  });

  it('gives a degree of the equator as a·π/180', () => {
    expect(geodesicLength([[39, 0], [40, 0]])).toBeCloseTo((6_378_137 * Math.PI) / 180, 6);
  });

  it('sums segments and agrees with GeographicLib Inverse to 1e-6 on random lines near Ryazan', () => {
    const random = seededRandom(5);
    for (let line = 0; line < 200; line++) {
      const coords: Position[] = Array.from({ length: 2 + Math.floor(random() * 8) }, () => [39.6 + random() * 0.1, 54.6 + random() * 0.1]);
      let reference = 0;
      for (let i = 1; i < coords.length; i++) {
        const [lon1, lat1] = coords[i - 1] ?? [0, 0];
        const [lon2, lat2] = coords[i] ?? [0, 0];
        reference += Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2).s12 ?? Number.NaN;
      }
      expect(Math.abs(geodesicLength(coords) - reference) / reference).toBeLessThanOrEqual(1e-6);
    }
  });

  it('reads longer than spherical @turf/distance east–west at 54.6°N (by ~0.33 %)', () => {
    const from: Position = [39.6, 54.6];
    const to: Position = [39.61, 54.6];
    const ratio = geodesicLength([from, to]) / distance([...from], [...to], { units: 'meters' });
    expect(ratio).toBeGreaterThan(1.003);
    expect(ratio).toBeLessThan(1.004);
  });

  it('measures 0 m for fewer than two positions', () => {
    expect(geodesicLength([])).toBe(0);
    expect(geodesicLength([[39.6, 54.6]])).toBe(0);
  });

  it('throws a RangeError for a NaN position', () => {
    expect(() => geodesicLength([[39.6, 54.6], [Number.NaN, 54.6]])).toThrow(/position 1/);
  });
});

describe('geodesicPerimeter', () => {
  const outer: LinearRing = [[39.6, 54.6], [39.602, 54.6], [39.602, 54.602], [39.6, 54.602], [39.6, 54.6]];
  const hole: LinearRing = [[39.6005, 54.6005], [39.6005, 54.601], [39.601, 54.601], [39.601, 54.6005], [39.6005, 54.6005]];

  it('measures every ring, holes included', () => {
    const perimeter = geodesicPerimeter({ type: 'Polygon', coordinates: [outer, hole] });
    expect(perimeter).toBeCloseTo(geodesicLength(outer) + geodesicLength(hole), 9);
    expect(geodesicPerimeter({ type: 'MultiPolygon', coordinates: [[outer], [hole]] })).toBeCloseTo(perimeter, 9);
  });

  it('throws a RangeError for a ring of 3 positions', () => {
    expect(() => geodesicPerimeter({ type: 'Polygon', coordinates: [[[39.6, 54.6], [39.61, 54.6], [39.6, 54.6]]] })).toThrow(RangeError);
  });
});
