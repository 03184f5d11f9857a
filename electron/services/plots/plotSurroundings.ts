import type { PolygonGeometry } from '../../../shared/domain/geometry';
import type { ParkId, PlotId } from '../../../shared/domain/ids';
import { geodesicArea } from '../../../shared/geometry/geodesicArea';
import { clipAgainstNeighbours } from '../../../shared/validation/clipAgainstNeighbours';
import type { ProjectStore } from '../../store/project';
import { RefusedError } from '../refusals/refusedError';

/** About 1 cm in degrees: neighbours that only come that close still count as touching. */
const SLACK_DEG = 1e-7;

/** The box around an outline, widened by the slack, as the neighbour lookup takes it. */
export function envelopeAround(geometry: PolygonGeometry): { minX: number; maxX: number; minY: number; maxY: number } {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const [x, y] of geometry.coordinates[0] ?? []) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return { minX: minX - SLACK_DEG, maxX: maxX + SLACK_DEG, minY: minY - SLACK_DEG, maxY: maxY + SLACK_DEG };
}

/**
 * "Avoid overlaps": the outline minus the plots around it. Where the neighbours cut it into pieces the
 * largest is kept; where they cover it all, the edit is refused naming them.
 */
export function avoidOverlaps(store: ProjectStore, parkId: ParkId, geometry: PolygonGeometry, self: PlotId | null): PolygonGeometry {
  const neighbours = store.plotNeighbours.near(parkId, envelopeAround(geometry), new Set(self === null ? [] : [self]));
  if (neighbours.length === 0) return geometry;
  const pieces = clipAgainstNeighbours(geometry, neighbours.map((neighbour) => neighbour.geometry));
  let best: PolygonGeometry | undefined;
  let bestArea = 0;
  for (const piece of pieces) {
    const area = geodesicArea(piece);
    if (area > bestArea) {
      best = piece;
      bestArea = area;
    }
  }
  if (best === undefined) {
    const codes = neighbours.map((neighbour) => neighbour.code).join(', ');
    throw new RefusedError('plot.nothingLeft', { codes });
  }
  return best;
}
