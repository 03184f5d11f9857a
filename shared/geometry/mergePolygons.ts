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
    if (outer === undefined || outer.length < 4) return refuse('invalid-plot', `The ${label} plot needs at least three vertices.`);
    const kinks = findSelfIntersections(outer);
    if (kinks.length > 0) return refuse('invalid-plot', `The ${label} plot is invalid. ${selfIntersectionMessage(kinks)}`);
  }
  const union = overlayPolygons(a, b, 'union');
  if (!union.sharesEdge && !union.interiorsOverlap) {
    return union.touches
      ? refuse('touch-at-point', 'The plots only touch at a point; plots can be merged when they share an edge or overlap.')
      : refuse('apart', 'The plots are apart; plots can be merged when they share an edge or overlap.');
  }
  const [merged, ...rest] = union.polygons;
  if (merged === undefined || rest.length > 0) return refuse('not-one-piece', 'The plots would not form a single plot.');
  return succeed(merged);
}
