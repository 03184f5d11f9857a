import { message } from '../messages/message';
import type { LineStringGeometry, PolygonGeometry } from '../domain/geometry';
import { findSelfIntersections, selfIntersectionMessage } from '../validation/selfIntersections';
import { type DirectedEdge, polygonsFromFaces, walkFaces } from './faceWalk';
import { localFrameAround, type XY } from './localFrame';
import { type GeometryOutcome, refuse, succeed } from './outcome';
import { nodePaths } from './planarNoding';
import { ON_EDGE_TOLERANCE_M, locateInRings, properCrossing } from './planarSegments';
import { polygonPositions, ringsInteriorLeft, ringsXY } from './polygonRings';
import { isValidLonLat } from './positionChecks';

/*
 * "Split plot": the planner draws a line across a plot. The line is noded against the plot's rings
 * (crossings computed once, in the local gnomonic frame, so they lie exactly on the edges geodesicArea
 * measures), the parts of the line inside the plot become cut edges used in both directions, and the
 * pieces are traced as faces. Both pieces of a cut therefore hold the very same vertex objects along
 * it: no gap, no sliver, and their geodesic areas add up to the plot's.
 */

export const SPLIT_REFUSALS = ['invalid-plot', 'invalid-line', 'line-crosses-itself', 'line-misses-plot', 'line-ends-inside', 'cut-does-not-divide'] as const;
export type SplitRefusal = (typeof SPLIT_REFUSALS)[number];

function lineCrossesItself(points: readonly XY[]): boolean {
  for (let i = 0; i + 1 < points.length; i++) {
    for (let j = i + 2; j + 1 < points.length; j++) {
      if (properCrossing(points[i] as XY, points[i + 1] as XY, points[j] as XY, points[j + 1] as XY, 0) !== undefined) return true;
    }
  }
  return false;
}

/**
 * Splits a plot along a line that crosses it fully (both ends outside the plot or on its edge).
 * Returns every piece (a line across a U-shaped plot can make three), outer rings counter-clockwise,
 * holes kept with the piece that contains them; or a refusal with its reason.
 *
 * @example
 * splitPolygon(
 *   { type: 'Polygon', coordinates: [[[39.6, 54.6], [39.602, 54.6], [39.602, 54.601], [39.6, 54.601], [39.6, 54.6]]] },
 *   { type: 'LineString', coordinates: [[39.601, 54.599], [39.601, 54.602]] },
 * ); // → { ok: true, value: [west half, east half] }, sharing the cut's two vertices exactly
 */
export function splitPolygon(polygon: PolygonGeometry, line: LineStringGeometry): GeometryOutcome<PolygonGeometry[], SplitRefusal> {
  const outer = polygon.coordinates[0];
  if (outer === undefined || outer.length < 4) return refuse('invalid-plot', message('geometry.tooFewVertices'));
  const kinks = findSelfIntersections(outer);
  if (kinks.length > 0) return refuse('invalid-plot', selfIntersectionMessage(kinks));
  const linePositions = line.coordinates.filter((p, i, all) => i === 0 || p[0] !== all[i - 1]?.[0] || p[1] !== all[i - 1]?.[1]);
  if (linePositions.length < 2 || !linePositions.every(([lon, lat]) => isValidLonLat(lon, lat))) {
    return refuse('invalid-line', message('geometry.invalidLine'));
  }

  const frame = localFrameAround(polygonPositions(polygon));
  const rings = ringsInteriorLeft(polygon, frame);
  const lineXY = linePositions.map((position) => frame.toXY(position));
  if (lineCrossesItself(lineXY)) return refuse('line-crosses-itself', message('geometry.lineCrossesItself'));

  const noded = nodePaths(
    [...rings.map((positions) => ({ positions, closed: true, rank: 0 })), { positions: linePositions, closed: false, rank: 1 }],
    frame,
    ON_EDGE_TOLERANCE_M,
  );
  const { nodes } = noded;
  const ringPaths = noded.paths.slice(0, rings.length);
  const linePath = noded.paths[rings.length] ?? [];

  const ringEdges: DirectedEdge[] = [];
  const ringEdgeKeys = new Set<string>();
  const ringNodes = new Set<number>();
  for (const path of ringPaths) {
    path.forEach((from, i) => {
      const to = path[(i + 1) % path.length] as number;
      ringEdges.push([from, to]);
      ringEdgeKeys.add(`${from},${to}`);
      ringEdgeKeys.add(`${to},${from}`);
      ringNodes.add(from);
    });
  }

  const plotXY = ringsXY(rings, frame);
  const cutEdges: DirectedEdge[] = [];
  const cutDegree = new Map<number, number>();
  for (let i = 0; i + 1 < linePath.length; i++) {
    const from = linePath[i] as number;
    const to = linePath[i + 1] as number;
    if (ringEdgeKeys.has(`${from},${to}`)) continue; // runs along the plot's edge: cuts nothing
    const a = nodes[from]?.xy as XY;
    const b = nodes[to]?.xy as XY;
    if (locateInRings([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], plotXY, ON_EDGE_TOLERANCE_M) !== 'inside') continue;
    cutEdges.push([from, to]);
    cutDegree.set(from, (cutDegree.get(from) ?? 0) + 1);
    cutDegree.set(to, (cutDegree.get(to) ?? 0) + 1);
  }
  if (cutEdges.length === 0) return refuse('line-misses-plot', message('geometry.lineMissesPlot'));
  for (const [node, degree] of cutDegree) {
    if (degree === 1 && !ringNodes.has(node)) {
      return refuse('line-ends-inside', message('geometry.lineEndsInside'));
    }
  }

  const edges: DirectedEdge[] = [...ringEdges];
  for (const [from, to] of cutEdges) edges.push([from, to], [to, from]);
  const pieces = polygonsFromFaces(nodes, walkFaces(nodes, edges));
  if (pieces.length < 2) return refuse('cut-does-not-divide', message('geometry.cutDoesNotDivide'));
  return succeed(pieces);
}
