import type { PolygonGeometry, Position } from '../domain/geometry';
import type { XY } from './localFrame';
import type { GraphNode } from './planarNoding';
import { insideRings, signedArea2 } from './planarSegments';

/*
 * Rebuilding polygons from directed edges that each have the polygon's interior on their left (outer
 * rings counter-clockwise, holes clockwise). Walking edge to edge, always taking the outgoing edge that
 * turns furthest left, traces the smallest face on the left of each edge: counter-clockwise cycles
 * are the outer rings of the result, clockwise ones its holes.
 */

export type DirectedEdge = readonly [from: number, to: number];

function angleOf(nodes: readonly GraphNode[], from: number, to: number): number {
  const a = (nodes[from] as GraphNode).xy;
  const b = (nodes[to] as GraphNode).xy;
  return Math.atan2(b[1] - a[1], b[0] - a[0]);
}

/** The cycles of node ids traced by the edges; every edge belongs to exactly one cycle. */
export function walkFaces(nodes: readonly GraphNode[], edges: readonly DirectedEdge[]): number[][] {
  const outgoing = new Map<number, number[]>();
  edges.forEach(([from], index) => {
    const list = outgoing.get(from);
    if (list === undefined) outgoing.set(from, [index]);
    else list.push(index);
  });
  const used = new Uint8Array(edges.length);
  const cycles: number[][] = [];
  for (let start = 0; start < edges.length; start++) {
    if (used[start] === 1) continue;
    const cycle: number[] = [];
    let current = start;
    for (let guard = 0; guard <= edges.length && used[current] !== 1; guard++) {
      used[current] = 1;
      const [from, to] = edges[current] as DirectedEdge;
      cycle.push(from);
      const back = angleOf(nodes, to, from);
      let best = -1;
      let bestTurn = Infinity;
      for (const candidate of outgoing.get(to) ?? []) {
        if (used[candidate] === 1 && candidate !== start) continue;
        const target = (edges[candidate] as DirectedEdge)[1];
        // Clockwise rotation from the way back to the candidate; going straight back comes last.
        let turn = back - angleOf(nodes, to, target);
        while (turn <= 0) turn += 2 * Math.PI;
        while (turn > 2 * Math.PI) turn -= 2 * Math.PI;
        if (target === from) turn = 2 * Math.PI;
        if (turn < bestTurn) {
          bestTurn = turn;
          best = candidate;
        }
      }
      if (best === -1) break;
      current = best;
    }
    cycles.push(cycle);
  }
  return cycles;
}

function xyOf(nodes: readonly GraphNode[], cycle: readonly number[]): XY[] {
  return cycle.map((id) => (nodes[id] as GraphNode).xy);
}

function closedRing(nodes: readonly GraphNode[], cycle: readonly number[]): Position[] {
  const ring = cycle.map((id) => (nodes[id] as GraphNode).position);
  const first = ring[0];
  if (first !== undefined) ring.push(first);
  return ring;
}

/**
 * Polygons from traced cycles: each counter-clockwise cycle an outer ring, each clockwise cycle a hole
 * of the smallest outer ring around it. Cycles of fewer than 3 nodes (there and back) are dropped.
 */
export function polygonsFromFaces(nodes: readonly GraphNode[], cycles: readonly (readonly number[])[]): PolygonGeometry[] {
  const shells: { cycle: readonly number[]; xy: XY[]; area: number; holes: Position[][] }[] = [];
  const holes: { cycle: readonly number[]; xy: XY[] }[] = [];
  for (const cycle of cycles) {
    if (cycle.length < 3) continue;
    const xy = xyOf(nodes, cycle);
    const area = signedArea2(xy) / 2;
    if (area > 0) shells.push({ cycle, xy, area, holes: [] });
    else if (area < 0) holes.push({ cycle, xy });
  }
  shells.sort((a, b) => a.area - b.area);
  for (const hole of holes) {
    // A point just inside the hole's first edge, on its left: the hole's own interior is on its right.
    const a = hole.xy[0] as XY;
    const b = hole.xy[1] as XY;
    const probe: XY = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    const owner = shells.find((shell) => insideRings(probe, [shell.xy]) || shell.cycle.includes(hole.cycle[0] as number));
    owner?.holes.push(closedRing(nodes, hole.cycle));
  }
  return shells.map((shell) => ({ type: 'Polygon', coordinates: [closedRing(nodes, shell.cycle), ...shell.holes] }));
}
