import type { Position } from '../domain/geometry';
import type { XY } from './localFrame';
import { closestOnSegment } from './planarSegments';
import { type SnapFeature, type SnapIndex, createSnapIndex } from './snapIndex';
import type { SnapIndexSet } from './snapIndexSet';

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

/** One index to search, with the features in it not to snap to. */
interface SnapPart<Id> {
  readonly index: SnapIndex<Id>;
  readonly superseded: ReadonlySet<Id> | null;
}

function partsOf<Id>(candidates: SnapIndex<Id> | SnapIndexSet<Id> | readonly SnapFeature<Id>[]): SnapPart<Id>[] {
  if ('base' in candidates) return [{ index: candidates.base, superseded: candidates.superseded }, { index: candidates.overlay, superseded: null }];
  return [{ index: 'frame' in candidates ? candidates : createSnapIndex(candidates), superseded: null }];
}

interface Hit {
  readonly distance: number;
  readonly position: Position;
  readonly feature: number;
}

function nearestVertex<Id>({ index }: SnapPart<Id>, x: number, y: number, tolerance: number, excluded: (feature: number) => boolean): Hit | undefined {
  const [vertex] = index.vertices.neighbors(x, y, 1, tolerance, (k) => !excluded(index.vertexFeature[k] ?? -1));
  if (vertex === undefined) return undefined;
  const distance = Math.hypot((index.vertexX[vertex] as number) - x, (index.vertexY[vertex] as number) - y);
  return { distance, position: index.vertexPositions[vertex] as Position, feature: index.vertexFeature[vertex] as number };
}

function nearestEdge<Id>({ index }: SnapPart<Id>, x: number, y: number, tolerance: number, excluded: (feature: number) => boolean): Hit | undefined {
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
  if (best === undefined) return undefined;
  return { distance: best.distance, position: index.frame.toPosition(best.point), feature: index.vertexFeature[best.edge] as number };
}

/**
 * Snaps a cursor position to the nearest vertex within `tolerancePx` screen pixels (at the map's
 * current `metresPerPixel`), else to the nearest edge point, else leaves it.
 * `candidates` is a prebuilt SnapIndex or SnapIndexSet (build it once per layer load) or a few features.
 *
 * @example
 * const index = createSnapIndex(plots.map((plot) => ({ id: plot.id, geometry: plot.geometry })));
 * snapPosition(cursor, index, 10, metresPerPixel);
 * // → { position: [39.60123, 54.60045], kind: 'vertex', featureId: 12 }
 */
export function snapPosition<Id>(
  position: Position,
  candidates: SnapIndex<Id> | SnapIndexSet<Id> | readonly SnapFeature<Id>[],
  tolerancePx: number,
  metresPerPixel: number,
  options: SnapOptions<Id> = {},
): SnapResult<Id> {
  const parts = partsOf(candidates);
  const tolerance = tolerancePx * metresPerPixel;
  if (!(tolerance > 0) || parts.every((part) => part.index.featureIds.length === 0)) return { position, kind: 'none' };
  // Every part is in the first one's frame (snapIndexSet builds the overlay in the base's).
  const [x, y] = (parts[0] as SnapPart<Id>).index.frame.toXY(position);
  const excludedIn = (part: SnapPart<Id>) => (feature: number): boolean => {
    const id = part.index.featureIds[feature];
    return id === undefined || part.superseded?.has(id) === true || (options.exclude !== undefined && options.exclude(id));
  };
  const nearest = (find: typeof nearestVertex): { hit: Hit; part: SnapPart<Id> } | undefined => {
    let best: { hit: Hit; part: SnapPart<Id> } | undefined;
    for (const part of parts) {
      const hit = find(part, x, y, tolerance, excludedIn(part));
      if (hit !== undefined && (best === undefined || hit.distance < best.hit.distance)) best = { hit, part };
    }
    return best;
  };
  const vertex = nearest(nearestVertex);
  if (vertex !== undefined) return { position: vertex.hit.position, kind: 'vertex', featureId: vertex.part.index.featureIds[vertex.hit.feature] as Id };
  const edge = nearest(nearestEdge);
  if (edge === undefined) return { position, kind: 'none' };
  return { position: edge.hit.position, kind: 'edge', featureId: edge.part.index.featureIds[edge.hit.feature] as Id };
}
