import type { LocalPoint } from './localFrame';

/*
 * Planar layout work in the park's local metric frame: cutting rectangular cells out of a convex
 * boundary, and making neighbouring plots share their edges exactly (same vertex objects, T-junction
 * vertices inserted on both sides), so that no two plots overlap or leave a sliver once projected to WGS84.
 */

/** A half-plane a·u + b·v ≥ c. */
export interface HalfPlane {
  readonly a: number;
  readonly b: number;
  readonly c: number;
}

/** An open ring (first vertex not repeated), anticlockwise. */
export type LocalRing = readonly LocalPoint[];

/** Shoelace area of an open ring, positive when anticlockwise. */
export function planarArea(ring: LocalRing): number {
  let twice = 0;
  ring.forEach(([u1, v1], i) => {
    const [u2, v2] = ring[(i + 1) % ring.length] ?? [u1, v1];
    twice += u1 * v2 - u2 * v1;
  });
  return twice / 2;
}

/**
 * Half-planes of an anticlockwise convex ring moved `inset` metres inwards; their intersection is the
 * ring shrunk by `inset`. Throws when the ring is not convex, because the clipping below needs that.
 *
 * @example
 * insetHalfPlanes([[0, 0], [10, 0], [10, 10], [0, 10]], 1).length; // 4
 */
export function insetHalfPlanes(ring: LocalRing, inset: number): HalfPlane[] {
  return ring.map(([u1, v1], i) => {
    const [u2, v2] = ring[(i + 1) % ring.length] ?? [u1, v1];
    const [u3, v3] = ring[(i + 2) % ring.length] ?? [u2, v2];
    if ((u2 - u1) * (v3 - v2) - (v2 - v1) * (u3 - u2) <= 0) throw new Error('boundary ring is not convex and anticlockwise');
    const length = Math.hypot(u2 - u1, v2 - v1);
    // Inward normal of an anticlockwise edge is its direction turned left.
    const a = -(v2 - v1) / length;
    const b = (u2 - u1) / length;
    return { a, b, c: a * u1 + b * v1 + inset };
  });
}

/** Sutherland–Hodgman: the part of a convex ring inside one half-plane. */
function clipByHalfPlane(ring: LocalRing, { a, b, c }: HalfPlane): LocalPoint[] {
  const out: LocalPoint[] = [];
  ring.forEach((current, i) => {
    const next = ring[(i + 1) % ring.length] ?? current;
    const dc = a * current[0] + b * current[1] - c;
    const dn = a * next[0] + b * next[1] - c;
    if (dc >= 0) out.push(current);
    if ((dc >= 0) !== (dn >= 0)) {
      const t = dc / (dc - dn);
      out.push([current[0] + t * (next[0] - current[0]), current[1] + t * (next[1] - current[1])]);
    }
  });
  return out;
}

/** An axis-aligned cell of the layout grid. */
export interface Cell {
  readonly uMin: number;
  readonly uMax: number;
  readonly vMin: number;
  readonly vMax: number;
}

/**
 * The part of a rectangular cell inside every half-plane, or null when less than `minArea` m² is left.
 *
 * @example
 * clipCell({ uMin: 0, uMax: 5, vMin: 0, vMax: 5 }, insetHalfPlanes(square, 0), 1); // the cell itself
 */
export function clipCell(cell: Cell, halfPlanes: readonly HalfPlane[], minArea: number): LocalPoint[] | null {
  let ring: LocalPoint[] = [
    [cell.uMin, cell.vMin],
    [cell.uMax, cell.vMin],
    [cell.uMax, cell.vMax],
    [cell.uMin, cell.vMax],
  ];
  for (const halfPlane of halfPlanes) {
    ring = clipByHalfPlane(ring, halfPlane);
    if (ring.length < 3) return null;
  }
  return planarArea(ring) >= minArea ? ring : null;
}

const SNAP_METRES = 1e-3;

/**
 * Makes a set of rings share vertices: points closer than 1 mm become one vertex object, and every vertex
 * lying on another ring's edge is inserted into that edge. Returns new rings in the same order.
 *
 * @example
 * shareEdges([[[0, 0], [2, 0], [2, 1], [0, 1]], [[0, 1], [1, 1], [1, 2], [0, 2]]])[0].length; // 5: [1, 1] inserted
 */
export function shareEdges(rings: readonly LocalRing[]): LocalPoint[][] {
  const vertices: LocalPoint[] = [];
  const buckets = new Map<string, LocalPoint[]>();
  const bucketOf = (u: number, v: number): string => `${Math.round(u / SNAP_METRES)}:${Math.round(v / SNAP_METRES)}`;
  const snap = (point: LocalPoint): LocalPoint => {
    const bu = Math.round(point[0] / SNAP_METRES);
    const bv = Math.round(point[1] / SNAP_METRES);
    for (let du = -1; du <= 1; du += 1) {
      for (let dv = -1; dv <= 1; dv += 1) {
        for (const known of buckets.get(`${bu + du}:${bv + dv}`) ?? []) {
          if (Math.hypot(known[0] - point[0], known[1] - point[1]) < SNAP_METRES) return known;
        }
      }
    }
    const key = bucketOf(point[0], point[1]);
    buckets.set(key, [...(buckets.get(key) ?? []), point]);
    vertices.push(point);
    return point;
  };
  const snapped = rings.map((ring) => dropRepeats(ring.map(snap)));
  return snapped.map((ring) => ring.flatMap((start, i) => [start, ...verticesOnEdge(start, ring[(i + 1) % ring.length] ?? start, vertices)]));
}

function dropRepeats(ring: LocalPoint[]): LocalPoint[] {
  return ring.filter((point, i) => point !== ring[(i + 1) % ring.length]);
}

/** Vertices strictly inside segment start→end (within 1 mm of it), ordered from start. */
function verticesOnEdge(start: LocalPoint, end: LocalPoint, vertices: readonly LocalPoint[]): LocalPoint[] {
  const du = end[0] - start[0];
  const dv = end[1] - start[1];
  const length = Math.hypot(du, dv);
  if (length === 0) return [];
  const found: { t: number; point: LocalPoint }[] = [];
  for (const point of vertices) {
    if (point === start || point === end) continue;
    const t = ((point[0] - start[0]) * du + (point[1] - start[1]) * dv) / (length * length);
    if (t * length <= SNAP_METRES || (1 - t) * length <= SNAP_METRES) continue;
    const offset = Math.abs((point[0] - start[0]) * dv - (point[1] - start[1]) * du) / length;
    if (offset < SNAP_METRES) found.push({ t, point });
  }
  return found.sort((x, y) => x.t - y.t).map(({ point }) => point);
}

/**
 * The stretch of the line `axis = at` (u = at when axis is 'v', v = at when axis is 'u') that lies inside
 * every half-plane, as [from, to] along the other axis.
 *
 * @example
 * chordAlong(insetHalfPlanes(square10, 1), 'u', 5); // [1, 9]
 */
export function chordAlong(halfPlanes: readonly HalfPlane[], axis: 'u' | 'v', at: number): readonly [number, number] {
  let lo = -Infinity;
  let hi = Infinity;
  for (const { a, b, c } of halfPlanes) {
    // Along u (v fixed): a·s ≥ c − b·at; along v (u fixed): b·s ≥ c − a·at.
    const slope = axis === 'u' ? a : b;
    const rest = c - (axis === 'u' ? b : a) * at;
    if (slope > 0) lo = Math.max(lo, rest / slope);
    else if (slope < 0) hi = Math.min(hi, rest / slope);
    else if (rest > 0) throw new Error(`line ${axis} at ${at} misses the area`);
  }
  if (!(lo < hi)) throw new Error(`line ${axis} at ${at} misses the area`);
  return [lo, hi];
}
