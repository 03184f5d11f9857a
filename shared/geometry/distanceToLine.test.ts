import geodesic from 'geographiclib-geodesic';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { LineStringGeometry, PolygonGeometry, Position } from '../domain/geometry';
import { distanceFromPrepared, distanceToLine, prepareArea } from './distanceToLine';
import { randomPolygon, RYAZAN_PLOTS, seededRandom } from './test/randomPlots';

const { Geodesic } = geodesic;

const inverse = (p: Position, q: Position): number => Geodesic.WGS84.Inverse(p[1], p[0], q[1], q[0], Geodesic.DISTANCE).s12 ?? Number.NaN;
const lerp = (a: Position, b: Position, t: number): Position => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

/*
 * Brute-force reference by GeographicLib alone: for every pair (plot edge, line segment) the points
 * are sampled on a 9 × 9 grid of positions along both (edges straight in lon/lat), and the three
 * closest pairs are zoomed into on 7 × 7 grids until the window is below a micrometre. The distance
 * is always an Inverse distance between two actual points of the shapes, so it can only read high,
 * and the zoom takes it down to the minimum.
 */
function referenceDistance(polygon: PolygonGeometry, line: readonly Position[]): number {
  const edges: [Position, Position][] = [];
  for (const ring of polygon.coordinates) for (let i = 1; i < ring.length; i++) edges.push([ring[i - 1] as Position, ring[i] as Position]);
  const segments: [Position, Position][] = [];
  for (let j = 1; j < line.length; j++) segments.push([line[j - 1] as Position, line[j] as Position]);

  const gridMin = (edge: [Position, Position], segment: [Position, Position], t0: number, u0: number, half: number, n: number) => {
    let best = { d: Infinity, t: t0, u: u0 };
    for (let i = 0; i < n; i++) {
      const t = Math.min(1, Math.max(0, t0 - half + (2 * half * i) / (n - 1)));
      for (let k = 0; k < n; k++) {
        const u = Math.min(1, Math.max(0, u0 - half + (2 * half * k) / (n - 1)));
        const d = inverse(lerp(edge[0], edge[1], t), lerp(segment[0], segment[1], u));
        if (d < best.d) best = { d, t, u };
      }
    }
    return best;
  };

  const coarse = edges.flatMap((edge) => segments.map((segment) => ({ edge, segment, ...gridMin(edge, segment, 0.5, 0.5, 0.5, 9) })));
  coarse.sort((a, b) => a.d - b.d);
  let best = Infinity;
  for (const start of coarse.slice(0, 3)) {
    let { t, u, d } = start;
    for (let half = 1 / 8; half > 1e-9; half /= 3) ({ t, u, d } = gridMin(start.edge, start.segment, t, u, half, 7));
    best = Math.min(best, d);
  }
  return best;
}

const square: PolygonGeometry = {
  type: 'Polygon',
  coordinates: [[[39.6, 54.6], [39.601, 54.6], [39.601, 54.601], [39.6, 54.601], [39.6, 54.6]]],
};
const lineOf = (...coordinates: Position[]): LineStringGeometry => ({ type: 'LineString', coordinates });

describe('distanceToLine, against a brute-force GeographicLib reference near 54.6°N', () => {
  it('is within 1e-6 relative (spec: 0.1 %) for 100 random plots and lines at 0–2000 m', () => {
    const random = seededRandom(11);
    let worst = 0;
    let checked = 0;
    for (let n = 0; n < 100; n++) {
      const plot = randomPolygon(random, RYAZAN_PLOTS);
      const ring = plot.coordinates[0] ?? [];
      const [lon0, lat0] = ring[0] ?? [0, 0];
      // A line starting 0–2000 m (roughly) away from a plot vertex, heading anywhere, 2–4 vertices.
      const offsetM = random() * 2000;
      const bearing = random() * 2 * Math.PI;
      const start: Position = [lon0 + (offsetM * Math.sin(bearing)) / 64_600, lat0 + (offsetM * Math.cos(bearing)) / 111_300];
      const line: Position[] = [start];
      for (let k = 1 + Math.floor(random() * 3); k > 0; k--) {
        const last = line[line.length - 1] as Position;
        const heading = random() * 2 * Math.PI;
        const step = 50 + random() * 600;
        line.push([last[0] + (step * Math.sin(heading)) / 64_600, last[1] + (step * Math.cos(heading)) / 111_300]);
      }
      const ours = distanceToLine(plot, lineOf(...line));
      const reference = referenceDistance(plot, line);
      if (ours === 0) {
        // Crossing (the reference sinks to ~0) or lying wholly inside the plot.
        const inside = booleanPointInPolygon([...start], plot as unknown as Polygon);
        expect(inside || reference < 1e-4).toBe(true);
        continue;
      }
      const error = Math.abs(ours - reference) / reference;
      worst = Math.max(worst, error);
      checked++;
      expect(error).toBeLessThanOrEqual(1e-6);
    }
    expect(checked).toBeGreaterThanOrEqual(80);
    expect(worst).toBeLessThan(1e-3);
  });

  it('measures a spur 0.001° of longitude east of a 1 ha square as the reference does (≈ 64.6 m)', () => {
    const spur = [[39.602, 54.599], [39.602, 54.602]] as const satisfies Position[];
    const ours = distanceToLine(square, lineOf(...spur));
    expect(Math.abs(ours - referenceDistance(square, spur))).toBeLessThan(1e-6);
    expect(ours).toBeGreaterThan(64.5);
    expect(ours).toBeLessThan(64.7);
  });
});

describe('distanceToLine, contact', () => {
  it('is 0 when the line crosses the plot', () => {
    expect(distanceToLine(square, lineOf([39.5995, 54.6005], [39.6015, 54.6005]))).toBe(0);
  });

  it('is 0 when the line touches a vertex or runs along an edge', () => {
    expect(distanceToLine(square, lineOf([39.601, 54.601], [39.602, 54.602]))).toBe(0);
    expect(distanceToLine(square, lineOf([39.6, 54.5995], [39.6, 54.6015]))).toBe(0);
  });

  it('is 0 when the line runs wholly inside the plot', () => {
    expect(distanceToLine(square, lineOf([39.6002, 54.6002], [39.6008, 54.6008]))).toBe(0);
  });

  it('measures from the edge of a hole when the line runs inside it', () => {
    const hole: Position[] = [[39.6003, 54.6003], [39.6003, 54.6007], [39.6007, 54.6007], [39.6007, 54.6003], [39.6003, 54.6003]];
    const withHole: PolygonGeometry = { type: 'Polygon', coordinates: [square.coordinates[0] ?? [], hole] };
    const line: Position[] = [[39.6005, 54.6004], [39.6005, 54.6006]];
    const ours = distanceToLine(withHole, lineOf(...line));
    expect(ours).toBeGreaterThan(0);
    expect(Math.abs(ours - referenceDistance(withHole, line))).toBeLessThan(1e-6);
  });

  it('treats a one-position line as a point and refuses an empty or broken line', () => {
    const point: Position = [39.6, 54.602];
    expect(distanceToLine(square, lineOf(point))).toBeCloseTo(inverse(point, [39.6, 54.601]), 6);
    expect(() => distanceToLine(square, lineOf())).toThrow(RangeError);
    expect(() => distanceToLine(square, lineOf([39.6, Number.NaN], [39.6, 54.7]))).toThrow(/position 0/);
  });
});

describe('prepareArea', () => {
  it('gives the same distances prepared once as one call each', () => {
    const prepared = prepareArea(square);
    for (const offset of [0.0005, 0.002, 0.02]) {
      const line = lineOf([39.601 + offset, 54.59], [39.601 + offset, 54.61]);
      expect(distanceFromPrepared(prepared, line)).toBe(distanceToLine(square, line));
    }
  });
});
