import { message } from '../messages/message';
import type { PolygonGeometry } from '../domain/geometry';
import { findSelfIntersections, selfIntersectionMessage } from '../validation/selfIntersections';
import { type GeometryOutcome, refuse, succeed } from './outcome';
import { overlayPolygons } from './polygonOverlay';

/*
 * "Merge plots": two plots become one when they share a stretch of edge (within 1 mm, as after a
 * split or between snapped neighbours) or overlap. Plots that only touch at a corner, or lie apart,
 * would make a plot in two parts, which a plot cannot be, so the merge is refused.
 */

export const MERGE_REFUSALS = ['invalid-plot', 'touch-at-point', 'apart', 'not-one-piece'] as const;
export type MergeRefusal = (typeof MERGE_REFUSALS)[number];

/**
 * One plot covering both. Every vertex of the result is a vertex of one of the inputs, bit for bit,
 * except where overlapping edges cross; vertices left on a straight line by the dissolved shared edge
 * are dropped, so merging the two halves of a split gives the original outline back.
 *
 * @example
 * const halves = splitPolygon(plot, cutLine);
 * if (halves.ok) mergePolygons(halves.value[0], halves.value[1]); // → { ok: true, value: plot's outline }
 */
export function mergePolygons(a: PolygonGeometry, b: PolygonGeometry): GeometryOutcome<PolygonGeometry, MergeRefusal> {
  for (const [label, plot] of [['first', a], ['second', b]] as const) {
    const outer = plot.coordinates[0];
    if (outer === undefined || outer.length < 4) return refuse('invalid-plot', message('geometry.mergeTooFewVertices', { which: message(`geometry.${label}`) }));
    const kinks = findSelfIntersections(outer);
    if (kinks.length > 0) return refuse('invalid-plot', message('geometry.mergeInvalid', { which: message(`geometry.${label}`), reason: selfIntersectionMessage(kinks) }));
  }
  const union = overlayPolygons(a, b, 'union');
  if (!union.sharesEdge && !union.interiorsOverlap) {
    return union.touches
      ? refuse('touch-at-point', message('geometry.touchAtPoint'))
      : refuse('apart', message('geometry.apart'));
  }
  const [merged, ...rest] = union.polygons;
  if (merged === undefined || rest.length > 0) return refuse('not-one-piece', message('geometry.notOnePiece'));
  return succeed(merged);
}
