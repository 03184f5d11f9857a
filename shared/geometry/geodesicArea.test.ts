import turfArea from '@turf/area';
import { describe, expect, it } from 'vitest';
import type { LinearRing, MultiPolygonGeometry, PolygonGeometry } from '../domain/geometry';
import { geodesicArea, ringArea } from './geodesicArea';
import { geographiclibMeasures, relativeError } from './test/geographiclibReference';
import { asTurfGeometry } from './test/turfGeometry';
import { BOUNDARY_POLYGONS, RYAZAN_PLOTS, randomPolygons, reversedRing } from './test/randomPlots';

const REQUIRED = 1e-5;

function worstError(polygons: readonly PolygonGeometry[]): number {
  return Math.max(...polygons.map((polygon) => relativeError(geodesicArea(polygon), geographiclibMeasures(polygon).area)));
}

function square(lon: number, lat: number, sideDeg: number): LinearRing {
  return [[lon, lat], [lon + sideDeg, lat], [lon + sideDeg, lat + sideDeg], [lon, lat + sideDeg], [lon, lat]];
}

describe('geodesicArea against GeographicLib', () => {
  it('is within 1e-5 on 2 000 random plots (0.5–20 ha, 5–12 vertices) near Ryazan', () => {
    expect(worstError(randomPolygons(1, 2_000, RYAZAN_PLOTS))).toBeLessThanOrEqual(REQUIRED);
  });

  it('is within 1e-5 on random plots across 54–56°N', () => {
    const options = { ...RYAZAN_PLOTS, centerLat: 55, spreadDeg: 1 };
    expect(worstError(randomPolygons(2, 1_000, options))).toBeLessThanOrEqual(REQUIRED);
  });

  it('is within 1e-5 on park-boundary-sized polygons (3–7 km², edges up to ~3.5 km)', () => {
    expect(worstError(randomPolygons(3, 300, BOUNDARY_POLYGONS))).toBeLessThanOrEqual(REQUIRED);
  });

  it('stays close on edges long enough to leave the series (1° × 1° at 55°N)', () => {
    const polygon: PolygonGeometry = { type: 'Polygon', coordinates: [square(39, 55, 1)] };
    expect(relativeError(geodesicArea(polygon), geographiclibMeasures(polygon).area)).toBeLessThanOrEqual(REQUIRED);
  });
});

describe('geodesicArea is ellipsoidal, not spherical', () => {
  it('reads about 0.44 % more than @turf/area at 54.6°N', () => {
    const plots = randomPolygons(4, 200, { ...RYAZAN_PLOTS, spreadDeg: 0.01 });
    for (const plot of plots) {
      const excess = geodesicArea(plot) / turfArea(asTurfGeometry(plot)) - 1;
      expect(excess).toBeGreaterThan(0.0042);
      expect(excess).toBeLessThan(0.0047);
    }
  });
});

describe('geodesicArea shapes', () => {
  const outer = square(39.6, 54.6, 0.002);
  const hole = square(39.6005, 54.6005, 0.0005);

  it('ignores ring winding', () => {
    expect(ringArea(reversedRing(outer))).toBe(ringArea(outer));
  });

  it('subtracts holes, whichever way they are wound', () => {
    const expected = ringArea(outer) - ringArea(hole);
    expect(geodesicArea({ type: 'Polygon', coordinates: [outer, hole] })).toBeCloseTo(expected, 6);
    expect(geodesicArea({ type: 'Polygon', coordinates: [outer, reversedRing(hole)] })).toBeCloseTo(expected, 6);
    expect(relativeError(expected, geographiclibMeasures({ type: 'Polygon', coordinates: [outer, hole] }).area)).toBeLessThan(REQUIRED);
  });

  it('sums the polygons of a MultiPolygon', () => {
    const other = square(39.61, 54.61, 0.001);
    const multi: MultiPolygonGeometry = { type: 'MultiPolygon', coordinates: [[outer, hole], [other]] };
    expect(geodesicArea(multi)).toBeCloseTo(ringArea(outer) - ringArea(hole) + ringArea(other), 6);
  });

  it('gives 0 m² for an empty MultiPolygon', () => {
    expect(geodesicArea({ type: 'MultiPolygon', coordinates: [] })).toBe(0);
  });

  it('handles a plot across the antimeridian', () => {
    const ring: LinearRing = [[179.999, 60], [-179.999, 60], [-179.999, 60.001], [179.999, 60.001], [179.999, 60]];
    const shifted: LinearRing = ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]);
    expect(ringArea(ring)).toBeCloseTo(ringArea(shifted), 6);
    expect(ringArea(ring)).toBeGreaterThan(10_000);
  });
});

describe('geodesicArea rejects degenerate input', () => {
  it('throws a RangeError for a ring of fewer than 4 positions', () => {
    const ring: LinearRing = [[39.6, 54.6], [39.61, 54.6], [39.6, 54.6]];
    expect(() => ringArea(ring)).toThrow(RangeError);
    expect(() => ringArea(ring)).toThrow(/at least 4 positions/);
  });

  it('throws a RangeError for an unclosed ring', () => {
    const ring: LinearRing = [[39.6, 54.6], [39.61, 54.6], [39.61, 54.61], [39.6, 54.61]];
    expect(() => geodesicArea({ type: 'Polygon', coordinates: [ring] })).toThrow(/not closed/);
  });

  it('throws a RangeError naming the position for NaN, Infinity or a latitude beyond 90°', () => {
    const withNaN: LinearRing = [[39.6, 54.6], [39.61, Number.NaN], [39.61, 54.61], [39.6, 54.6]];
    expect(() => ringArea(withNaN)).toThrow(/position 1 .*\[39.61, NaN\]/);
    const withInfinity: LinearRing = [[39.6, 54.6], [39.61, 54.6], [Number.POSITIVE_INFINITY, 54.61], [39.6, 54.6]];
    expect(() => ringArea(withInfinity)).toThrow(RangeError);
    const swapped: LinearRing = [[54.6, 39.6], [54.6, 139.6], [54.61, 39.61], [54.6, 39.6]];
    expect(() => ringArea(swapped)).toThrow(/position 1/);
  });
});
