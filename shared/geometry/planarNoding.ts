import type { Position } from '../domain/geometry';
import type { LocalFrame, XY } from './localFrame';
import { closestOnSegment, distance, distanceToSegment, fractionAlong, properCrossing } from './planarSegments';

/*
 * Noding: before two shapes can be combined (a plot and a cut line, two plots to merge), every place
 * where one touches or crosses the other must become a vertex of both, with one shared identity.
 * Vertices within the tolerance of each other become one; a vertex within the tolerance of the
 * other's edge is inserted into that edge; proper crossings become new vertices, computed once in
 * the local frame, so both sides carry bit-identical coordinates.
 *
 * Each path has a rank. A vertex of a lower-ranked (primary) path is kept exactly as it is; a vertex of
 * a higher-ranked path that falls on a primary edge is moved onto that edge, so that the primary
 * path's edges stay exactly where they were (a cut line yields to the plot it cuts).
 */

export interface PathInput {
  /** Vertices in order; a closed path (a ring) without its repeated last position. */
  readonly positions: readonly Position[];
  readonly closed: boolean;
  readonly rank: number;
}

export interface GraphNode {
  readonly position: Position;
  readonly xy: XY;
  readonly rank: number;
}

export interface NodedPaths {
  readonly nodes: readonly GraphNode[];
  /** For each input path, its node ids in order (a closed path without repeating its first node). */
  readonly paths: readonly (readonly number[])[];
  /** The node id each input vertex ended up as, per path. */
  readonly vertexNodes: readonly (readonly number[])[];
}

interface Segment {
  readonly path: number;
  readonly from: number;
  readonly to: number;
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

interface Split {
  readonly t: number;
  readonly node: number;
}

/**
 * Nodes the given paths against each other (not against themselves) with `tolerance` metres.
 *
 * @example
 * const frame = createLocalFrame([39.6, 54.6]);
 * const noded = nodePaths([{ positions: ring, closed: true, rank: 0 }, { positions: line, closed: false, rank: 1 }], frame, 0.001);
 * noded.paths[0]; // the ring's node ids, with the line's crossings inserted
 */
export function nodePaths(inputs: readonly PathInput[], frame: LocalFrame, tolerance: number): NodedPaths {
  const nodes: GraphNode[] = [];
  const parent: number[] = [];
  const addNode = (position: Position, xy: XY, rank: number): number => {
    nodes.push({ position, xy, rank });
    parent.push(nodes.length - 1);
    return nodes.length - 1;
  };
  const find = (id: number): number => {
    let root = id;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[id] !== root) {
      const next = parent[id] as number;
      parent[id] = root;
      id = next;
    }
    return root;
  };
  const node = (id: number): GraphNode => nodes[id] as GraphNode;
  // The primary (lower rank, then earlier) node survives, so its exact coordinates are kept.
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    const keepA = node(ra).rank < node(rb).rank || (node(ra).rank === node(rb).rank && ra < rb);
    if (keepA) parent[rb] = ra;
    else parent[ra] = rb;
  };

  const vertexNodes = inputs.map((input) => input.positions.map((position) => addNode(position, frame.toXY(position), input.rank)));
  const segments: Segment[] = [];
  inputs.forEach((input, path) => {
    const ids = vertexNodes[path] as number[];
    const count = input.closed ? ids.length : ids.length - 1;
    for (let i = 0; i < count; i++) {
      const from = ids[i] as number;
      const to = ids[(i + 1) % ids.length] as number;
      const a = node(from).xy;
      const b = node(to).xy;
      segments.push({
        path, from, to,
        minX: Math.min(a[0], b[0]) - tolerance, minY: Math.min(a[1], b[1]) - tolerance,
        maxX: Math.max(a[0], b[0]) + tolerance, maxY: Math.max(a[1], b[1]) + tolerance,
      });
    }
  });
  const splits: Split[][] = segments.map(() => []);

  const touchSegment = (vertex: number, target: number): void => {
    const seg = segments[target] as Segment;
    const p = node(vertex).xy;
    const a = node(seg.from).xy;
    const b = node(seg.to).xy;
    const toFrom = distance(p, a);
    const toTo = distance(p, b);
    if (Math.min(toFrom, toTo) <= tolerance) {
      union(vertex, toFrom <= toTo ? seg.from : seg.to);
      return;
    }
    if (distanceToSegment(p, a, b) > tolerance) return;
    const targetRank = (inputs[seg.path] as PathInput).rank;
    if (node(vertex).rank <= targetRank) {
      (splits[target] as Split[]).push({ t: fractionAlong(a, b, p), node: vertex });
      return;
    }
    const onEdge = closestOnSegment(a, b, p);
    const moved = addNode(frame.toPosition(onEdge), onEdge, targetRank);
    (splits[target] as Split[]).push({ t: fractionAlong(a, b, onEdge), node: moved });
    union(vertex, moved);
  };

  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as Segment;
    for (let j = i + 1; j < segments.length; j++) {
      const t = segments[j] as Segment;
      if (t.path === s.path || t.minX > s.maxX || t.maxX < s.minX || t.minY > s.maxY || t.maxY < s.minY) continue;
      touchSegment(s.from, j);
      touchSegment(s.to, j);
      touchSegment(t.from, i);
      touchSegment(t.to, i);
      const crossing = properCrossing(node(s.from).xy, node(s.to).xy, node(t.from).xy, node(t.to).xy, tolerance);
      if (crossing === undefined) continue;
      const rank = Math.min((inputs[s.path] as PathInput).rank, (inputs[t.path] as PathInput).rank);
      const id = addNode(frame.toPosition(crossing), crossing, rank);
      (splits[i] as Split[]).push({ t: fractionAlong(node(s.from).xy, node(s.to).xy, crossing), node: id });
      (splits[j] as Split[]).push({ t: fractionAlong(node(t.from).xy, node(t.to).xy, crossing), node: id });
    }
  }

  // Inserted vertices within the tolerance of each other along one edge are one vertex.
  const ordered = segments.map((seg, index) => {
    const along = [...(splits[index] as Split[])].sort((x, y) => x.t - y.t).map((split) => split.node);
    const chain = [seg.from, ...along, seg.to];
    for (let k = 1; k < chain.length; k++) {
      const previous = chain[k - 1] as number;
      const current = chain[k] as number;
      if (distance(node(find(previous)).xy, node(find(current)).xy) <= tolerance) union(previous, current);
    }
    return chain;
  });

  const paths = inputs.map((input, path) => {
    const result: number[] = [];
    segments.forEach((seg, index) => {
      if (seg.path !== path) return;
      for (const id of ordered[index] as number[]) {
        const root = find(id);
        if (result[result.length - 1] !== root) result.push(root);
      }
    });
    if (input.closed && result.length > 1 && result[0] === result[result.length - 1]) result.pop();
    if (!input.closed && result.length === 0 && vertexNodes[path]?.[0] !== undefined) result.push(find(vertexNodes[path]?.[0] as number));
    return result;
  });

  return { nodes, paths, vertexNodes: vertexNodes.map((ids) => ids.map(find)) };
}
