import type { DomainGeometry, Position } from '../../../shared/domain/geometry';

/** West-south and east-north corners, in degrees: what MapLibre's fitBounds takes. */
export type Bounds = readonly [readonly [number, number], readonly [number, number]];

function* positionsOf(geometry: DomainGeometry): Generator<Position> {
  switch (geometry.type) {
    case 'LineString':
      yield* geometry.coordinates;
      return;
    case 'Polygon':
      for (const ring of geometry.coordinates) yield* ring;
      return;
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) for (const ring of polygon) yield* ring;
      return;
  }
}

/**
 * The bounding box of some geometries, for framing the camera (never for measuring), or null when there
 * is nothing to frame.
 *
 * @example
 * boundsOf([{ type: 'LineString', coordinates: [[39.6, 54.7], [39.7, 54.6]] }]) // [[39.6, 54.6], [39.7, 54.7]]
 */
export function boundsOf(geometries: Iterable<DomainGeometry>): Bounds | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const geometry of geometries) {
    for (const [lng, lat] of positionsOf(geometry)) {
      west = Math.min(west, lng);
      east = Math.max(east, lng);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  }
  return west <= east ? [[west, south], [east, north]] : null;
}
