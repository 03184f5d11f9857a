import type { XY } from '../geometry/localFrame';
import { ON_EDGE_TOLERANCE_M, insideRingsAt, nearRings, properCrossing, squaredDistanceToSegment } from '../geometry/planarSegments';
import type { Box } from './interiorTests';

/*
 * One plot wholly inside another, more than 1 mm from its outline: then what they share is the inner
 * plot itself, and the overlay (the one expensive step of an overlap check) can be skipped. An import of
 * plots drawn on top of a park's plots meets this case for almost every pair.
 */

const EPS = ON_EDGE_TOLERANCE_M;
type Rings = readonly (readonly XY[])[];

/** The shortest distance between two segments, squared, 0 when they cross. */
function segmentsApartSquared(p: XY, q: XY, r: XY, s: XY): number {
  if (properCrossing(p, q, r, s, 0) !== undefined) return 0;
  return Math.min(
    squaredDistanceToSegment(p[0], p[1], r, s),
    squaredDistanceToSegment(q[0], q[1], r, s),
    squaredDistanceToSegment(r[0], r[1], p, q),
    squaredDistanceToSegment(s[0], s[1], p, q),
  );
}

/**
 * True when `inner` lies inside `outer`'s interior with more than 1 mm to spare everywhere: every vertex
 * of inner strictly inside outer, no edge of outer within 1 mm of an edge of inner, and no vertex of
 * outer (a hole, a notch) inside inner. Rings are open, in a metric frame.
 *
 * @example
 * liesWithin(smallSquare.rings, bigSquare.rings, smallSquare); // true
 */
export function liesWithin(inner: Rings, outer: Rings, innerBox: Box): boolean {
  for (const ring of inner) {
    for (const [x, y] of ring) if (!insideRingsAt(x, y, outer) || nearRings(x, y, outer, EPS)) return false;
  }
  const limit = EPS * EPS;
  for (const ring of outer) {
    for (let k = 0, l = ring.length - 1; k < ring.length; l = k++) {
      const r = ring[l] as XY;
      const s = ring[k] as XY;
      // Edges of outer away from inner's box cannot come near it, nor have a vertex inside it.
      if (Math.max(r[0], s[0]) < innerBox.minX - EPS || Math.min(r[0], s[0]) > innerBox.maxX + EPS) continue;
      if (Math.max(r[1], s[1]) < innerBox.minY - EPS || Math.min(r[1], s[1]) > innerBox.maxY + EPS) continue;
      if (insideRingsAt(s[0], s[1], inner)) return false;
      for (const innerRing of inner) {
        for (let i = 0, j = innerRing.length - 1; i < innerRing.length; j = i++) {
          if (segmentsApartSquared(innerRing[j] as XY, innerRing[i] as XY, r, s) <= limit) return false;
        }
      }
    }
  }
  return true;
}
