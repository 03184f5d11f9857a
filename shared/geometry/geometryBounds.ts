import type { DomainGeometry } from '../domain/geometry';

/** A bounding box [west, south, east, north] in the geometries' own coordinates. */
export type Bounds = [number, number, number, number];

/**
 * The box around every vertex of the geometries, to fly the map to them; null when there is none. A loop, not
 * Math.min(...all): a large import has ~10⁵ vertices, past the engine's argument limit.
 */
export function geometryBounds(geometries: Iterable<DomainGeometry>): Bounds | null {
  const box: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const geometry of geometries) {
    const positions = geometry.type === 'LineString' ? geometry.coordinates : geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
    for (const [lon, lat] of positions) {
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
  }
  return box[0] === Infinity ? null : box;
}
