import type { Position } from '../domain/geometry';
import type { XY } from './localFrame';
import { closestOnSegment } from './planarSegments';
import { type SnapFeature, type SnapIndex, createSnapIndex } from './snapIndex';

/*
 * Snapping while drawing and editing: a vertex of another feature within the pixel tolerance wins
 * (so corners are shared exactly, coordinates copied bit for bit), otherwise the nearest point on an
 * edge within the tolerance, otherwise the cursor position unchanged.
 */

export const SNAP_KINDS = ['vertex', 'edge', 'none'] as const;
export type SnapKind = (typeof SNAP_KINDS)[number];

export interface SnapResult<Id> {
  readonly position: Position;
  readonly kind: SnapKind;
  readonly featureId?: Id;
}

export interface SnapOptions<Id> {
  /** Features not to snap to, e.g. the plot whose vertex is being dragged. */
  readonly exclude?: (featureId: Id) => boolean;
}

/**
 * Snaps a cursor position to the nearest vertex within `tolerancePx` screen pixels (at the map's
 * current `metresPerPixel`), else to the nearest edge point, else leaves it.
 * `candidates` is a prebuilt SnapIndex (build it once per layer change) or a few features.
 *
 * @example
 * const index = createSnapIndex(plots.map((plot) => ({ id: plot.id, geometry: plot.geometry })));
 * snapPosition(cursor, index, 10, metresPerPixel);
 * // → { position: [39.60123, 54.60045], kind: 'vertex', featureId: 12 }
 */
export function snapPosition<Id>(
  position: Position,
  candidates: SnapIndex<Id> | readonly SnapFeature<Id>[],
  tolerancePx: number,
  metresPerPixel: number,
  options: SnapOptions<Id> = {},
): SnapResult<Id> {
  const index = 'frame' in candidates ? candidates : createSnapIndex(candidates);
  const tolerance = tolerancePx * metresPerPixel;
  if (!(tolerance > 0) || index.featureIds.length === 0) return { position, kind: 'none' };
  const [x, y] = index.frame.toXY(position);
  const excluded = (feature: number): boolean => {
    const id = index.featureIds[feature];
    return id === undefined || (options.exclude !== undefined && options.exclude(id));
  };

  const [vertex] = index.vertices.neighbors(x, y, 1, tolerance, (k) => !excluded(index.vertexFeature[k] ?? -1));
  if (vertex !== undefined) {
    const feature = index.vertexFeature[vertex] as number;
    return { position: index.vertexPositions[vertex] as Position, kind: 'vertex', featureId: index.featureIds[feature] as Id };
  }

  let best: { point: XY; distance: number; edge: number } | undefined;
  for (const k of index.edges.search(x - tolerance, y - tolerance, x + tolerance, y + tolerance)) {
    const from = index.edgeFrom[k];
    if (from === undefined || excluded(index.vertexFeature[from] ?? -1)) continue;
    const a: XY = [index.vertexX[from] as number, index.vertexY[from] as number];
    const b: XY = [index.vertexX[from + 1] as number, index.vertexY[from + 1] as number];
    const point = closestOnSegment(a, b, [x, y]);
    const distance = Math.hypot(point[0] - x, point[1] - y);
    if (distance <= tolerance && (best === undefined || distance < best.distance)) best = { point, distance, edge: from };
  }
  if (best === undefined) return { position, kind: 'none' };
  const feature = index.vertexFeature[best.edge] as number;
  return { position: index.frame.toPosition(best.point), kind: 'edge', featureId: index.featureIds[feature] as Id };
}
