import { describe, expect, it } from 'vitest';
import type { PolygonGeometry } from '../domain/geometry';
import type { Park } from '../domain/park';
import { cadastralArea } from '../crs/cadastralArea';
import { geographiclibMeasures } from '../geometry/test/geographiclibReference';
import { plotInParkMeasure } from './plotInPark';

const box = (west: number, south: number, east: number, north: number): PolygonGeometry => ({
  type: 'Polygon',
  coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]],
});

/*
 * A 2 km × 1 km park near Тюшево; the reference areas are of hand-built boxes, not of the code's cut.
 * Edges along a parallel are not straight lines (a 2 km one bows 0.1 m off the parallel), so a plot
 * edge on the boundary meets it only where the boundary has vertices there, and areas cut along a
 * parallel agree with the boxes to within a square metre, not exactly.
 */
const boundary: PolygonGeometry = {
  type: 'Polygon',
  coordinates: [[[39.6, 54.7], [39.602, 54.7], [39.63, 54.7], [39.63, 54.71], [39.6, 54.71], [39.6, 54.7]]],
};
const WITHIN_M2 = 1;
const inMsk: Pick<Park, 'boundary' | 'cadastralCrs'> = { boundary, cadastralCrs: 'MSK-62-1' };
const geodesic: Pick<Park, 'boundary' | 'cadastralCrs'> = { boundary, cadastralCrs: null };

describe('plotInParkMeasure', () => {
  it('counts a plot within the boundary whole, and one sharing the boundary edge too', () => {
    for (const plot of [box(39.61, 54.702, 39.612, 54.704), box(39.6, 54.7, 39.602, 54.702)]) {
      const measure = plotInParkMeasure(inMsk)(plot);
      expect(measure.outsideM2).toBe(0);
      expect(measure.insideM2).toBe(measure.areaM2);
      expect(measure.areaM2).toBe(Math.round(cadastralArea(plot, 'MSK-62-1')));
    }
  });

  it('splits a plot across the east edge into the МСК area inside and outside', () => {
    const across = box(39.628, 54.702, 39.632, 54.704);
    const measure = plotInParkMeasure(inMsk)(across);
    const outside = cadastralArea(box(39.63, 54.702, 39.632, 54.704), 'MSK-62-1');
    expect(outside).toBeGreaterThan(28_000);
    expect(Math.abs(measure.outsideM2 - outside)).toBeLessThan(WITHIN_M2);
    expect(measure.insideM2 + measure.outsideM2).toBeCloseTo(measure.areaM2, 6);
    expect(Math.abs(measure.insideM2 - cadastralArea(box(39.628, 54.702, 39.63, 54.704), 'MSK-62-1'))).toBeLessThan(WITHIN_M2);
  });

  it('gives a plot pasted 1 km away nothing inside', () => {
    const far = box(39.65, 54.72, 39.652, 54.722);
    const measure = plotInParkMeasure(inMsk)(far);
    expect(measure.insideM2).toBe(0);
    expect(measure.outsideM2).toBeCloseTo(cadastralArea(far, 'MSK-62-1'), 6);
  });

  it('measures geodesically where the park has no cadastral CRS', () => {
    const across = box(39.628, 54.702, 39.632, 54.704);
    const measure = plotInParkMeasure(geodesic)(across);
    expect(Math.abs(measure.outsideM2 - geographiclibMeasures(box(39.63, 54.702, 39.632, 54.704)).area)).toBeLessThan(WITHIN_M2);
  });

  it('finds a plot reaching into a hole of the park as partly outside', () => {
    const holed: PolygonGeometry = { type: 'Polygon', coordinates: [boundary.coordinates[0]!, [...box(39.61, 54.705, 39.62, 54.708).coordinates[0]!].reverse()] };
    const plot = box(39.608, 54.704, 39.612, 54.709);
    const measure = plotInParkMeasure({ boundary: holed, cadastralCrs: 'MSK-62-1' })(plot);
    expect(Math.abs(measure.outsideM2 - cadastralArea(box(39.61, 54.705, 39.612, 54.708), 'MSK-62-1'))).toBeLessThan(WITHIN_M2);
  });
});
