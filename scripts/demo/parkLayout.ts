import type { Position } from '../../shared/domain/geometry';
import { geodesicRingArea, type LocalFrame, type LocalPoint } from './localFrame';
import { clipCell, insetHalfPlanes, shareEdges, type Cell, type HalfPlane, type LocalRing } from './planarLayout';
import type { PlotUse } from './seedTypes';

/** A cell of the plan and what it is used for. */
export interface PlannedCell {
  readonly cell: Cell;
  readonly use: PlotUse;
}

/** A boundary scaled to its declared area, with the half-planes plots are clipped to. */
export interface ScaledBoundary {
  readonly local: LocalRing;
  /** Closed WGS84 ring. */
  readonly ring: Position[];
  /** Geodesic area, m². */
  readonly areaM2: number;
  readonly plotArea: readonly HalfPlane[];
}

/**
 * Scales a convex boundary shape about the frame origin until its WGS84 geodesic area is `targetM2`
 * (to 1 m²), and derives the region plots may use: the boundary moved `setback` metres inwards, so that a
 * plot never touches the boundary line (a projected straight edge bends by millimetres).
 *
 * @example
 * scaleBoundary(frame, [[-150, -100], [150, -100], [150, 100], [-150, 100]], 60_000, 3).areaM2; // ≈ 60 000
 */
export function scaleBoundary(frame: LocalFrame, shape: LocalRing, targetM2: number, setback: number): ScaledBoundary {
  let scale = 1;
  let local: LocalPoint[] = [...shape];
  let ring: Position[] = [];
  let areaM2 = 0;
  for (let attempt = 0; attempt < 10; attempt += 1) {
    local = shape.map(([u, v]) => [u * scale, v * scale]);
    ring = closeRing(local.map((point) => frame.toLonLat(point)));
    areaM2 = geodesicRingArea(ring);
    if (Math.abs(areaM2 - targetM2) < 1) break;
    scale *= Math.sqrt(targetM2 / areaM2);
  }
  return { local, ring, areaM2, plotArea: insetHalfPlanes(local, setback) };
}

/**
 * Splits a block of the plan into nu × nv equal cells measured on the part of it inside the plot area;
 * the cells come in reading order: north row first, west to east.
 */
export function subdivideBlock(block: Cell, nu: number, nv: number, plotArea: readonly HalfPlane[]): Cell[] {
  const inside = clipCell(block, plotArea, 1);
  if (inside === null) throw new Error(`block ${JSON.stringify(block)} lies outside the park`);
  const us = inside.map(([u]) => u);
  const vs = inside.map(([, v]) => v);
  const uCut = cuts(block.uMin, block.uMax, Math.min(...us), Math.max(...us), nu);
  const vCut = cuts(block.vMin, block.vMax, Math.min(...vs), Math.max(...vs), nv);
  const cells: Cell[] = [];
  for (let iv = nv - 1; iv >= 0; iv -= 1) {
    for (let iu = 0; iu < nu; iu += 1) {
      cells.push({ uMin: at(uCut, iu), uMax: at(uCut, iu + 1), vMin: at(vCut, iv), vMax: at(vCut, iv + 1) });
    }
  }
  return cells;
}

function cuts(outerMin: number, outerMax: number, usedMin: number, usedMax: number, parts: number): number[] {
  const lo = Math.max(outerMin, usedMin);
  const hi = Math.min(outerMax, usedMax);
  return Array.from({ length: parts + 1 }, (_, i) => {
    if (i === 0) return outerMin;
    if (i === parts) return outerMax;
    return lo + ((hi - lo) * i) / parts;
  });
}

function at(values: readonly number[], index: number): number {
  const value = values[index];
  if (value === undefined) throw new Error(`no cut ${index}`);
  return value;
}

/**
 * Cuts every planned cell out of the plot area, makes neighbours share their edges exactly and projects
 * them to closed WGS84 rings (one shared vertex → one identical [lon, lat]).
 */
export function layOutCells(
  frame: LocalFrame,
  plotArea: readonly HalfPlane[],
  planned: readonly PlannedCell[],
): { readonly use: PlotUse; readonly ring: Position[] }[] {
  const rings = planned.map(({ cell }) => {
    const ring = clipCell(cell, plotArea, 100);
    if (ring === null) throw new Error(`planned cell ${JSON.stringify(cell)} has (almost) no land inside the park`);
    return ring;
  });
  const projected = new Map<LocalPoint, Position>();
  const toLonLat = (point: LocalPoint): Position => {
    const known = projected.get(point);
    if (known !== undefined) return known;
    const position = frame.toLonLat(point);
    projected.set(point, position);
    return position;
  };
  return shareEdges(rings).map((ring, i) => ({
    use: planned[i]?.use ?? unreachable(),
    ring: closeRing(ring.map(toLonLat)),
  }));
}

function unreachable(): never {
  throw new Error('planned cells and rings out of step');
}

export function closeRing(open: readonly Position[]): Position[] {
  const first = open[0];
  if (first === undefined) throw new Error('empty ring');
  return [...open, first];
}
