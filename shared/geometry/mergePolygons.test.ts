import { describe, expect, it } from 'vitest';
import type { PolygonGeometry } from '../domain/geometry';
import { sharedAreaM2 } from '../validation/overlapArea';
import { geodesicArea } from './geodesicArea';
import { mergePolygons } from './mergePolygons';
import { splitPolygon } from './splitPolygon';
import { geographiclibMeasures, relativeError } from './test/geographiclibReference';
import { lineInMetres, polygonInMetres, rectangle, vertexKeys } from './test/plotShapes';
import { intersectionAreaByTurf } from './test/turfReference';
import { RYAZAN_PLOTS, randomPolygons } from './test/randomPlots';

function merged(a: PolygonGeometry, b: PolygonGeometry): PolygonGeometry {
  const result = mergePolygons(a, b);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.value;
}

describe('mergePolygons', () => {
  it('gives back the original outline when merging the two halves of a split', () => {
    const plot = polygonInMetres([[0, 0], [120, 5], [110, 70], [10, 60]]);
    const halves = splitPolygon(plot, lineInMetres([[50, -10], [60, 80]]));
    if (!halves.ok) throw new Error(halves.message.key);
    const [a, b] = halves.value as [PolygonGeometry, PolygonGeometry];
    const whole = merged(a, b);
    expect(vertexKeys(whole)).toEqual(vertexKeys(plot));
    expect(relativeError(geodesicArea(whole), geodesicArea(a) + geodesicArea(b))).toBeLessThan(1e-9);
  });

  it('merges grid neighbours sharing an edge: area is the sum within 1e-9, vertices are the inputs\'', () => {
    const a = rectangle(0, 0, 50, 70);
    const b = rectangle(50, 0, 50, 70);
    const whole = merged(a, b);
    expect(relativeError(geodesicArea(whole), geodesicArea(a) + geodesicArea(b))).toBeLessThan(1e-9);
    expect(relativeError(geodesicArea(whole), geographiclibMeasures(rectangle(0, 0, 100, 70)).area)).toBeLessThan(1e-7);
    const inputs = vertexKeys(a, b);
    for (const key of vertexKeys(whole)) expect(inputs.has(key)).toBe(true);
    expect(whole.coordinates[0]).toHaveLength(5); // the shared corners in the middle of the long edges are gone
  });

  it('merges a neighbour along part of an edge (a T-junction), keeping its corners', () => {
    const a = rectangle(0, 0, 100, 70);
    const b = rectangle(100, 20, 40, 30);
    const whole = merged(a, b);
    expect(whole.coordinates[0]).toHaveLength(9);
    expect(relativeError(geodesicArea(whole), geodesicArea(a) + geodesicArea(b))).toBeLessThan(1e-9);
  });

  it('merges across a gap of half a millimetre', () => {
    const a = rectangle(0, 0, 50, 70);
    const b = rectangle(50.0005, 0, 50, 70);
    const whole = merged(a, b);
    expect(Math.abs(geodesicArea(whole) - (geodesicArea(a) + geodesicArea(b)))).toBeLessThan(0.1);
    const inputs = vertexKeys(a, b);
    for (const key of vertexKeys(whole)) expect(inputs.has(key)).toBe(true);
  });

  it('merges overlapping plots: area = sum − overlap (overlap by Turf, independently)', () => {
    for (const [a, b] of [[rectangle(0, 0, 50, 70), rectangle(30, 20, 50, 70)], ...pairsOfRandomOverlappingPlots()]) {
      const whole = merged(a as PolygonGeometry, b as PolygonGeometry);
      const expected = geodesicArea(a as PolygonGeometry) + geodesicArea(b as PolygonGeometry) - intersectionAreaByTurf(a as PolygonGeometry, b as PolygonGeometry);
      // Turf cuts edges as straight lines in degrees, ours as the great circles geodesicArea measures: ~1e-5 apart on 20 ha plots.
      expect(relativeError(geodesicArea(whole), expected)).toBeLessThan(2e-5);
      expect(sharedAreaM2(a as PolygonGeometry, b as PolygonGeometry)).toBeGreaterThan(0);
    }
  });

  it('refuses plots that only touch at a corner, or are apart', () => {
    const corner = mergePolygons(rectangle(0, 0, 50, 70), rectangle(50, 70, 50, 70));
    expect(corner.ok ? 'ok' : corner.reason).toBe('touch-at-point');
    const apart = mergePolygons(rectangle(0, 0, 50, 70), rectangle(60, 0, 50, 70));
    expect(apart.ok ? 'ok' : apart.reason).toBe('apart');
  });

  it('keeps a courtyard: two C-shaped plots around a hole merge into a plot with a hole', () => {
    const west = polygonInMetres([[0, 0], [50, 0], [50, 20], [20, 20], [20, 50], [50, 50], [50, 70], [0, 70]]);
    const east = polygonInMetres([[50, 0], [100, 0], [100, 70], [50, 70], [50, 50], [80, 50], [80, 20], [50, 20]]);
    const whole = merged(west, east);
    expect(whole.coordinates).toHaveLength(2);
    expect(relativeError(geodesicArea(whole), geodesicArea(west) + geodesicArea(east))).toBeLessThan(1e-9);
  });
});

/** Random plots paired with a copy shifted by a third of their size, so that they overlap. */
function pairsOfRandomOverlappingPlots(): [PolygonGeometry, PolygonGeometry][] {
  return randomPolygons(31, 40, RYAZAN_PLOTS).map((plot) => {
    const shifted: PolygonGeometry = { type: 'Polygon', coordinates: plot.coordinates.map((ring) => ring.map(([lon, lat]) => [lon + 0.0007, lat + 0.0003])) };
    return [plot, shifted];
  });
}
