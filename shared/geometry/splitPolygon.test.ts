import { formatMessage } from '../messages/message';
import { describe, expect, it } from 'vitest';
import type { PolygonGeometry, Position } from '../domain/geometry';
import { geodesicArea } from './geodesicArea';
import { createLocalFrame } from './localFrame';
import { splitPolygon } from './splitPolygon';
import { geographiclibMeasures, relativeError } from './test/geographiclibReference';
import { lineInMetres, polygonInMetres, rectangle, vertexKeys } from './test/plotShapes';
import { RYAZAN_PLOTS, randomPolygons, seededRandom } from './test/randomPlots';

function pieces(polygon: PolygonGeometry, line: ReturnType<typeof lineInMetres>): PolygonGeometry[] {
  const result = splitPolygon(polygon, line);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.value;
}

function sumOfAreas(polygons: readonly PolygonGeometry[]): number {
  return polygons.reduce((sum, polygon) => sum + geodesicArea(polygon), 0);
}

/** Vertices found in more than one piece: the cut. */
function sharedVertices(polygons: readonly PolygonGeometry[]): Set<string> {
  const counts = new Map<string, number>();
  for (const polygon of polygons) for (const key of vertexKeys(polygon)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return new Set([...counts].filter(([, count]) => count > 1).map(([key]) => key));
}

describe('splitPolygon, hand-built cases', () => {
  const plot = rectangle(0, 0, 100, 60);

  it('cuts a rectangle in two along a straight line; the halves share the cut vertices bit for bit', () => {
    const [west, east] = pieces(plot, lineInMetres([[40, -10], [40, 70]]));
    expect(west).toBeDefined();
    expect(east).toBeDefined();
    const cut = sharedVertices([west as PolygonGeometry, east as PolygonGeometry]);
    expect(cut.size).toBe(2);
    expect(relativeError(sumOfAreas([west as PolygonGeometry, east as PolygonGeometry]), geodesicArea(plot))).toBeLessThan(1e-10);
    // 40 % and 60 % of the rectangle, against GeographicLib's ellipsoidal area.
    const areas = [west, east].map((piece) => geographiclibMeasures(piece as PolygonGeometry).area).sort((a, b) => a - b);
    expect(areas[0]).toBeCloseTo(2_400, 0);
    expect(areas[1]).toBeCloseTo(3_600, 0);
  });

  it('keeps the plot\'s own vertices exactly', () => {
    const result = pieces(plot, lineInMetres([[-5, 10], [105, 50]]));
    const original = vertexKeys(plot);
    const all = vertexKeys(...result);
    for (const key of original) expect(all.has(key)).toBe(true);
  });

  it('cuts a U-shaped plot into three with one line across both arms', () => {
    const u = polygonInMetres([[0, 0], [90, 0], [90, 60], [60, 60], [60, 20], [30, 20], [30, 60], [0, 60]]);
    const result = pieces(u, lineInMetres([[-10, 40], [100, 40]]));
    expect(result).toHaveLength(3);
    expect(relativeError(sumOfAreas(result), geodesicArea(u))).toBeLessThan(1e-10);
  });

  it('follows a cut line with a bend', () => {
    const result = pieces(plot, lineInMetres([[30, -10], [50, 30], [30, 70]]));
    expect(result).toHaveLength(2);
    expect(sharedVertices(result).size).toBe(3);
  });

  it('cuts through a vertex snapped onto a corner, and from corner to corner', () => {
    const diagonal = pieces(plot, lineInMetres([[0, 0], [100, 60]]));
    expect(diagonal).toHaveLength(2);
    for (const piece of diagonal) expect(piece.coordinates[0]).toHaveLength(4); // two triangles
    expect(relativeError(sumOfAreas(diagonal), geodesicArea(plot))).toBeLessThan(1e-10);
  });

  it('keeps a hole with the piece around it, and cuts a hole the line crosses', () => {
    const withHole = polygonInMetres([[0, 0], [100, 0], [100, 60], [0, 60]], [[60, 20], [80, 20], [80, 40], [60, 40]]);
    const beside = pieces(withHole, lineInMetres([[30, -10], [30, 70]]));
    expect(beside.map((piece) => piece.coordinates.length).sort()).toEqual([1, 2]);
    const through = pieces(withHole, lineInMetres([[70, -10], [70, 70]]));
    expect(through).toHaveLength(2);
    expect(through.every((piece) => piece.coordinates.length === 1)).toBe(true);
    expect(relativeError(sumOfAreas(through), geodesicArea(withHole))).toBeLessThan(1e-10);
  });

  it('accepts either winding and returns outer rings counter-clockwise', () => {
    const clockwise: PolygonGeometry = { type: 'Polygon', coordinates: [[...(plot.coordinates[0] ?? [])].reverse()] };
    const result = pieces(clockwise, lineInMetres([[40, -10], [40, 70]]));
    const frame = createLocalFrame([39.6, 54.6]);
    for (const piece of result) {
      const ring = (piece.coordinates[0] ?? []).map((p: Position) => frame.toXY(p));
      let twice = 0;
      for (let i = 0; i + 1 < ring.length; i++) twice += (ring[i]?.[0] ?? 0) * (ring[i + 1]?.[1] ?? 0) - (ring[i + 1]?.[0] ?? 0) * (ring[i]?.[1] ?? 0);
      expect(twice).toBeGreaterThan(0);
    }
  });
});

describe('splitPolygon refusals', () => {
  const plot = rectangle(0, 0, 100, 60);
  const reason = (line: ReturnType<typeof lineInMetres>, polygon = plot): string => {
    const result = splitPolygon(polygon, line);
    return result.ok ? 'ok' : result.reason;
  };

  it('refuses a line that misses the plot, or only runs along its edge', () => {
    expect(reason(lineInMetres([[-10, 80], [110, 80]]))).toBe('line-misses-plot');
    expect(reason(lineInMetres([[-10, 0], [110, 0]]))).toBe('line-misses-plot');
  });

  it('refuses a line that ends inside the plot', () => {
    expect(reason(lineInMetres([[50, -10], [50, 30]]))).toBe('line-ends-inside');
    expect(reason(lineInMetres([[20, 20], [50, 30]]))).toBe('line-ends-inside');
  });

  it('refuses a line that crosses itself, a single point, and a self-intersecting plot', () => {
    expect(reason(lineInMetres([[10, -10], [90, 70], [90, -10], [10, 70]]))).toBe('line-crosses-itself');
    expect(reason(lineInMetres([[10, 10]]))).toBe('invalid-line');
    const bowTie = polygonInMetres([[0, 0], [100, 60], [100, 0], [0, 60]]);
    const refused = splitPolygon(bowTie, lineInMetres([[50, -10], [50, 70]]));
    expect(refused.ok ? '' : formatMessage('en', refused.message)).toMatch(/segment 1 .* crosses segment 3/);
  });

  it('refuses a cut that only joins a hole to the outline', () => {
    const withHole = polygonInMetres([[0, 0], [100, 0], [100, 60], [0, 60]], [[40, 20], [60, 20], [60, 40], [40, 40]]);
    expect(reason(lineInMetres([[50, -10], [50, 30]]), withHole)).toBe('cut-does-not-divide');
  });
});

describe('splitPolygon on random plots and random cuts', () => {
  it('pieces add up to the plot within 1e-9 and share every cut vertex (1 000 cuts)', () => {
    const random = seededRandom(21);
    const plots = randomPolygons(22, 1_000, RYAZAN_PLOTS);
    let split = 0;
    for (const plot of plots) {
      const frame = createLocalFrame(plot.coordinates[0]?.[0] ?? [0, 0]);
      const ring = (plot.coordinates[0] ?? []).map((p) => frame.toXY(p));
      const cx = ring.reduce((s, p) => s + p[0], 0) / ring.length;
      const cy = ring.reduce((s, p) => s + p[1], 0) / ring.length;
      const angle = random() * Math.PI;
      const bend = (random() - 0.5) * 40;
      const line = {
        type: 'LineString' as const,
        coordinates: [[-1000, 0], [0, bend], [1000, 0]].map(([u, v]) =>
          frame.toPosition([cx + (u as number) * Math.cos(angle) - (v as number) * Math.sin(angle), cy + (u as number) * Math.sin(angle) + (v as number) * Math.cos(angle)]),
        ),
      };
      const result = splitPolygon(plot, line);
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      split++;
      expect(result.value.length).toBeGreaterThanOrEqual(2);
      expect(relativeError(sumOfAreas(result.value), geodesicArea(plot))).toBeLessThan(1e-9);
      // Every new vertex (not one of the plot's) lies on the cut, so in at least two pieces.
      const original = vertexKeys(plot);
      const shared = sharedVertices(result.value);
      for (const key of vertexKeys(...result.value)) if (!original.has(key)) expect(shared.has(key)).toBe(true);
    }
    expect(split).toBe(1_000);
  });

  it('agrees with GeographicLib: the pieces\' ellipsoidal areas add up to the plot\'s within 1e-7', () => {
    const random = seededRandom(23);
    for (const plot of randomPolygons(24, 100, RYAZAN_PLOTS)) {
      const frame = createLocalFrame(plot.coordinates[0]?.[0] ?? [0, 0]);
      const ring = (plot.coordinates[0] ?? []).map((p) => frame.toXY(p));
      const cx = ring.reduce((s, p) => s + p[0], 0) / ring.length;
      const cy = ring.reduce((s, p) => s + p[1], 0) / ring.length;
      const angle = random() * Math.PI;
      const line = { type: 'LineString' as const, coordinates: [-1000, 1000].map((u) => frame.toPosition([cx + u * Math.cos(angle), cy + u * Math.sin(angle)])) };
      const result = splitPolygon(plot, line);
      if (!result.ok) throw new Error(result.message.key);
      const reference = result.value.reduce((sum, piece) => sum + geographiclibMeasures(piece).area, 0);
      expect(relativeError(reference, geographiclibMeasures(plot).area)).toBeLessThan(1e-7);
    }
  });
});
