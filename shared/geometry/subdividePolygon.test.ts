import geodesic from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import type { PolygonGeometry, Position } from '../domain/geometry';
import { geodesicArea } from './geodesicArea';
import { subdividePolygon, type SubdivisionTarget } from './subdividePolygon';
import { geographiclibMeasures, relativeError } from './test/geographiclibReference';
import { polygonInMetres, rectangle, vertexKeys } from './test/plotShapes';

function plots(polygon: PolygonGeometry, target: SubdivisionTarget, edge: number): PolygonGeometry[] {
  const result = subdividePolygon(polygon, target, edge);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.value;
}

function azimuth(from: Position, to: Position): number {
  return geodesic.Geodesic.WGS84.Inverse(from[1], from[0], to[1], to[0]).azi1 ?? Number.NaN;
}

/** Vertices shared by consecutive plots: the cut between them. */
function cutBetween(a: PolygonGeometry, b: PolygonGeometry): Position[] {
  const keys = vertexKeys(b);
  return (a.coordinates[0] ?? []).slice(0, -1).filter(([lon, lat]) => keys.has(`${lon},${lat}`));
}

const block = polygonInMetres([[0, 0], [400, 0], [380, 150], [30, 170]]);

describe('subdividePolygon by count', () => {
  it('cuts a block along a road into 6 plots of equal geodesic area (1e-6), adding up to the block', () => {
    const result = plots(block, { count: 6 }, 0);
    expect(result).toHaveLength(6);
    const areas = result.map(geodesicArea);
    const mean = geodesicArea(block) / 6;
    for (const area of areas) expect(relativeError(area, mean)).toBeLessThan(1e-6);
    expect(relativeError(areas.reduce((a, b) => a + b, 0), geodesicArea(block))).toBeLessThan(1e-9);
    // Against GeographicLib, independently.
    for (const plot of result) expect(relativeError(geographiclibMeasures(plot).area, geographiclibMeasures(block).area / 6)).toBeLessThan(1e-5);
  });

  it('cuts perpendicular to the base edge on the ground (GeographicLib azimuths, within 0.01°)', () => {
    const ring = block.coordinates[0] ?? [];
    const road = azimuth(ring[0] as Position, ring[1] as Position);
    const result = plots(block, { count: 4 }, 0);
    for (let k = 0; k + 1 < result.length; k++) {
      const [a, b] = cutBetween(result[k] as PolygonGeometry, result[k + 1] as PolygonGeometry);
      expect(a && b).toBeTruthy();
      let angle = Math.abs(azimuth(a as Position, b as Position) - road) % 180;
      if (angle > 90) angle = 180 - angle;
      expect(angle).toBeGreaterThan(89.99);
    }
  });

  it('works from any edge, and with a hole the cuts pass beside', () => {
    const withHole = polygonInMetres([[0, 0], [300, 0], [300, 100], [0, 100]], [[20, 20], [40, 20], [40, 40], [20, 40]]);
    const result = plots(withHole, { count: 3 }, 1);
    expect(result).toHaveLength(3);
    for (const plot of result) expect(relativeError(geodesicArea(plot), geodesicArea(withHole) / 3)).toBeLessThan(1e-6);
  });

  it('returns the plot itself for a count of 1', () => {
    expect(plots(block, { count: 1 }, 2)).toEqual([block]);
  });
});

describe('subdividePolygon by target area', () => {
  it('cuts 1 ha plots and leaves the remainder as the last plot', () => {
    const strip = rectangle(0, 0, 350, 100); // 3.5 ha
    const result = plots(strip, { targetAreaM2: 10_000 }, 0);
    expect(result).toHaveLength(4);
    for (const plot of result.slice(0, 3)) expect(relativeError(geodesicArea(plot), 10_000)).toBeLessThan(1e-6);
    expect(relativeError(geodesicArea(result[3] as PolygonGeometry), geodesicArea(strip) - 30_000)).toBeLessThan(1e-6);
  });

  it('makes no sliver when the target divides the block', () => {
    const strip = rectangle(0, 0, 300, 100);
    const exact = geodesicArea(strip) / 3;
    expect(plots(strip, { targetAreaM2: exact }, 0)).toHaveLength(3);
  });
});

describe('subdividePolygon refusals', () => {
  const reason = (polygon: PolygonGeometry, target: SubdivisionTarget, edge: number): string => {
    const result = subdividePolygon(polygon, target, edge);
    return result.ok ? 'ok' : result.reason;
  };

  it('refuses a missing edge, a bad count, a target larger than the plot', () => {
    expect(reason(block, { count: 3 }, 4)).toBe('no-such-edge');
    expect(reason(block, { count: 2.5 }, 0)).toBe('invalid-target');
    expect(reason(block, { count: 0 }, 0)).toBe('invalid-target');
    expect(reason(block, { targetAreaM2: 1e9 }, 0)).toBe('target-exceeds-plot');
  });

  it('refuses when a perpendicular cut would cross a U-shaped plot twice', () => {
    const u = polygonInMetres([[0, 0], [90, 0], [90, 60], [60, 60], [60, 20], [30, 20], [30, 60], [0, 60]]);
    expect(reason(u, { count: 4 }, 1)).toBe('not-strip-shaped');
    expect(reason(u, { count: 3 }, 0)).toBe('ok');
  });
});
