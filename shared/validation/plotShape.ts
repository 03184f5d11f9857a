import { message } from '../messages/message';
import type { PolygonGeometry, Position } from '../domain/geometry';
import type { LocalFrame, XY } from '../geometry/localFrame';
import { ON_EDGE_TOLERANCE_M, distance, signedArea2 } from '../geometry/planarSegments';
import type { PlotFinding } from './findings';
import { isSimpleRing, selfIntersectionMessage, selfIntersectionsXY } from './selfIntersections';

/*
 * The checks a plot's own outline must pass before it is compared with anything else, and the
 * outline projected once into the park's frame for those comparisons.
 */

export interface ProjectedPlot {
  /** Open rings, interior on the left (outer counter-clockwise, holes clockwise). */
  readonly rings: readonly (readonly XY[])[];
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

export interface ShapeCheck {
  readonly findings: PlotFinding[];
  /** Undefined when the outline is unusable (too few vertices or self-intersecting). */
  readonly projected: ProjectedPlot | undefined;
}

/**
 * Checks one plot: too few vertices, repeated vertices (within 1 mm), self-intersection.
 *
 * @example
 * checkPlotShape(plot.geometry, frame).findings; // [] for a sound plot
 */
export function checkPlotShape(geometry: PolygonGeometry, frame: LocalFrame): ShapeCheck {
  const findings: PlotFinding[] = [];
  const rings: XY[][] = [];
  let usable = geometry.coordinates.length > 0;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  geometry.coordinates.forEach((ring, ringIndex) => {
    const open: XY[] = [];
    const last = ring.length > 1 ? ring.length - 1 : ring.length;
    for (let i = 0; i < last; i++) {
      const position = ring[i] as Position;
      const p = frame.toXY(position);
      const previous = open[open.length - 1];
      if (previous !== undefined && distance(previous, p) <= ON_EDGE_TOLERANCE_M) {
        findings.push({ kind: 'duplicate-vertex', ring: ringIndex, vertexIndex: i, position, message: message('finding.duplicateVertex', { vertex: i + 1 }) });
        continue;
      }
      open.push(p);
    }
    if (open.length < 3) {
      usable = false;
      findings.push({ kind: 'too-few-vertices', ring: ringIndex, vertexCount: open.length, message: message('finding.tooFewVertices', { count: open.length }) });
      return;
    }
    const kinks = isSimpleRing(open) ? [] : selfIntersectionsXY([...open, open[0] as XY], frame.toPosition);
    if (kinks.length > 0) {
      usable = false;
      findings.push({ kind: 'self-intersection', ring: ringIndex, intersections: kinks, message: selfIntersectionMessage(kinks) });
      return;
    }
    const counterClockwise = signedArea2(open) > 0;
    rings.push(counterClockwise === (ringIndex === 0) ? open : open.reverse());
    for (const [x, y] of open) {
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  });
  return { findings, projected: usable ? { rings, minX, minY, maxX, maxY } : undefined };
}
