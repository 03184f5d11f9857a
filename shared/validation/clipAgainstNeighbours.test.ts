import { describe, expect, it } from 'vitest';
import type { PolygonGeometry } from '../domain/geometry';
import type { PlotId } from '../domain/ids';
import { geodesicArea } from '../geometry/geodesicArea';
import { relativeError } from '../geometry/test/geographiclibReference';
import { frame, polygonInMetres, rectangle, vertexKeys } from '../geometry/test/plotShapes';
import { intersectionAreaByTurf } from '../geometry/test/turfReference';
import { clipAgainstNeighbours } from './clipAgainstNeighbours';
import { validatePark } from './validatePark';

const west = rectangle(0, 0, 50, 70);
const north = rectangle(0, 70, 120, 40);

describe('clipAgainstNeighbours', () => {
  it('cuts away what lies inside the neighbours; the result no longer overlaps them', () => {
    const drawn = polygonInMetres([[40, -5], [100, 0], [105, 80], [45, 75]]);
    const [clipped, ...more] = clipAgainstNeighbours(drawn, [west, north]);
    expect(more).toEqual([]);
    const expected = geodesicArea(drawn) - intersectionAreaByTurf(drawn, west) - intersectionAreaByTurf(drawn, north);
    expect(relativeError(geodesicArea(clipped as PolygonGeometry), expected)).toBeLessThan(1e-5);
    const plots = [west, north, clipped as PolygonGeometry].map((geometry, k) => ({ id: (k + 1) as PlotId, geometry }));
    expect(validatePark({ boundary: rectangle(-100, -100, 400, 400) }, plots).plots).toEqual([]);
  });

  it('follows the neighbour\'s edge exactly: the new vertices lie on it, within a micrometre', () => {
    const drawn = rectangle(30, 10, 50, 40);
    const [clipped] = clipAgainstNeighbours(drawn, [west]);
    const drawnCorners = vertexKeys(drawn);
    const added = (clipped?.coordinates[0] ?? []).filter(([lon, lat]) => !drawnCorners.has(`${lon},${lat}`));
    expect(added.length).toBeGreaterThanOrEqual(2);
    for (const position of added) expect(Math.abs(frame.toXY(position)[0] - 50)).toBeLessThan(1e-6);
    expect(relativeError(geodesicArea(clipped as PolygonGeometry), geodesicArea(rectangle(50, 10, 30, 40)))).toBeLessThan(1e-9);
  });

  it('moves a vertex drawn half a millimetre off a neighbour\'s corner onto it', () => {
    const drawn = polygonInMetres([[50.0004, 0.0003], [90, 0], [90, 70], [50, 70]]);
    const [clipped] = clipAgainstNeighbours(drawn, [west]);
    const westCorners = vertexKeys(west);
    const shared = [...vertexKeys(clipped as PolygonGeometry)].filter((key) => westCorners.has(key));
    expect(shared).toHaveLength(2);
  });

  it('returns nothing when the neighbours cover the plot, and two pieces when one cuts it apart', () => {
    expect(clipAgainstNeighbours(rectangle(10, 10, 20, 20), [west])).toEqual([]);
    expect(clipAgainstNeighbours(rectangle(-20, 20, 90, 20), [west])).toHaveLength(2);
  });
});
