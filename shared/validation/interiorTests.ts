import type { XY } from '../geometry/localFrame';
import { ON_EDGE_TOLERANCE_M, cross, fractionAlong, insideRingsAt, nearRings, properCrossing, squaredDistanceToSegment } from '../geometry/planarSegments';

/*
 * Cheap exact-enough tests that decide whether the expensive intersection is worth running. Two plots
 * that share an edge (within 1 mm) must not count as overlapping, so every test keeps a 1 mm margin:
 * an edge crossing counts only when it crosses by more than that, a point is inside only when it is
 * more than that from the other outline.
 */

const EPS = ON_EDGE_TOLERANCE_M;

type Rings = readonly (readonly XY[])[];

function strictlyInside(px: number, py: number, rings: Rings): boolean {
  return insideRingsAt(px, py, rings) && !nearRings(px, py, rings, EPS);
}

/** Collinear edges running the same way: with interiors on the left, both interiors lie on the same side. */
function sameWayAlong(a: XY, b: XY, c: XY, d: XY): boolean {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  if (dx * (d[0] - c[0]) + dy * (d[1] - c[1]) <= 0) return false;
  const length = Math.sqrt(dx * dx + dy * dy);
  if (length === 0 || Math.abs(cross(a, b, c)) > EPS * length || Math.abs(cross(a, b, d)) > EPS * length) return false;
  const t0 = fractionAlong(a, b, c) * length;
  const t1 = fractionAlong(a, b, d) * length;
  return Math.min(length, Math.max(t0, t1)) - Math.max(0, Math.min(t0, t1)) > EPS;
}

type PointTest = (px: number, py: number, rings: Rings) => boolean;

/** Some point of a's boundary (a vertex or an edge's midpoint) near b's box lies strictly on the given side of b. */
function boundaryPointWhere(a: Rings, b: Rings, box: Box, test: PointTest): boolean {
  for (const ring of a) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const p = ring[j] as XY;
      const q = ring[i] as XY;
      if (inBox(q[0], q[1], box) && test(q[0], q[1], b)) return true;
      const mx = (p[0] + q[0]) / 2;
      const my = (p[1] + q[1]) / 2;
      if (inBox(mx, my, box) && test(mx, my, b)) return true;
    }
  }
  return false;
}

/** The bounding box of some rings, grown by the tolerance. */
export interface Box {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

const EVERYWHERE: Box = { minX: -Infinity, minY: -Infinity, maxX: Infinity, maxY: Infinity };

function inBox(x: number, y: number, box: Box): boolean {
  return x >= box.minX - EPS && x <= box.maxX + EPS && y >= box.minY - EPS && y <= box.maxY + EPS;
}

/**
 * True when the interiors of two plots (rings wound interior-left) share area: their edges cross by
 * more than 1 mm, a vertex or edge midpoint of one lies more than 1 mm inside the other, or stretches
 * of their edges coincide running the same way (one plot on top of the other).
 *
 * @example
 * interiorsOverlap(westPlot.rings, eastPlot.rings); // false for neighbours sharing an edge
 */
export function interiorsOverlap(a: Rings, b: Rings, boxA: Box = EVERYWHERE, boxB: Box = EVERYWHERE): boolean {
  for (const ringA of a) {
    for (let i = 0, j = ringA.length - 1; i < ringA.length; j = i++) {
      const p = ringA[j] as XY;
      const q = ringA[i] as XY;
      // Edges of a outside b's box cannot cross or run along b.
      if (Math.max(p[0], q[0]) < boxB.minX - EPS || Math.min(p[0], q[0]) > boxB.maxX + EPS) continue;
      if (Math.max(p[1], q[1]) < boxB.minY - EPS || Math.min(p[1], q[1]) > boxB.maxY + EPS) continue;
      for (const ringB of b) {
        for (let k = 0, l = ringB.length - 1; k < ringB.length; l = k++) {
          const r = ringB[l] as XY;
          const s = ringB[k] as XY;
          if (Math.max(p[0], q[0]) + EPS < Math.min(r[0], s[0]) || Math.max(r[0], s[0]) + EPS < Math.min(p[0], q[0])) continue;
          if (Math.max(p[1], q[1]) + EPS < Math.min(r[1], s[1]) || Math.max(r[1], s[1]) + EPS < Math.min(p[1], q[1])) continue;
          if (properCrossing(p, q, r, s, EPS) !== undefined || sameWayAlong(p, q, r, s)) return true;
        }
      }
    }
  }
  // Only points of one inside the other's box can be inside the other.
  return boundaryPointWhere(a, b, boxB, strictlyInside) || boundaryPointWhere(b, a, boxA, strictlyInside);
}

/**
 * True when part of the plot lies outside the region (the park boundary): an edge crosses the
 * region's outline, or a vertex or edge midpoint lies more than 1 mm outside it.
 * `regionEdges` may be only the region's edges near the plot.
 *
 * @example
 * leavesRegion(plot.rings, boundaryRings, nearbyBoundaryEdges); // false for a plot inside the park
 */
export function leavesRegion(plot: Rings, region: Rings, regionEdges: readonly (readonly [XY, XY])[]): boolean {
  let crosses = false;
  for (const ring of plot) {
    for (let i = 0, j = ring.length - 1; i < ring.length && !crosses; j = i++) {
      const p = ring[j] as XY;
      const q = ring[i] as XY;
      crosses = regionEdges.some(([r, s]) => properCrossing(p, q, r, s, EPS) !== undefined);
    }
  }
  // Only the nearby edges can come within 1 mm of the plot, so they alone decide "strictly".
  const t2 = EPS * EPS;
  const outside = (px: number, py: number): boolean =>
    !insideRingsAt(px, py, region) && regionEdges.every(([r, s]) => squaredDistanceToSegment(px, py, r, s) > t2);
  return crosses || boundaryPointWhere(plot, region, EVERYWHERE, outside);
}
