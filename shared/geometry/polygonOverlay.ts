import type { PolygonGeometry } from '../domain/geometry';
import { type DirectedEdge, polygonsFromFaces, walkFaces } from './faceWalk';
import { localFrameAround, type XY } from './localFrame';
import { type GraphNode, nodePaths } from './planarNoding';
import { ON_EDGE_TOLERANCE_M, cross, distance, fractionAlong, locateInRings } from './planarSegments';
import { polygonPositions, ringsInteriorLeft, ringsXY } from './polygonRings';

/*
 * Union, difference and intersection of two plots by edge classification, for merging plots and for
 * "Avoid overlaps". Both plots are noded against each other with a 1 mm tolerance, so an edge they
 * share becomes the same pair of vertices in both; each edge is then kept or dropped by where it lies
 * against the other plot, and the result is traced as faces. Unlike a general clipping library this
 * keeps every input vertex bit for bit, and vertices a neighbour already has are taken from it.
 */

export const OVERLAY_OPERATIONS = ['union', 'difference', 'intersection'] as const;
export type OverlayOperation = (typeof OVERLAY_OPERATIONS)[number];

export interface OverlayResult {
  readonly polygons: PolygonGeometry[];
  /** The plots share a stretch of boundary, interiors on either side (adjacent plots). */
  readonly sharesEdge: boolean;
  /** Some of one plot's boundary runs through the other's interior. */
  readonly interiorsOverlap: boolean;
  /** The plots have at least one vertex in common or touching. */
  readonly touches: boolean;
}

type EdgeClass = 'same' | 'opposite' | 'inside' | 'outside';

/** Vertices closer than this to the straight line of their neighbours are dropped once a shared edge dissolves. */
const COLLINEAR_M = 1e-7;

function edgesOf(paths: readonly (readonly number[])[]): DirectedEdge[] {
  const edges: DirectedEdge[] = [];
  for (const path of paths) path.forEach((from, i) => edges.push([from, path[(i + 1) % path.length] as number]));
  return edges;
}

function classify(edge: DirectedEdge, nodes: readonly GraphNode[], otherKeys: ReadonlySet<string>, otherXY: readonly XY[][]): EdgeClass {
  const [from, to] = edge;
  if (otherKeys.has(`${from},${to}`)) return 'same';
  if (otherKeys.has(`${to},${from}`)) return 'opposite';
  const a = (nodes[from] as GraphNode).xy;
  const b = (nodes[to] as GraphNode).xy;
  // A midpoint within the tolerance of the other's boundary counts as outside: the edge stays.
  return locateInRings([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], otherXY, ON_EDGE_TOLERANCE_M) === 'inside' ? 'inside' : 'outside';
}

/** Drops vertices where a dissolved shared edge used to meet the outline and the outline runs straight on. */
function withoutDissolvedVertices(cycle: number[], nodes: readonly GraphNode[], dissolved: ReadonlySet<number>): number[] {
  const ring = [...cycle];
  for (let i = 0; i < ring.length && ring.length > 3; ) {
    const id = ring[i] as number;
    const previous = (nodes[ring[(i + ring.length - 1) % ring.length] as number] as GraphNode).xy;
    const next = (nodes[ring[(i + 1) % ring.length] as number] as GraphNode).xy;
    const here = (nodes[id] as GraphNode).xy;
    const span = distance(previous, next);
    const t = fractionAlong(previous, next, here);
    if (dissolved.has(id) && span > 0 && t > 0 && t < 1 && Math.abs(cross(previous, next, here)) / span < COLLINEAR_M) {
      ring.splice(i, 1);
      i = Math.max(0, i - 1);
    } else {
      i++;
    }
  }
  return ring;
}

/**
 * The overlay of two plots. `primary` says whose vertices win when they are within 1 mm of the other's:
 * 'both' keeps both plots' vertices (merge), 'b' moves `a`'s vertices onto `b`'s edges (clipping a new
 * plot against an existing neighbour).
 *
 * @example
 * overlayPolygons(westHalf, eastHalf, 'union').polygons; // [the whole plot], with the shared cut dissolved
 */
export function overlayPolygons(a: PolygonGeometry, b: PolygonGeometry, operation: OverlayOperation, primary: 'both' | 'b' = 'both'): OverlayResult {
  const frame = localFrameAround(polygonPositions(a, b));
  const ringsA = ringsInteriorLeft(a, frame);
  const ringsB = ringsInteriorLeft(b, frame);
  const rankA = primary === 'b' ? 1 : 0;
  const noded = nodePaths(
    [...ringsA.map((positions) => ({ positions, closed: true, rank: rankA })), ...ringsB.map((positions) => ({ positions, closed: true, rank: 0 }))],
    frame,
    ON_EDGE_TOLERANCE_M,
  );
  const { nodes } = noded;
  const edgesA = edgesOf(noded.paths.slice(0, ringsA.length));
  const edgesB = edgesOf(noded.paths.slice(ringsA.length));
  const keysA = new Set(edgesA.map(([from, to]) => `${from},${to}`));
  const keysB = new Set(edgesB.map(([from, to]) => `${from},${to}`));
  const xyA = ringsXY(ringsA, frame);
  const xyB = ringsXY(ringsB, frame);
  const classesA = edgesA.map((edge) => classify(edge, nodes, keysB, xyB));
  const classesB = edgesB.map((edge) => classify(edge, nodes, keysA, xyA));

  const kept: DirectedEdge[] = [];
  const dissolved = new Set<number>();
  edgesA.forEach((edge, i) => {
    const kind = classesA[i];
    if (kind === 'opposite') edge.forEach((id) => dissolved.add(id));
    const keep =
      operation === 'union' ? kind === 'outside' || kind === 'same'
      : operation === 'difference' ? kind === 'outside' || kind === 'opposite'
      : kind === 'inside' || kind === 'same';
    if (keep) kept.push(edge);
  });
  edgesB.forEach((edge, i) => {
    const kind = classesB[i];
    if (operation === 'union' && kind === 'outside') kept.push(edge);
    else if (operation === 'difference' && kind === 'inside') kept.push([edge[1], edge[0]]);
    else if (operation === 'intersection' && kind === 'inside') kept.push(edge);
  });

  const nodesA = new Set(noded.paths.slice(0, ringsA.length).flat());
  const touches = noded.paths.slice(ringsA.length).some((path) => path.some((id) => nodesA.has(id)));
  const cycles = walkFaces(nodes, kept).map((cycle) => (operation === 'union' ? withoutDissolvedVertices(cycle, nodes, dissolved) : cycle));
  return {
    polygons: polygonsFromFaces(nodes, cycles),
    sharesEdge: classesA.includes('opposite'),
    interiorsOverlap: classesA.includes('inside') || classesB.includes('inside') || classesA.includes('same'),
    touches,
  };
}
