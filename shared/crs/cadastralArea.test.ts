import { describe, expect, it } from 'vitest';
import type { LinearRing, PolygonGeometry, Position } from '../domain/geometry';
import { geodesicArea } from '../geometry/geodesicArea';
import { geodesicLength } from '../geometry/geodesicLength';
import { cadastralArea, fromCadastral, toCadastral } from './cadastralArea';
import { CADASTRAL_ZONES, type CadastralZoneKey } from './cadastralZones';

/** A ~10 ha plot (about 320 m × 330 m) near the park «Рязанский». */
const plot: LinearRing = [[39.6, 54.7], [39.605, 54.7], [39.605, 54.703], [39.6, 54.703], [39.6, 54.7]];
const plotGeometry: PolygonGeometry = { type: 'Polygon', coordinates: [plot] };

/** Mean radius of curvature (√(MN)) of the Krassovsky ellipsoid at 54.7° N. */
function gaussianRadius(latDeg: number): number {
  const a = 6_378_245;
  const e2 = (1 / 298.3) * (2 - 1 / 298.3);
  const w = 1 - e2 * Math.sin((latDeg * Math.PI) / 180) ** 2;
  return (a * Math.sqrt(1 - e2)) / w;
}

describe('toCadastral / fromCadastral', () => {
  it('round-trips points across both zones to well under 1 mm', () => {
    const points: readonly [Position, CadastralZoneKey][] = [
      [[39.6, 54.7], 'MSK-62-1'],
      [[38.9, 53.6], 'MSK-62-1'],
      [[41.9, 55.95], 'MSK-62-2'],
      [[40.1, 54.2], 'MSK-62-2'],
    ];
    for (const [position, zone] of points) {
      const back = fromCadastral(toCadastral(position, zone), zone);
      expect(geodesicLength([position, back])).toBeLessThan(0.001);
    }
  });

  it('gives X as northing and Y as easting with the zone number as Y’s first digit', () => {
    const zone1 = toCadastral([39.6, 54.7], 'MSK-62-1');
    const zone2 = toCadastral([41.9, 54.7], 'MSK-62-2');
    expect(Math.floor(zone1.y / 1_000_000)).toBe(1);
    expect(Math.floor(zone2.y / 1_000_000)).toBe(2);
    // Going north raises X by about 111 km per degree.
    expect(toCadastral([39.6, 55.7], 'MSK-62-1').x - zone1.x).toBeGreaterThan(111_000);
    expect(toCadastral([39.6, 55.7], 'MSK-62-1').x - zone1.x).toBeLessThan(111_500);
  });

  it('puts the central meridian near the false easting (off only by the datum shift)', () => {
    const onMeridian = toCadastral([CADASTRAL_ZONES['MSK-62-1'].centralMeridian, 54.7], 'MSK-62-1');
    expect(Math.abs(onMeridian.y - 1_250_000)).toBeLessThan(300);
  });

  it('rejects non-finite input with a RangeError', () => {
    expect(() => toCadastral([Number.NaN, 54.7], 'MSK-62-1')).toThrow(RangeError);
    expect(() => fromCadastral({ x: Number.NaN, y: 1_300_000 }, 'MSK-62-1')).toThrow(RangeError);
  });
});

describe('cadastralArea', () => {
  it('agrees with the geodesic area of a 10 ha plot within 0.1 % in either zone', () => {
    const geodesic = geodesicArea(plotGeometry);
    expect(geodesic).toBeGreaterThan(100_000);
    for (const zone of ['MSK-62-1', 'MSK-62-2'] as const) {
      expect(Math.abs(cadastralArea(plotGeometry, zone) / geodesic - 1)).toBeLessThan(0.001);
    }
  });

  it('exceeds the geodesic area by the Transverse Mercator scale, (Y − 1 250 000)²/R²', () => {
    const offset = toCadastral([39.6025, 54.7015], 'MSK-62-1').y - 1_250_000;
    const expectedExcess = (offset / gaussianRadius(54.7)) ** 2;
    const excess = cadastralArea(plotGeometry, 'MSK-62-1') / geodesicArea(plotGeometry) - 1;
    expect(expectedExcess).toBeGreaterThan(1e-4);
    expect(Math.abs(excess - expectedExcess)).toBeLessThan(1e-5);
  });

  it('subtracts holes, sums MultiPolygons and ignores winding', () => {
    const hole: LinearRing = [[39.601, 54.701], [39.602, 54.701], [39.602, 54.702], [39.601, 54.702], [39.601, 54.701]];
    const whole = cadastralArea(plotGeometry, 'MSK-62-1');
    const holeArea = cadastralArea({ type: 'Polygon', coordinates: [hole] }, 'MSK-62-1');
    expect(cadastralArea({ type: 'Polygon', coordinates: [plot, [...hole].reverse()] }, 'MSK-62-1')).toBeCloseTo(whole - holeArea, 6);
    expect(cadastralArea({ type: 'MultiPolygon', coordinates: [[plot], [hole]] }, 'MSK-62-1')).toBeCloseTo(whole + holeArea, 6);
    expect(cadastralArea({ type: 'Polygon', coordinates: [[...plot].reverse()] }, 'MSK-62-1')).toBeCloseTo(whole, 6);
  });

  it('throws a RangeError for a short ring or a NaN vertex', () => {
    expect(() => cadastralArea({ type: 'Polygon', coordinates: [plot.slice(0, 3)] }, 'MSK-62-1')).toThrow(/at least 4 positions/);
    const broken: LinearRing = [[39.6, 54.7], [39.605, Number.NaN], [39.605, 54.703], [39.6, 54.7]];
    expect(() => cadastralArea({ type: 'Polygon', coordinates: [broken] }, 'MSK-62-1')).toThrow(/position 1/);
  });
});
