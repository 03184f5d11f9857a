import type { XY } from './localFrame';

/*
 * Planar primitives in the local metric frame (metres). Decisions that depend on "touching" take a
 * tolerance in metres, so that a vertex a rounding error away from a neighbour's edge counts as on it.
 */

/** Vertices closer than this (metres) are one vertex; a vertex closer to an edge lies on it. */
export const ON_EDGE_TOLERANCE_M = 0.001;

/** Twice the signed area of the triangle a, b, c: positive when c lies left of a→b. */
export function cross(a: XY, b: XY, c: XY): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

/** Position of the point along a→b as a fraction of its length (unclamped). */
export function fractionAlong(a: XY, b: XY, p: XY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  return length2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2;
}

/** The closest point to p on the segment a→b. */
export function closestOnSegment(a: XY, b: XY, p: XY): XY {
  const t = Math.max(0, Math.min(1, fractionAlong(a, b, p)));
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

// Math.sqrt rather than Math.hypot: hypot is several times slower and these run millions of times in validation.
export function distance(a: XY, b: XY): number {
  const dx = a[0] - b[0];
  const dy = a[1] - b[1];
  return Math.sqrt(dx * dx + dy * dy);
}

/** Squared distance from (px, py) to the segment a→b, without allocating. */
export function squaredDistanceToSegment(px: number, py: number, a: XY, b: XY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  let t = length2 === 0 ? 0 : ((px - a[0]) * dx + (py - a[1]) * dy) / length2;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const ex = a[0] + t * dx - px;
  const ey = a[1] + t * dy - py;
  return ex * ex + ey * ey;
}

export function distanceToSegment(p: XY, a: XY, b: XY): number {
  return Math.sqrt(squaredDistanceToSegment(p[0], p[1], a, b));
}

/** True when (px, py) lies within `tolerance` of some edge of the rings; stops at the first. */
export function nearRings(px: number, py: number, rings: readonly (readonly XY[])[], tolerance: number): boolean {
  const t2 = tolerance * tolerance;
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0, j = n - 1; i < n; j = i++) if (squaredDistanceToSegment(px, py, ring[j] as XY, ring[i] as XY) <= t2) return true;
  }
  return false;
}

/** insideRings for a point given as two numbers, without allocating. */
export function insideRingsAt(px: number, py: number, rings: readonly (readonly XY[])[]): boolean {
  let inside = false;
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const a = ring[i] as XY;
      const b = ring[j] as XY;
      if (a[1] > py !== b[1] > py && px < ((b[0] - a[0]) * (py - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
    }
  }
  return inside;
}

/**
 * The crossing point of a→b and c→d when they cross properly: each endpoint lies more than
 * `tolerance` from the other segment's line, on opposite sides. Touching and collinear cases
 * return undefined; callers handle them as vertex-on-edge cases.
 */
export function properCrossing(a: XY, b: XY, c: XY, d: XY, tolerance: number): XY | undefined {
  // Quick reject before any square root: c and d on one side of a→b cannot cross it.
  const rc = cross(a, b, c);
  const rd = cross(a, b, d);
  if ((rc >= 0 && rd >= 0) || (rc <= 0 && rd <= 0)) return undefined;
  const lengthAB = distance(a, b);
  const lengthCD = distance(c, d);
  if (lengthAB === 0 || lengthCD === 0) return undefined;
  const dc = rc / lengthAB;
  const dd = rd / lengthAB;
  if (!((dc > tolerance && dd < -tolerance) || (dc < -tolerance && dd > tolerance))) return undefined;
  const da = cross(c, d, a) / lengthCD;
  const db = cross(c, d, b) / lengthCD;
  if (!((da > tolerance && db < -tolerance) || (da < -tolerance && db > tolerance))) return undefined;
  const t = da / (da - db);
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

/** Twice the signed area of a closed ring of points (first = last or not): positive counter-clockwise. */
export function signedArea2(points: readonly XY[]): number {
  let sum = 0;
  const n = points.length;
  for (let i = 0; i < n; i++) {
    const p = points[i] as XY;
    const q = points[(i + 1) % n] as XY;
    sum += p[0] * q[1] - q[0] * p[1];
  }
  return sum;
}

/** Even–odd point-in-polygon over any number of rings (holes and parts alike). */
export function insideRings(p: XY, rings: readonly (readonly XY[])[]): boolean {
  return insideRingsAt(p[0], p[1], rings);
}

/** Shortest distance from p to any edge of the rings (each ring's closing edge included). */
export function distanceToRings(p: XY, rings: readonly (readonly XY[])[]): number {
  let best = Infinity;
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0, j = n - 1; i < n; j = i++) best = Math.min(best, distanceToSegment(p, ring[j] as XY, ring[i] as XY));
  }
  return best;
}

/** Where p lies against the rings, with `tolerance` metres of boundary on either side. */
export function locateInRings(p: XY, rings: readonly (readonly XY[])[], tolerance: number): 'inside' | 'outside' | 'boundary' {
  if (distanceToRings(p, rings) <= tolerance) return 'boundary';
  return insideRings(p, rings) ? 'inside' : 'outside';
}
