import type { Position, PolygonGeometry } from '../../../shared/domain/geometry';

/*
 * "Cut hole": the drawn ring becomes an inner ring of the selected plot. A plot spans a few hundred
 * metres, so the containment test is planar in degrees; the store checks the ring again when it saves.
 */

/** Twice the signed planar area of a closed ring (positive when counter-clockwise). */
const signedArea2 = (ring: readonly Position[]): number => {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const [a, b] = [ring[i] as Position, ring[i + 1] as Position];
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum;
};

const inside = (point: Position, ring: readonly Position[]): boolean => {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [a, b] = [ring[i] as Position, ring[j] as Position];
    if (a[1] > point[1] !== b[1] > point[1] && point[0] < ((b[0] - a[0]) * (point[1] - a[1])) / (b[1] - a[1]) + a[0]) result = !result;
  }
  return result;
};

const cross = (o: Position, a: Position, b: Position) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
const segmentsCross = (p: Position, q: Position, r: Position, s: Position) =>
  cross(p, q, r) * cross(p, q, s) < 0 && cross(r, s, p) * cross(r, s, q) < 0;

const edgesCross = (a: readonly Position[], b: readonly Position[]): boolean =>
  a.slice(1).some((end, i) => b.slice(1).some((other, j) => segmentsCross(a[i] as Position, end, b[j] as Position, other)));

/**
 * The plot with `vertices` (an open ring) appended as a hole wound against the outer ring, or null when
 * the ring does not lie strictly inside the plot (outside it, across its edge, or over another hole).
 *
 * @example
 * const plot = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] } as const;
 * withHole(plot, [[0.2, 0.2], [0.4, 0.2], [0.4, 0.4]])?.coordinates[1]; // [[0.2,0.2],[0.4,0.4],[0.4,0.2],[0.2,0.2]]
 */
export function withHole(plot: PolygonGeometry, vertices: readonly Position[]): PolygonGeometry | null {
  const [outer, ...holes] = plot.coordinates;
  const first = vertices[0];
  if (outer === undefined || first === undefined || vertices.length < 3) return null;
  const ring = [...vertices, first];
  if (!ring.every((p) => inside(p, outer)) || edgesCross(ring, outer)) return null;
  for (const hole of holes) {
    if (ring.some((p) => inside(p, hole)) || hole.some((p) => inside(p, ring)) || edgesCross(ring, hole)) return null;
  }
  const opposite = Math.sign(signedArea2(ring)) !== Math.sign(signedArea2(outer));
  return { type: 'Polygon', coordinates: [outer, ...holes, opposite ? ring : [...ring].reverse()] };
}
