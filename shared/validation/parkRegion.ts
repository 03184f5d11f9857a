import Flatbush from 'flatbush';
import type { AreaGeometry, Position } from '../domain/geometry';
import { localFrameAround, type LocalFrame, type XY } from '../geometry/localFrame';
import { ON_EDGE_TOLERANCE_M, insideRings } from '../geometry/planarSegments';
import { openRing } from '../geometry/polygonRings';
import { leavesRegion } from './interiorTests';
import type { ProjectedPlot } from './plotShape';

/*
 * A park boundary prepared once for many "does this plot reach outside?" questions: projected into
 * the park's local frame, its edges in a packed R-tree, so each plot is tested only against the few
 * edges near it. Validation and the land balance both ask it, so they agree on which plots leave.
 */

type BoundaryEdge = readonly [XY, XY];

export interface ParkRegion {
  /** The frame plots are projected into before asking `leaves`. */
  readonly frame: LocalFrame;
  /** False when the boundary has no rings: then nothing can be said to leave it. */
  readonly hasBoundary: boolean;
  /** True when the plot reaches more than 1 mm past the boundary (or lies wholly outside it). */
  leaves(plot: ProjectedPlot): boolean;
}

function boundaryRings(boundary: AreaGeometry, toXY: (p: Position) => XY): XY[][] {
  const polygons = boundary.type === 'Polygon' ? [boundary.coordinates] : boundary.coordinates;
  return polygons.flatMap((rings) => rings.map((ring) => openRing(ring).map(toXY)));
}

function edgeIndex(rings: readonly (readonly XY[])[]): { edges: BoundaryEdge[]; index: Flatbush } {
  const edges: BoundaryEdge[] = [];
  for (const ring of rings) ring.forEach((p, i) => edges.push([ring[(i + ring.length - 1) % ring.length] as XY, p]));
  const index = new Flatbush(Math.max(1, edges.length));
  for (const [a, b] of edges) index.add(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
  if (edges.length === 0) index.add(0, 0, 0, 0);
  index.finish();
  return { edges, index };
}

/**
 * The boundary ready for tests; `fallback` centres the frame when the boundary is empty.
 *
 * @example
 * const region = parkRegion(park.boundary, []);
 * region.leaves(checkPlotShape(plot.geometry, region.frame).projected!); // true for a plot pasted 1 km away
 */
export function parkRegion(boundary: AreaGeometry, fallback: Iterable<Position>): ParkRegion {
  const positions = boundary.type === 'Polygon' ? boundary.coordinates.flat() : boundary.coordinates.flat(2);
  const frame = localFrameAround(positions.length > 0 ? positions : [...fallback]);
  const region = boundaryRings(boundary, frame.toXY);
  const { edges, index } = edgeIndex(region);
  const e = ON_EDGE_TOLERANCE_M;
  return {
    frame,
    hasBoundary: region.length > 0,
    leaves(plot) {
      if (region.length === 0) return false;
      const nearby = index
        .search(plot.minX - e, plot.minY - e, plot.maxX + e, plot.maxY + e)
        .map((k) => edges[k])
        .filter((edge): edge is BoundaryEdge => edge !== undefined);
      if (nearby.length === 0) {
        // No boundary edge near: the plot is wholly inside or wholly outside; one vertex tells which.
        const probe = plot.rings[0]?.[0];
        return probe !== undefined && !insideRings(probe, region);
      }
      return leavesRegion(plot.rings, region, nearby);
    },
  };
}
