import { message, type Message } from '../messages/message';
import type { LinearRing, Position } from '../domain/geometry';
import { localFrameAround, type XY } from '../geometry/localFrame';
import { ON_EDGE_TOLERANCE_M, closestOnSegment, distance, distanceToSegment, properCrossing, squaredDistanceToSegment } from '../geometry/planarSegments';

/*
 * Kinks: a ring whose edges cross or touch each other is not a plot (its area is meaningless and
 * every later operation misbehaves), so drawing and validation refuse it, naming the segments.
 * Segment i runs from vertex i to vertex i + 1 (0-based); messages count from 1, as the vertex table does.
 */

export interface SelfIntersection {
  /** The two segments that cross or touch, 0-based, the lower first. */
  readonly segments: readonly [number, number];
  /** Where they meet, [lon, lat]. */
  readonly position: Position;
  readonly kind: 'crossing' | 'touching';
}

interface IndexedSegment {
  readonly index: number;
  readonly a: XY;
  readonly b: XY;
  readonly minX: number;
  readonly maxX: number;
}

function adjacent(i: number, j: number, count: number): boolean {
  return Math.abs(i - j) === 1 || Math.abs(i - j) === count - 1;
}

/** A vertex of one segment lying on the other (not at its ends): the ring touches itself there. */
function touchPoint(s: IndexedSegment, t: IndexedSegment): XY | undefined {
  for (const [p, seg] of [[s.a, t], [s.b, t], [t.a, s], [t.b, s]] as const) {
    if (distanceToSegment(p, seg.a, seg.b) <= ON_EDGE_TOLERANCE_M) return closestOnSegment(seg.a, seg.b, p);
  }
  return undefined;
}

/**
 * The places where a closed ring crosses or touches itself; empty for a simple ring. Works in the
 * local metric frame with a 1 mm tolerance for touching; a sweep over x keeps it near O(n log n).
 *
 * @example
 * // A bow tie: segments 0 and 2 cross in the middle.
 * findSelfIntersections([[39.6, 54.6], [39.601, 54.601], [39.601, 54.6], [39.6, 54.601], [39.6, 54.6]]);
 * // → [{ segments: [0, 2], position: [≈39.6005, ≈54.6005], kind: 'crossing' }]
 */
export function findSelfIntersections(ring: LinearRing): SelfIntersection[] {
  const frame = localFrameAround(ring);
  return selfIntersectionsXY(ring.map((position) => frame.toXY(position)), frame.toPosition);
}

/** findSelfIntersections on a closed ring already in a local frame (validation projects each plot once). */
export function selfIntersectionsXY(points: readonly XY[], toPosition: (xy: XY) => Position): SelfIntersection[] {
  const count = points.length - 1;
  const segments: IndexedSegment[] = [];
  for (let i = 0; i < count; i++) {
    const a = points[i] as XY;
    const b = points[i + 1] as XY;
    segments.push({ index: i, a, b, minX: Math.min(a[0], b[0]), maxX: Math.max(a[0], b[0]) });
  }
  segments.sort((s, t) => s.minX - t.minX);
  const found: SelfIntersection[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as IndexedSegment;
    for (let j = i + 1; j < segments.length; j++) {
      const t = segments[j] as IndexedSegment;
      if (t.minX > s.maxX + ON_EDGE_TOLERANCE_M) break;
      if (adjacent(s.index, t.index, count)) {
        // Neighbouring segments meet at their shared vertex; they only fault when one doubles back along the other.
        const shared = s.index + 1 === t.index || (t.index === 0 && s.index === count - 1) ? s.b : s.a;
        const far = shared === s.b ? t.b : t.a;
        const near = shared === s.b ? s.a : s.b;
        const degenerate = distance(far, shared) <= ON_EDGE_TOLERANCE_M || distance(near, shared) <= ON_EDGE_TOLERANCE_M;
        const folds = distanceToSegment(far, near, shared) <= ON_EDGE_TOLERANCE_M || distanceToSegment(near, shared, far) <= ON_EDGE_TOLERANCE_M;
        if (folds && !degenerate) found.push(describe(s.index, t.index, shared, 'touching', toPosition));
        continue;
      }
      const crossing = properCrossing(s.a, s.b, t.a, t.b, 0);
      if (crossing !== undefined) {
        found.push(describe(s.index, t.index, crossing, 'crossing', toPosition));
        continue;
      }
      const touch = touchPoint(s, t);
      if (touch !== undefined) found.push(describe(s.index, t.index, touch, 'touching', toPosition));
    }
  }
  return found.sort((x, y) => x.segments[0] - y.segments[0] || x.segments[1] - y.segments[1]);
}

function describe(i: number, j: number, at: XY, kind: SelfIntersection['kind'], toPosition: (xy: XY) => Position): SelfIntersection {
  return { segments: i < j ? [i, j] : [j, i], position: toPosition(at), kind };
}

/**
 * A fast yes for the common case, an open ring (no repeated last point) that neither crosses nor
 * touches itself; no allocation, O(n²), so for plots rather than park boundaries. When it says no,
 * selfIntersectionsXY says where.
 */
export function isSimpleRing(open: readonly XY[]): boolean {
  const n = open.length;
  const t2 = ON_EDGE_TOLERANCE_M * ON_EDGE_TOLERANCE_M;
  for (let i = 0; i < n; i++) {
    const a = open[i] as XY;
    const b = open[(i + 1) % n] as XY;
    for (let j = i + 1; j < n; j++) {
      const c = open[j] as XY;
      const d = open[(j + 1) % n] as XY;
      if (j === i + 1 || (i === 0 && j === n - 1)) {
        // Neighbours: fault only when one doubles back along the other.
        const [near, shared, far] = j === i + 1 ? [a, b, d] : [b, a, c];
        if (squaredDistanceToSegment(far[0], far[1], near, shared) <= t2 || squaredDistanceToSegment(near[0], near[1], shared, far) <= t2) return false;
        continue;
      }
      if (properCrossing(a, b, c, d, 0) !== undefined) return false;
      if (squaredDistanceToSegment(a[0], a[1], c, d) <= t2 || squaredDistanceToSegment(b[0], b[1], c, d) <= t2) return false;
      if (squaredDistanceToSegment(c[0], c[1], a, b) <= t2 || squaredDistanceToSegment(d[0], d[1], a, b) <= t2) return false;
    }
  }
  return true;
}

/**
 * A sentence naming the crossing segments, for a refusal message or a finding.
 *
 * @example
 * selfIntersectionMessage([{ segments: [0, 2], position: [39.6005, 54.6005], kind: 'crossing' }]);
 * // 'The outline crosses itself: segment 1 (vertices 1–2) crosses segment 3 (vertices 3–4).'
 */
export function selfIntersectionMessage(intersections: readonly SelfIntersection[]): Message {
  const parts = intersections.slice(0, 3).map(({ segments: [i, j], kind }) =>
    message(kind === 'crossing' ? 'finding.segmentCrosses' : 'finding.segmentTouches', { a: i + 1, a1: i + 2, b: j + 1, b1: j + 2 }),
  );
  if (intersections.length <= 3) return message('finding.selfIntersection', { parts });
  return message('finding.selfIntersectionMore', { parts, more: intersections.length - 3 });
}
